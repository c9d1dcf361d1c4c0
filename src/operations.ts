import { Router } from "express";
import type { Registry } from "prom-client";
import type { DataSource } from "typeorm";
import { MIGRATIONS } from "../migrations";
import { databaseAnswers } from "./metrics";

/** How long a probe waits for the database before it answers "not ready". */
const PROBE_TIMEOUT_MS = 2_000;

/** Names of the migrations this build knows, as TypeORM records them in the `migrations` table. */
const KNOWN = MIGRATIONS.map((migration) => new (migration as new () => { name?: string })().name ?? migration.name);

/** Migrations of this build that the database has not applied (a release step still to run). */
async function pendingMigrations(dataSource: DataSource): Promise<string[]> {
  const rows: Array<{ name: string }> = await dataSource.query(`SELECT name FROM migrations`);
  const applied = new Set(rows.map((row) => row.name));
  return KNOWN.filter((name) => !applied.has(name));
}

/**
 * Endpoints for the load balancer and the monitoring:
 * - /healthz: the process is up and serving HTTP (no database: a restart would not help it);
 * - /readyz: the database answers and has every migration of this build, else 503 (taken out of
 *   rotation, and back in by itself when the database returns);
 * - /metrics: Prometheus text format.
 */
export function operationsRouter(dataSource: DataSource, registry: Registry): Router {
  const router = Router();
  router.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  router.get("/readyz", async (_req, res) => {
    if (!(await databaseAnswers(dataSource, PROBE_TIMEOUT_MS))) {
      res.status(503).json({ status: "unavailable", reason: "database unreachable" });
      return;
    }
    const pending = await pendingMigrations(dataSource).catch(() => undefined);
    if (!pending) res.status(503).json({ status: "unavailable", reason: "database unreachable" });
    else if (pending.length) res.status(503).json({ status: "unavailable", reason: "migrations pending", pending: pending.length });
    else res.json({ status: "ready" });
  });
  router.get("/metrics", async (_req, res) => {
    res.type(registry.contentType).send(await registry.metrics());
  });
  return router;
}
