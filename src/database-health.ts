import type { DataSource } from "typeorm";
import { logger } from "./logger";

/** How often a database known to be away is asked again (`SELECT 1`) while requests are answered 503. */
export const PROBE_INTERVAL_MS = 250;

interface Emitter {
  on(event: string, listener: (arg: unknown) => void): unknown;
}

const describe = (error: unknown) => (error && typeof error === "object" && "message" in error ? String(error.message) : String(error));

/**
 * Whether one data source's database answers. While it is away, every request fails the same
 * way: one line says it went and one says it came back (with how long it was gone), instead of a
 * stack trace per request. Requests then get their 503 at once, without waiting for a connection
 * that cannot be made (a host that drops packets would hold each for the acquire timeout), and a
 * probe every PROBE_INTERVAL_MS notices the return: service resumes without a restart.
 */
export class DatabaseHealth {
  private downSince: number | undefined;
  private failedRequests = 0;
  private timer: NodeJS.Timeout | undefined;
  private probing = false;

  constructor(private readonly probe?: () => Promise<unknown>) {}

  /** The database cannot be reached, or a connection to it died. */
  markDown(detail: string): void {
    this.failedRequests += 1;
    if (this.downSince !== undefined) return;
    this.downSince = Date.now();
    logger.error("Database unreachable: requests answer 503 SERVICE_UNAVAILABLE until it returns", { detail });
    this.startProbing();
  }

  /** The database answered (a probe, or a new connection): if it was away, it is back. */
  markUp(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    if (this.downSince === undefined) return;
    logger.info("Database reachable again", { downForMs: Date.now() - this.downSince, failedRequests: this.failedRequests });
    this.downSince = undefined;
    this.failedRequests = 0;
  }

  get isDown(): boolean {
    return this.downSince !== undefined;
  }

  /** Stops probing (the data source is being closed). */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private startProbing(): void {
    const probe = this.probe;
    if (!probe || this.timer) return;
    const tick = () => {
      if (this.probing) return;
      this.probing = true;
      probe().then(
        () => this.markUp(),
        (error: unknown) => {
          // A pool that was ended belongs to a data source that is gone: nothing to wait for.
          if (/after calling end on the pool/i.test(describe(error))) this.stop();
        },
      ).finally(() => (this.probing = false));
    };
    this.timer = setInterval(tick, PROBE_INTERVAL_MS);
    this.timer.unref();
    tick();
  }
}

/**
 * Follows the pool of an initialised data source: a new connection or a probe that answers means
 * the server is there; an error on a connection (the server shut down, restarted or was cut off)
 * means it went away. The listener on each connection comes before TypeORM's, so a transaction
 * whose connection dies is already known to have lost the database when its runner reports being
 * released.
 */
export function watchDatabase(dataSource: DataSource): DatabaseHealth {
  const pool = (dataSource.driver as unknown as { master?: Emitter & { query(sql: string): Promise<unknown> } }).master;
  const health = new DatabaseHealth(pool && (() => pool.query("SELECT 1")));
  if (!pool) return health;
  pool.on("connect", (client) => {
    health.markUp();
    (client as Emitter).on("error", (error) => health.markDown(describe(error)));
  });
  pool.on("error", (error) => health.markDown(describe(error)));
  return health;
}
