import "reflect-metadata";
import { createDataSource } from "./src/database";

/**
 * DataSource for the TypeORM CLI (`npm run typeorm -- migration:generate migrations/Name`).
 * Uses DATABASE_URL, or the embedded PostgreSQL of a running `npm start` (port EMBEDDED_PG_PORT).
 */
export default createDataSource(
  process.env.DATABASE_URL ?? `postgres://postgres:postgres@127.0.0.1:${process.env.EMBEDDED_PG_PORT ?? 54329}/nq57`,
  { applicationName: "nq57-cli" },
);
