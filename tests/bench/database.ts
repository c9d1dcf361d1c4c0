import { createDataSource } from "../../src/database";

/** Applies the pending migrations (the API would at start; the generator needs the tables first). */
export async function runMigrations(url: string): Promise<void> {
  const dataSource = createDataSource(url, { pool: { size: 1 }, applicationName: "nq57-bench" });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: "each" });
  } finally {
    await dataSource.destroy();
  }
}
