import { createHash } from "node:crypto";
import type { EntityManager } from "typeorm";

/**
 * Hot read statements as named (prepared) statements: PostgreSQL plans each once per connection
 * instead of on every request, which TypeORM's unnamed statements cannot do. Inside a write
 * transaction the statement goes through the transaction's connection as usual. Statements are
 * still reported to the DataSource's logger, so that counting them (tests, benchmarks) stays true.
 */
const names = new Map<string, string>();
const MAX_NAMES = 2000;

function nameOf(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `nq57_${createHash("sha1").update(text).digest("hex").slice(0, 20)}`;
    // Filter combinations are bounded, but never let the cache grow without limit.
    if (names.size >= MAX_NAMES) names.clear();
    names.set(text, name);
  }
  return name;
}

interface PgDriver {
  obtainMasterConnection(): Promise<[{ query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }> }, (error?: unknown) => void]>;
}

export async function readQuery<T>(db: EntityManager, text: string, values: unknown[]): Promise<T[]> {
  if (db.queryRunner) return db.query(text, values);
  const connection = db.connection;
  if (connection.options.logging) connection.logger.logQuery(text, values);
  const [client, release] = await (connection.driver as unknown as PgDriver).obtainMasterConnection();
  try {
    const result = await client.query({ name: nameOf(text), text, values });
    release();
    return result.rows as T[];
  } catch (error) {
    release(error);
    throw error;
  }
}
