import type { DataSource } from "typeorm";
import { logger } from "./logger";

interface Emitter {
  on(event: string, listener: (arg: unknown) => void): unknown;
}

/**
 * Whether the database answered lately, for the logs: while it is away every request fails the
 * same way, so one line says it went and one says it came back (with how long it was gone),
 * instead of a stack trace per request.
 */
class DatabaseHealth {
  private downSince: number | undefined;
  private failedRequests = 0;

  /** A request failed because the database cannot be reached or dropped the connection. */
  markDown(detail: string): void {
    this.failedRequests += 1;
    if (this.downSince !== undefined) return;
    this.downSince = Date.now();
    logger.error("Database unreachable: requests answer 503 SERVICE_UNAVAILABLE until it returns", { detail });
  }

  /** A new connection was made: if the database was away, it is back. */
  markUp(): void {
    if (this.downSince === undefined) return;
    logger.info("Database reachable again", { downForMs: Date.now() - this.downSince, failedRequests: this.failedRequests });
    this.downSince = undefined;
    this.failedRequests = 0;
  }

  get isDown(): boolean {
    return this.downSince !== undefined;
  }
}

export const databaseHealth = new DatabaseHealth();

const describe = (error: unknown) => (error && typeof error === "object" && "message" in error ? String(error.message) : String(error));

/**
 * Follows the pool of an initialised data source: a new connection means the server answers; an
 * error on a connection (the server shut down, restarted or was cut off) means it went away. The
 * listener on each connection comes before TypeORM's, so a transaction whose connection dies is
 * already known to have lost the database when its runner reports being released.
 */
export function watchDatabase(dataSource: DataSource): void {
  const pool = (dataSource.driver as unknown as { master?: Emitter }).master;
  if (!pool) return;
  pool.on("connect", (client) => {
    databaseHealth.markUp();
    (client as Emitter).on("error", (error) => databaseHealth.markDown(describe(error)));
  });
  pool.on("error", (error) => databaseHealth.markDown(describe(error)));
}
