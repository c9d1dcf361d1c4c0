import "reflect-metadata";
import { mkdtempSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createApp } from "../../src/app";
import { loadConfig } from "../../src/config";
import { createDataSource } from "../../src/database";
import { startEmbeddedPostgres } from "../../src/embedded-postgres";
import { configureLogger } from "../../src/logger";
import { toGlobalId } from "../../src/node";
import { seedDemoData } from "../../src/seed/seed";
import { seedText } from "../fixtures/seeds";

/**
 * `npm run bench`: the API's hot paths on a real PostgreSQL with growing data, printed as a table.
 * Each row: the operation, the data size, median and 95th-percentile latency over the runs, and
 * the SQL statements one call issues (which must not grow with the data).
 */
const RUNS = 20;
const SIZES = [100, 1_000, 10_000];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  configureLogger({ level: "warn", pretty: true });
  const pg = await startEmbeddedPostgres({ dataDir: mkdtempSync(join(tmpdir(), "nq57-bench-")), port: 20000 + (process.pid % 10000), persistent: false, database: "nq57_bench" });
  const statements = { count: 0 };
  const dataSource = createDataSource(pg.url, { onQuery: () => (statements.count += 1) });
  const rows: Array<Record<string, string | number>> = [];
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    await seedDemoData(dataSource, { password: "demo-2026" });
    const config = loadConfig({ NODE_ENV: "test", DATABASE_URL: pg.url, JWT_SECRET: "bench-secret-bench-secret-bench-secret-01", LOG_LEVEL: "warn" });
    const app = await createApp(config, dataSource);
    await new Promise<void>((resolve) => app.httpServer.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}/graphql`;
    const gql = async (query: string, variables: Record<string, unknown>, token?: string) => {
      const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
      const body = (await response.json()) as { data?: any; errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    const login = async (username: string) => (await gql(`mutation($u: String!) { login(input: { username: $u, password: "demo-2026" }) { token } }`, { u: username })).login.token as string;
    const measure = async (operation: string, size: number, call: () => Promise<unknown>) => {
      const times: number[] = [];
      let perCall = 0;
      for (let i = 0; i < RUNS; i++) {
        const before = statements.count;
        const start = performance.now();
        await call();
        times.push(performance.now() - start);
        perCall = statements.count - before;
      }
      rows.push({ operation, size, "p50 ms": Math.round(percentile(times, 50) * 10) / 10, "p95 ms": Math.round(percentile(times, 95) * 10) / 10, "SQL statements": perCall });
    };

    const token = await login("ubnd.haian");
    const [{ id: lead }] = await dataSource.query(`SELECT id FROM organisation WHERE code = 'HP.HAI-AN.UBND'`);
    const [{ id: notice }] = await dataSource.query(`SELECT id FROM document WHERE external_id = 'HP.HAI-AN.HDND:11/TB-HĐND'`);
    let created = 0;
    for (const size of SIZES) {
      await dataSource.query(
        `INSERT INTO task (assigned_by_id, code, title, lead_organisation_id, cadence, due_on, period_start, period_end, search_text, version)
           SELECT $1, 'B' || n, 'Nhiệm vụ ' || n, $2, CASE WHEN n % 2 = 0 THEN 'SCHEDULED'::cadence ELSE 'ONGOING'::cadence END,
                  CASE WHEN n % 2 = 0 THEN DATE '2026-03-01' + (n % 200) END, DATE '2026-01-01', DATE '2026-12-31', 'nhiem vu ' || n, 1
             FROM generate_series($3::int, $4::int) AS n`,
        [notice, lead, created + 1, size],
      );
      await dataSource.query(`INSERT INTO task_update (task_id, organisation_id, status, reported_on) SELECT id, lead_organisation_id, 'IN_PROGRESS', DATE '2026-02-01' FROM task WHERE code LIKE 'B%' AND NOT EXISTS (SELECT 1 FROM task_update u WHERE u.task_id = task.id)`);
      created = size;
      await dataSource.query(`ANALYZE`);
      const dashboard = `query($o: ID!) { dashboard(scope: { organisationId: $o }, periodFrom: "2026-01-01", periodTo: "2026-12-31", asOf: "2026-06-30") { tasks { total overdue doneOfAssigned { text } } indicators { greenOfAll { text } } overdueTasks { id } } }`;
      await measure("dashboard (one ward body)", size, () => gql(dashboard, { o: toGlobalId("Organisation", lead) }, token));
      await measure("tasks page (first 100, overdue filter)", size, () => gql(`{ tasks(first: 100, asOf: "2026-06-30", filter: { overdue: true }) { totalCount edges { node { id status overdue } } } }`, {}, token));
    }
    const auditor = await login("auditor.haiphong");
    const [{ id: measurement }] = await dataSource.query(`SELECT m.id FROM measurement m JOIN indicator i ON i.id = m.indicator_id WHERE i.external_id = 'HP.HAI-AN.HDND:CT1'`);
    await measure("traceMeasurement (to 57-NQ/TW)", 1, () => gql(`query($id: ID!) { traceMeasurement(measurementId: $id) { root { reference } legalBasisChain { depth } events { action } } }`, { id: toGlobalId("Measurement", measurement) }, auditor));
    const text = seedText("002");
    await measure("extractCitations (seed report 002)", text.length, () => gql(`query($t: String!) { extractCitations(text: $t) { reference } }`, { t: text }, token));
    await app.apollo.stop();
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await pg.stop();
  }
  console.table(rows);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
