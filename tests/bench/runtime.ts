import "reflect-metadata";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createDataSource } from "../../src/database";
import { startEmbeddedPostgres } from "../../src/embedded-postgres";
import { configureLogger } from "../../src/logger";
import { seedDemoData } from "../../src/seed/seed";
import { drive } from "./load";
import { freePort, rssMb } from "./processes";

/**
 * `npm run bench:runtime`: the compiled server as production starts it (node dist/src/index.js):
 * start-up time and resident memory idle and under 32 connections, and how fast each abusive
 * operation is refused (HTTP 400, QUERY_TOO_COMPLEX) while normal queries run alongside.
 */
const ROOT = join(__dirname, "../..");
const PASSWORD = "demo-2026";
const aliases = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(" ")} }`;
let nested = "name";
for (let i = 0; i < 50; i++) nested = `parent { ${nested} }`;
const ABUSES: Array<[string, unknown]> = [
  ["2 000 aliases of documents(first: 1) { totalCount }", { query: aliases(2_000, "documents(first: 1) { totalCount }") }],
  ["10 000 aliases of me { id }", { query: aliases(10_000, "me { id }") }],
  ["depth 50", { query: `{ organisations(first: 1) { edges { node { ${nested} } } } }` }],
  ["batch of 1 000 operations", Array.from({ length: 1_000 }, () => ({ query: "{ me { id } }" }))],
  ["cost bomb (40 pages of 100)", { query: aliases(40, "organisations(first: 100) { edges { node { name parent { name } superior { name } } } }") }],
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (value: number) => Math.round(value * 10) / 10;

async function main(): Promise<void> {
  configureLogger({ level: "warn", pretty: false });
  const build = spawnSync(process.execPath, [join(ROOT, "src/cli/build-if-stale.js")], { cwd: ROOT, stdio: "inherit" });
  if (build.status !== 0) throw new Error("the build failed: nothing compiled to measure");
  const dataDir = mkdtempSync(join(tmpdir(), "nq57-runtime-"));
  const pg = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false, database: "nq57_runtime" });
  try {
    const setup = createDataSource(pg.url);
    await setup.initialize();
    await setup.runMigrations({ transaction: "each" });
    await seedDemoData(setup, { password: PASSWORD });
    await setup.destroy();

    const port = await freePort();
    const url = `http://127.0.0.1:${port}/graphql`;
    const env = { ...process.env, DATABASE_URL: pg.url, PORT: String(port), NODE_ENV: "production", JWT_SECRET: "runtime-bench-secret-runtime-bench-secret", LOG_LEVEL: "warn", RATE_LIMIT_PER_USER: "0", RATE_LIMIT_PER_ADDRESS: "0" };
    const started = performance.now();
    const child = spawn(process.execPath, ["dist/src/index.js"], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] });
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
      if (await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false)) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const startMs = performance.now() - started;
    try {
      const gql = async (body: unknown, token?: string) => {
        const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", accept: "application/graphql-response+json", ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
        return { status: response.status, body: (await response.json()) as any };
      };
      const token = (await gql({ query: `mutation { login(input: { username: "auditor.haiphong", password: "${PASSWORD}" }) { token } }` })).body.data.login.token as string;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const idleRss = rssMb(child.pid);

      let peakRss = 0;
      const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(child.pid) ?? 0)), 100);
      const page = { query: `{ organisations(first: 50) { totalCount edges { node { name locality { name } parent { name } } } } }` };
      const load = await drive(url, page, token, 32, 10);
      clearInterval(sampler);

      const abuse: Array<Record<string, string | number>> = [];
      for (const [name, body] of ABUSES) {
        const times: number[] = [];
        const statuses = new Set<number>();
        for (let run = 0; run < 7; run++) {
          const alongside = Array.from({ length: 4 }, () => gql({ query: "{ me { username } }" }, token));
          const begun = performance.now();
          const refused = await gql(body, token);
          times.push(performance.now() - begun);
          statuses.add(refused.status);
          for (const other of await Promise.all(alongside)) if (other.body.data?.me?.username !== "auditor.haiphong") throw new Error(`a normal query failed during "${name}"`);
        }
        abuse.push({ operation: name, "HTTP status": [...statuses].join(","), "median ms": round(median(times)), "max ms": round(Math.max(...times)) });
      }

      process.stdout.write(`\nCompiled server (node dist/src/index.js, NODE_ENV=production, external PostgreSQL on loopback)\n`);
      console.table([{ "start to ready ms": Math.round(startMs), "RSS idle MB": idleRss, "RSS peak at 32 connections MB": peakRss, "requests/s at 32": load.requestsPerSecond, "p99 ms": load.p99, errors: load.errors }]);
      process.stdout.write(`Abusive operations, each refused while 4 normal queries run alongside (7 runs)\n`);
      console.table(abuse);
    } finally {
      child.kill("SIGTERM");
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)));
    }
  } finally {
    await pg.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
