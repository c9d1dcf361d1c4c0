import "reflect-metadata";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { createDataSource } from "../src/database";
import { startEmbeddedPostgres, type RunningPostgres } from "../src/embedded-postgres";
import { seedDemoData } from "../src/seed/seed";
import { TEST_DEMO_PASSWORD } from "./constants";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts PostgreSQL once for the whole run (embedded unless DATABASE_URL is set), migrates and seeds
 * a template database; every test file then gets its own copy (tests/harness.ts).
 */
export default async function globalSetup(): Promise<void> {
  let embedded: RunningPostgres | undefined;
  let dataDir = "";
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    // /tmp is traversable by the unprivileged user the server runs as when the tests run as root.
    dataDir = mkdtempSync(join(tmpdir(), "nq57-test-"));
    embedded = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false, database: "postgres" });
    adminUrl = embedded.url;
  }
  const template = `nq57_t_${process.pid}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template} ENCODING 'UTF8' TEMPLATE template0`);
  await admin.end();

  const templateUrl = adminUrl.replace(/\/[^/?]*(\?|$)/, `/${template}$1`);
  const dataSource = createDataSource(templateUrl, { applicationName: "nq57-test-setup" });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: "each" });
  // Two templates: the demo data without the seed reports' text (for tests that import them), then
  // the full demo data that `npm start` loads.
  await seedDemoData(dataSource, { password: TEST_DEMO_PASSWORD, reportContent: false });
  await dataSource.destroy();
  const bare = `${template}_bare`;
  const copy = new Client({ connectionString: adminUrl });
  await copy.connect();
  await copy.query(`CREATE DATABASE ${bare} TEMPLATE ${template}`);
  await copy.end();
  await dataSource.initialize();
  await seedDemoData(dataSource, { password: TEST_DEMO_PASSWORD });
  await dataSource.destroy();

  process.env.NQ57_TEST_ADMIN_URL = adminUrl;
  process.env.NQ57_TEST_TEMPLATE = template;
  process.env.NQ57_TEST_TEMPLATE_BARE = bare;
  (globalThis as { __NQ57_PG__?: { server: RunningPostgres; dataDir: string } }).__NQ57_PG__ = embedded && { server: embedded, dataDir };
}
