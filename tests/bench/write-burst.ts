import "reflect-metadata";
import { mkdtempSync, rmSync } from "node:fs";
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
 * `npm run bench:writes`: bursts of concurrent writes on one record, as a busy end-of-quarter ward
 * or a retrying integrator sends them, on the production pool settings (10 connections): latency
 * of every call in the burst (p50/p99), how many won and how many were told CONFLICT, and the
 * latency of a plain read sent during the burst.
 */
const BURSTS = [
  { name: "updateDocument x50, one version", size: 50 },
  { name: "updateDocument x200, one version", size: 200 },
];
const ROUNDS = 5;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  configureLogger({ level: "warn", pretty: false });
  const dataDir = mkdtempSync(join(tmpdir(), "nq57-bench-writes-"));
  const pg = await startEmbeddedPostgres({ dataDir, port: 30000 + (process.pid % 10000), persistent: false, database: "nq57_bench_writes" });
  const config = loadConfig({ NODE_ENV: "production", DATABASE_URL: pg.url, JWT_SECRET: "bench-secret-bench-secret-bench-secret-01", LOG_LEVEL: "warn", DEMO_DATA: "false", RATE_LIMIT_PER_USER: "1000000", RATE_LIMIT_PER_ADDRESS: "1000000" });
  const dataSource = createDataSource(pg.url, { pool: config.pool });
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    await seedDemoData(dataSource, { password: "demo-2026" });
    const app = await createApp(config, dataSource);
    await new Promise<void>((resolve) => app.httpServer.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}/graphql`;
    const gql = async (query: string, variables: Record<string, unknown>, token?: string) => {
      const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
      return (await response.json()) as { data?: any; errors?: Array<{ extensions: { code: string } }> };
    };
    const token = (await gql(`mutation { login(input: { username: "ubnd.haian", password: "demo-2026" }) { token } }`, {})).data.login.token as string;
    const [{ id: issuer }] = await dataSource.query(`SELECT id FROM organisation WHERE code = 'HP.HAI-AN.UBND'`);

    const rows: Array<Record<string, string | number>> = [];
    for (const burst of BURSTS) {
      const times: number[] = [];
      const reads: number[] = [];
      let won = 0;
      let conflicts = 0;
      let other = 0;
      for (let round = 0; round < ROUNDS; round++) {
        const created = await gql(`mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id version } }`, {
          input: { type: "PLAN", reference: `${burst.size}${round}/KH-UBND`, issuerId: toGlobalId("Organisation", issuer), issuedOn: "2026-03-02", title: "Kế hoạch chuyển đổi số" },
        }, token);
        if (!created.data) throw new Error(JSON.stringify(created.errors));
        const { id, version } = created.data.createDocument;
        let done = false;
        const reader = (async () => {
          while (!done) {
            const start = performance.now();
            await gql(`{ me { id } }`, {}, token);
            reads.push(performance.now() - start);
          }
        })();
        const results = await Promise.all(
          Array.from({ length: burst.size }, async (_, i) => {
            const start = performance.now();
            const result = await gql(`mutation($input: UpdateDocumentInput!) { updateDocument(input: $input) { version } }`, { input: { id, expectedVersion: version, title: `Kế hoạch chuyển đổi số (bản ${i})` } }, token);
            times.push(performance.now() - start);
            return result;
          }),
        );
        done = true;
        await reader;
        for (const result of results) {
          if (!result.errors) won++;
          else if (result.errors[0].extensions.code === "CONFLICT") conflicts++;
          else other++;
        }
      }
      rows.push({
        burst: burst.name,
        rounds: ROUNDS,
        "won per round": won / ROUNDS,
        "CONFLICT per round": conflicts / ROUNDS,
        "other errors": other,
        "p50 ms": Math.round(percentile(times, 50)),
        "p99 ms": Math.round(percentile(times, 99)),
        "read during burst p50 ms": Math.round(percentile(reads, 50)),
        "read during burst p99 ms": Math.round(percentile(reads, 99)),
      });
    }
    console.table(rows);
    await app.apollo.stop();
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await pg.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
