import { rmSync } from "node:fs";
import { Client } from "pg";
import type { RunningPostgres } from "../src/embedded-postgres";

export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as { __NQ57_PG__?: { server: RunningPostgres; dataDir: string } }).__NQ57_PG__;
  if (embedded) {
    await embedded.server.stop();
    rmSync(embedded.dataDir, { recursive: true, force: true });
    return;
  }
  // An external server: remove what this run created.
  const admin = new Client({ connectionString: process.env.NQ57_TEST_ADMIN_URL });
  await admin.connect();
  const { rows } = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2`, [`${process.env.NQ57_TEST_TEMPLATE}_%`, process.env.NQ57_TEST_TEMPLATE]);
  for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  await admin.end();
}
