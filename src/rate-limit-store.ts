import { RateLimiterPostgres } from "rate-limiter-flexible";
import type { DataSource } from "typeorm";

/** The counters' table, created by a migration (1796198251236-RateLimits), never at run time. */
const TABLE = "rate_limit";

/**
 * A rate-limiter-flexible counter kept in PostgreSQL, so that every instance of the API counts the
 * same requests (a design rule: no per-user state in one process's memory). Keys of different uses
 * share the table under their own `keyPrefix`. A key over its limit is also blocked in this
 * process's memory until its window ends: a flood costs no statements once refused.
 */
export function createRateLimiter(dataSource: DataSource, options: { keyPrefix: string; points: number; durationSeconds: number }): RateLimiterPostgres {
  return new RateLimiterPostgres({
    storeClient: (dataSource.driver as unknown as { master: unknown }).master,
    storeType: "pool",
    tableName: TABLE,
    tableCreated: true,
    keyPrefix: options.keyPrefix,
    points: options.points,
    duration: options.durationSeconds,
    inMemoryBlockOnConsumed: options.points + 1,
  });
}
