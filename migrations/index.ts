import { Foundation1795510752428 } from "./1795510752428-Foundation";

/** Every migration in order; the DataSource runs the pending ones at start-up. */
export const MIGRATIONS: Function[] = [Foundation1795510752428];
