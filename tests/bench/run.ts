import "reflect-metadata";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { Pool } from "pg";
import { hashPassword } from "../../src/auth/password";
import { startEmbeddedPostgres } from "../../src/embedded-postgres";
import { generateNation } from "../../src/generate/nation";
import { clock } from "../../src/generate/progress";
import { configureLogger } from "../../src/logger";
import { runMigrations } from "./database";
import { equalOrDiff } from "./equal";
import { drive } from "./load";
import { OPERATIONS } from "./operations";
import { rssMb, startApi, startFloor } from "./processes";
import { printTable, writeResults, type ResultRow } from "./report";
import { countAll } from "./statements";
import { benchTarget, login, post } from "./target";

/**
 * `npm run bench -- --communes N [--seconds S] [--connections C]`: generates (once per scale, kept in
 * .data/bench-N) a nation of N communes, starts the API as production runs it and the raw-SQL floor,
 * checks that both give the same answer, then drives each named operation with autocannon over
 * loopback: alone (1 connection) and at C connections (default 32). Prints a table and writes
 * tests/bench/results.json. DATABASE_URL, when set, is used instead of the embedded server.
 */
const PASSWORD = process.env.DEMO_PASSWORD ?? "demo-2026";
const SECRET = "bench-secret-bench-secret-bench-secret-01";

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

async function main(): Promise<void> {
  const communes = option("communes", 300);
  const seconds = option("seconds", 10);
  const connections = option("connections", 32);
  configureLogger({ level: "warn", pretty: true });
  const embedded = process.env.DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres({ dataDir: join(__dirname, `../../.data/bench-${communes}`), port: Number(process.env.EMBEDDED_PG_PORT ?? 54400 + (communes % 997)), persistent: true, database: "nq57_bench" });
  const url = process.env.DATABASE_URL ?? embedded!.url;
  const pool = new Pool({ connectionString: url, max: 3 });
  const children: Array<{ stop(): Promise<void> }> = [];
  try {
    await runMigrations(url);
    const generated = await generateNation(pool, { communes, workers: 2, passwordHash: await hashPassword(PASSWORD) });
    if (generated.generated) process.stderr.write(`generated ${generated.generated} communes in ${clock(generated.seconds)}\n`);
    const target = await benchTarget(pool);
    // The request rate limits (per user and address, counted in PostgreSQL) would refuse a load test.
    const env = { DATABASE_URL: url, JWT_SECRET: SECRET, DEMO_PASSWORD: PASSWORD, RATE_LIMIT_PER_USER: "0", RATE_LIMIT_PER_ADDRESS: "0" };
    const api = await startApi(env);
    children.push(api);
    const floor = await startFloor(env);
    children.push(floor);
    const tokens = { editor: await login(api.url, "ubnd.x0001", PASSWORD), auditor: await login(api.url, "auditor.g01", PASSWORD), anonymous: undefined };
    const rows: ResultRow[] = [];
    let mismatches = 0;
    for (const operation of OPERATIONS) {
      const token = tokens[operation.caller];
      const body = { query: operation.query, variables: operation.variables(target) };
      const answer = await post(api.url, body, token);
      if (answer.errors) throw new Error(`${operation.name}: the API answered ${JSON.stringify(answer.errors)}\n${api.log.join("")}`);
      let floorUrl: string | undefined;
      let equal: string | null = null;
      if (operation.floor) {
        floorUrl = `${floor.url}/${operation.floor}`;
        equal = equalOrDiff(answer.data, (await post(floorUrl, { variables: body.variables }, token)).data);
        if (equal !== "equal") {
          mismatches += 1;
          process.stderr.write(`${operation.name}: the floor's answer differs from the API's: ${equal}\n`);
        }
      }
      process.stderr.write(`${operation.name} ...\n`);
      const alone = await drive(api.url, body, token, 1, Math.min(5, seconds));
      const loaded = await drive(api.url, body, token, connections, seconds);
      const apiRss = rssMb(api.process.pid);
      const floorAlone = floorUrl ? await drive(floorUrl, { variables: body.variables }, token, 1, Math.min(5, seconds)) : null;
      const floorLoaded = floorUrl ? await drive(floorUrl, { variables: body.variables }, token, connections, seconds) : null;
      rows.push({ operation: operation.name, alone, loaded, apiRssMb: apiRss, floorAlone, floorLoaded, floorRssMb: rssMb(floor.process.pid), sameAnswer: equal, statements: null, floorStatements: null });
    }
    await countAll(url, SECRET, PASSWORD, target, rows);
    const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`;
    printTable(rows, { communes, connections, machine });
    writeResults(join(__dirname, "results.json"), rows, { communes, connections, seconds, machine, compiled: api.compiled, generatorSeconds: generated.generated ? generated.seconds : null, generatedCommunes: generated.generated });
    if (mismatches) process.exitCode = 1;
  } finally {
    for (const child of children.reverse()) await child.stop();
    await pool.end();
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
