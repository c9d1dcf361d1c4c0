import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { DataSource } from "typeorm";
import type { RequestObserver } from "./request-log";

/** pg's Pool as TypeORM holds it: the counts the pool gauges read. */
interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** Operation names come from clients: only plain names are labels, and only so many of them. */
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_OPERATION_LABELS = 200;

/**
 * The API's Prometheus metrics, on a registry of its own (one per app, so that two apps in one
 * process, as in tests, do not collide): GraphQL requests by operation and outcome, latency,
 * errors by code, the database pool and whether the database answers, and Node's process metrics.
 */
export function createMetrics(dataSource: DataSource, options: { probeTimeoutMs: number }) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({ name: "nq57_graphql_requests_total", help: "GraphQL requests by operation name and outcome (ok: no error in the response)", labelNames: ["operation", "outcome"], registers: [registry] });
  const duration = new Histogram({
    name: "nq57_graphql_request_duration_seconds",
    help: "Time from receiving a GraphQL request to sending its response",
    labelNames: ["operation_type"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({ name: "nq57_graphql_errors_total", help: "Errors sent to clients by extensions.code", labelNames: ["code"], registers: [registry] });
  const pool = () => (dataSource.driver as unknown as { master?: PoolCounts }).master;
  new Gauge({
    name: "nq57_db_pool_connections",
    help: "Connections of the database pool by state (in_use, idle), and requests waiting for one (waiting)",
    labelNames: ["state"],
    registers: [registry],
    collect() {
      const counts = pool();
      this.set({ state: "in_use" }, counts ? counts.totalCount - counts.idleCount : 0);
      this.set({ state: "idle" }, counts?.idleCount ?? 0);
      this.set({ state: "waiting" }, counts?.waitingCount ?? 0);
    },
  });
  new Gauge({
    name: "nq57_db_up",
    help: "1 when the database answered SELECT 1 during this scrape, else 0",
    registers: [registry],
    async collect() {
      this.set((await databaseAnswers(dataSource, options.probeTimeoutMs)) ? 1 : 0);
    },
  });

  const operations = new Set<string>();
  const operationLabel = (name: string | undefined): string => {
    if (!name) return "(anonymous)";
    if (!OPERATION_NAME.test(name)) return "(other)";
    if (!operations.has(name) && operations.size >= MAX_OPERATION_LABELS) return "(other)";
    operations.add(name);
    return name;
  };

  const observe: RequestObserver = (record, _status, seconds) => {
    if (record.path !== "/graphql") return;
    requests.inc({ operation: operationLabel(record.operationName), outcome: record.errorCodes.length ? "error" : "ok" });
    duration.observe({ operation_type: record.operationType ?? "none" }, seconds);
    for (const code of record.errorCodes) errors.inc({ code });
  };
  return { registry, observe };
}

/** Whether the database answers a trivial statement within the time given. */
export async function databaseAnswers(dataSource: DataSource, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  try {
    return await Promise.race([dataSource.query("SELECT 1").then(() => true, () => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
