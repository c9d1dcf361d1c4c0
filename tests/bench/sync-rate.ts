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

/**
 * `npm run bench:sync`: rows per second of 1 000-item bulk upserts as the demo integrator, for new
 * documents (plans citing the previous plan of the batch) and new measurements, and for the same
 * batches sent again (all UNCHANGED). A row is one item; the goal is 5 000 rows/s on 2 cores.
 */
const BATCHES = 5;
const SIZE = 1000;

async function main(): Promise<void> {
  configureLogger({ level: "warn", pretty: true });
  const pg = await startEmbeddedPostgres({ dataDir: mkdtempSync(join(tmpdir(), "nq57-bench-sync-")), port: 20000 + ((process.pid + 7) % 10000), persistent: false, database: "nq57_bench_sync" });
  const dataSource = createDataSource(pg.url);
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
    const token = (await gql(`mutation { login(input: { username: "integrator.haiphong", password: "demo-2026" }) { token } }`, {})).login.token as string;
    const [{ id: ubnd }] = await dataSource.query(`SELECT id FROM organisation WHERE code = 'HP.HAI-AN.UBND'`);
    const issuerId = toGlobalId("Organisation", ubnd);
    const send = async (mutation: string, items: unknown[]) => {
      const start = performance.now();
      const data = await gql(mutation, { input: { sourceSystem: "bench", errorPolicy: "ALL_OR_NOTHING", items } }, token);
      const statuses = new Set((Object.values(data)[0] as { results: Array<{ status: string }> }).results.map((r) => r.status));
      return { ms: performance.now() - start, statuses: [...statuses].join(",") };
    };
    const measure = async (operation: string, mutation: string, batchOf: (b: number) => unknown[]) => {
      for (const pass of ["new", "again"]) {
        const times: number[] = [];
        let seen = "";
        for (let b = 0; b < BATCHES; b++) {
          const { ms, statuses } = await send(mutation, batchOf(b));
          times.push(ms);
          seen = statuses;
        }
        const total = times.reduce((a, t) => a + t, 0);
        rows.push({ operation: `${operation} (${pass})`, "items a batch": SIZE, batches: BATCHES, statuses: seen, "median ms": Math.round(times.sort((a, b) => a - b)[Math.floor(BATCHES / 2)]), "rows/s": Math.round((SIZE * BATCHES * 1000) / total) });
      }
    };
    const documents = `mutation($input: BulkUpsertDocumentsInput!) { bulkUpsertDocuments(input: $input) { written results { status } } }`;
    await measure("bulkUpsertDocuments", documents, (b) =>
      Array.from({ length: SIZE }, (_, i) => ({
        externalId: `doc-${b}-${i}`, type: "PLAN", issuerId, reference: `${100000 + b * SIZE + i}/KH-UBND`, issuedOn: "2026-02-01", title: `Kế hoạch ${b}.${i}`, planYear: 2026,
        legalBases: i > 0 ? [{ relation: "BASED_ON", externalId: `doc-${b}-${i - 1}` }] : [],
      })),
    );
    await gql(documents, { input: { sourceSystem: "bench", errorPolicy: "ALL_OR_NOTHING", items: [{ externalId: "ind-plan", type: "PLAN", issuerId, reference: "99/KH-UBND", issuedOn: "2026-01-05" }] } }, token);
    await gql(`mutation($input: BulkUpsertIndicatorsInput!) { bulkUpsertIndicators(input: $input) { written } }`, { input: { sourceSystem: "bench", errorPolicy: "ALL_OR_NOTHING", items: Array.from({ length: 10 }, (_, i) => ({ externalId: `ind-${i}`, definedBy: { externalId: "ind-plan" }, name: `Chỉ tiêu ${i}`, measureKind: "COUNT", targets: [{ organisationId: issuerId, targetValue: 1000 }] })) } }, token);
    await measure("bulkUpsertMeasurements", `mutation($input: BulkUpsertMeasurementsInput!) { bulkUpsertMeasurements(input: $input) { written results { status } } }`, (b) =>
      Array.from({ length: SIZE }, (_, i) => ({ externalId: `m-${b}-${i}`, indicator: { externalId: `ind-${i % 10}` }, organisationId: issuerId, periodEnd: "2026-03-31", value: i, sourceDocument: { externalId: "ind-plan" }, sourceLocator: `dòng ${i}` })),
    );
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
