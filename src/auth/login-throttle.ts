import type { EntityManager } from "typeorm";
import { AppError } from "../errors";
import { LoginFailure } from "./login-throttle.entity";

/** Failed logins allowed per username within the window before further attempts are refused. */
export const MAX_FAILURES = 10;
export const WINDOW_MINUTES = 15;

export class RateLimitedError extends AppError {
  constructor() {
    super("RATE_LIMITED", `Đăng nhập sai quá nhiều lần, thử lại sau ${WINDOW_MINUTES} phút`, `Too many failed logins; try again in ${WINDOW_MINUTES} minutes`);
  }
}

/** Refuses a login for a username that failed too often recently, before any password is checked. */
export async function assertNotThrottled(db: EntityManager, username: string): Promise<void> {
  const [{ failures }] = await db.query(
    `SELECT count(*)::int AS failures FROM login_failure WHERE username = $1 AND occurred_at > now() - make_interval(mins => $2)`,
    [username, WINDOW_MINUTES],
  );
  if (failures >= MAX_FAILURES) throw new RateLimitedError();
}

/** Records a failure; old ones are pruned on the way, so the table stays small. */
export async function recordFailure(db: EntityManager, username: string): Promise<void> {
  await db.getRepository(LoginFailure).insert({ username });
  await db.query(`DELETE FROM login_failure WHERE occurred_at < now() - make_interval(mins => $1)`, [WINDOW_MINUTES * 4]);
}

/** A successful login clears the username's failures. */
export async function clearFailures(db: EntityManager, username: string): Promise<void> {
  await db.query(`DELETE FROM login_failure WHERE username = $1`, [username]);
}
