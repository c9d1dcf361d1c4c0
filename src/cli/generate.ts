import "reflect-metadata";
import { Pool } from "pg";
import { hashPassword } from "../auth/password";
import { loadConfig } from "../config";
import { openDatabase } from "../database";
import { generateNation } from "../generate/nation";
import { clock } from "../generate/progress";
import { configureLogger, logger } from "../logger";

/**
 * `npm run generate -- --communes N [--workers W]`: a synthetic nation of N communes (default
 * 3 300) in the embedded database or DATABASE_URL, for benchmarks. Accounts: `ubnd.x0001`,
 * `danguy.x0001`, `bcd.x0001` per commune, `ubnd.g01` and `auditor.g01` per province, all with
 * DEMO_PASSWORD. Safe to run again: only missing communes are added.
 */
function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1 || value > 9999) throw new Error(`--${name} must be an integer from 1 to 9999`);
  return value;
}

async function main(): Promise<void> {
  const communes = option("communes", 3300);
  const workers = option("workers", 2);
  const config = loadConfig();
  configureLogger({ level: "warn", pretty: true });
  const database = await openDatabase(config);
  const pool = new Pool({ connectionString: database.url, max: workers + 1, application_name: "nq57-generate" });
  try {
    const result = await generateNation(pool, { communes, workers, passwordHash: await hashPassword(config.demoPassword) });
    const { rows } = await pool.query(
      `SELECT relname AS table, reltuples AS rows FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace AND reltuples > 0 ORDER BY reltuples DESC`,
    );
    const { rows: [size] } = await pool.query(`SELECT pg_size_pretty(pg_database_size(current_database())) AS size`);
    process.stderr.write(`${result.generated} of ${communes} communes generated in ${clock(result.seconds)}; database ${size.size}\n`);
    for (const [name, seconds] of Object.entries(result.statementSeconds)) process.stderr.write(`  ${name.padEnd(20)} ${clock(seconds)}\n`);
    for (const row of rows) process.stderr.write(`  ${String(row.table).padEnd(22)} ${Number(row.rows).toLocaleString("en")}\n`);
  } finally {
    await pool.end();
    await database.close();
  }
}

main().catch((error) => {
  logger.error(`Generation failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
