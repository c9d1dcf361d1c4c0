import "reflect-metadata";
import type { AddressInfo } from "node:net";
import type { DataSource } from "typeorm";
import { createApp, type App } from "../../src/app";
import { loadConfig } from "../../src/config";
import { createDataSource } from "../../src/database";
import { configureLogger } from "../../src/logger";
import { TEST_JWT_SECRET } from "../constants";
import { startOwnPostgres, type OwnPostgres } from "./own-postgres";

/** /readyz follows the database: not ready while it is stopped, ready again when it returns, with no restart. */
describe("readiness while the database is away", () => {
  let postgres: OwnPostgres;
  let dataSource: DataSource;
  let app: App;
  let url: string;

  beforeAll(async () => {
    postgres = await startOwnPostgres();
    const setup = createDataSource(postgres.url, { applicationName: "nq57-readiness-setup" });
    await setup.initialize();
    await setup.runMigrations({ transaction: "each" });
    await setup.destroy();
    const config = loadConfig({ NODE_ENV: "test", JWT_SECRET: TEST_JWT_SECRET, DATABASE_URL: postgres.url, LOG_LEVEL: "silent", DB_POOL_SIZE: "3", DB_ACQUIRE_TIMEOUT: "1s" });
    configureLogger({ level: config.logLevel, pretty: false });
    dataSource = createDataSource(postgres.url, { pool: config.pool });
    await dataSource.initialize();
    app = await createApp(config, dataSource);
    await new Promise<void>((resolve) => app.httpServer.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  }, 120_000);

  afterAll(async () => {
    await app?.apollo.stop();
    if (dataSource?.isInitialized) await dataSource.destroy();
    await postgres?.destroy();
  }, 60_000);

  const probe = async (path: string) => (await fetch(`${url}${path}`)).status;
  const metric = async (name: string) => Number(new RegExp(`^${name} (\\d+)$`, "m").exec(await (await fetch(`${url}/metrics`)).text())?.[1]);

  it("answers 503 on /readyz and nq57_db_up 0 while stopped, 200 and 1 after it starts again; /healthz stays 200", async () => {
    expect(await probe("/readyz")).toBe(200);
    await postgres.stop();
    try {
      expect(await probe("/readyz")).toBe(503);
      expect(await probe("/healthz")).toBe(200);
      expect(await metric("nq57_db_up")).toBe(0);
    } finally {
      await postgres.start();
    }
    let status = 0;
    for (let tries = 0; tries < 40 && status !== 200; tries++) {
      status = await probe("/readyz");
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(status).toBe(200);
    expect(await metric("nq57_db_up")).toBe(1);
  }, 60_000);
});
