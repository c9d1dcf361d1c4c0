import { performance } from "node:perf_hooks";
import type { Pool, PoolClient } from "pg";
import { generateCentral } from "./central";
import { directoryStatements, type BatchStatement } from "./commune-directory";
import { documentStatements } from "./commune-documents";
import { reportStatements } from "./commune-reports";
import { workStatements } from "./commune-work";
import { clock, Progress } from "./progress";
import { fold, PLACES } from "./shape";

/** Communes per transaction: a batch commits whole or not at all, so a stopped run resumes cleanly. */
const BATCH = 25;

export interface GenerateResult {
  communes: number;
  generated: number;
  seconds: number;
  /** Seconds per statement kind, summed over batches. */
  statementSeconds: Record<string, number>;
}

/** Commune numbers 1..communes that are not in the database yet (a commune's locality is its marker). */
async function missingCommunes(pool: Pool, communes: number): Promise<number[]> {
  const { rows } = await pool.query<{ n: number }>(
    `SELECT n FROM generate_series(1, $1::int) AS n
      WHERE NOT EXISTS (SELECT 1 FROM locality l WHERE l.code = 'G' || lpad((((n - 1) % 34) + 1)::text, 2, '0') || '.X' || lpad(n::text, 4, '0'))`,
    [communes],
  );
  return rows.map((r) => r.n);
}

async function runBatch(client: PoolClient, statements: BatchStatement[], communes: number[], timings: Record<string, number>): Promise<void> {
  await client.query("BEGIN");
  try {
    for (const statement of statements) {
      const started = performance.now();
      await client.query(statement.sql, [communes, PLACES, PLACES.map(fold), ...(statement.values ?? [])]).catch((error: Error) => {
        throw new Error(`${statement.name}: ${error.message}`);
      });
      timings[statement.name] = (timings[statement.name] ?? 0) + (performance.now() - started) / 1000;
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

/**
 * Generates a nation of `communes` communes (34 provinces) in set-based SQL, `workers` batches at
 * a time; communes already present are kept, so a second run at the same scale adds nothing and a
 * larger scale adds only the difference. Ends with VACUUM ANALYZE when anything was added.
 */
export async function generateNation(pool: Pool, options: { communes: number; passwordHash: string; workers: number }): Promise<GenerateResult> {
  const started = performance.now();
  const setup = await pool.connect();
  let central;
  try {
    await setup.query("BEGIN");
    central = await generateCentral(setup, options.passwordHash);
    await setup.query("COMMIT");
  } catch (error) {
    await setup.query("ROLLBACK");
    throw error;
  } finally {
    setup.release();
  }
  const statements = [...directoryStatements(central.vn, options.passwordHash), ...documentStatements(central.root57), ...workStatements(), ...reportStatements()];
  const missing = await missingCommunes(pool, options.communes);
  const batches: number[][] = [];
  for (let i = 0; i < missing.length; i += BATCH) batches.push(missing.slice(i, i + BATCH));
  const progress = new Progress(missing.length, "communes");
  const timings: Record<string, number> = {};
  let done = 0;
  progress.update(0);
  const worker = async () => {
    const client = await pool.connect();
    try {
      // Each batch is one transaction; losing the last ones in a crash only means regenerating them.
      await client.query("SET synchronous_commit = off");
      for (let batch = batches.shift(); batch; batch = batches.shift()) {
        await runBatch(client, statements, batch, timings);
        done += batch.length;
        progress.update(done);
      }
    } finally {
      client.release();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.workers) }, worker));
  if (missing.length) {
    const vacuumStarted = performance.now();
    process.stderr.write("VACUUM ANALYZE ...");
    await pool.query("VACUUM ANALYZE");
    process.stderr.write(` ${clock((performance.now() - vacuumStarted) / 1000)}\n`);
  }
  return { communes: options.communes, generated: missing.length, seconds: (performance.now() - started) / 1000, statementSeconds: timings };
}
