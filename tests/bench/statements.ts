import type { AddressInfo } from "node:net";
import { Pool } from "pg";
import { createApp } from "../../src/app";
import { loadConfig } from "../../src/config";
import { createDataSource } from "../../src/database";
import { createFloorServer } from "./floor/server";
import { countStatements } from "./load";
import { OPERATIONS, type BenchTarget } from "./operations";
import type { ResultRow } from "./report";
import { login, post } from "./target";

/**
 * SQL statements per request, counted where `pg` sends them: the API and the floor are started in
 * this process (same code, same database) once the timed runs are over, each operation is sent
 * twice to warm caches, and the third request is counted.
 */
export async function countAll(url: string, secret: string, password: string, target: BenchTarget, rows: ResultRow[]): Promise<void> {
  const counter = countStatements();
  const config = loadConfig({ NODE_ENV: "production", DATABASE_URL: url, JWT_SECRET: secret, LOG_LEVEL: "silent", DEMO_DATA: "false", RATE_LIMIT_PER_USER: "0", RATE_LIMIT_PER_ADDRESS: "0" });
  const dataSource = createDataSource(url, { pool: config.pool });
  await dataSource.initialize();
  const app = await createApp(config, dataSource);
  await new Promise<void>((resolve) => app.httpServer.listen(0, "127.0.0.1", resolve));
  const pool = new Pool({ connectionString: url, max: 10 });
  const floor = createFloorServer(pool, secret);
  await new Promise<void>((resolve) => floor.listen(0, "127.0.0.1", resolve));
  try {
    const api = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}/graphql`;
    const floorBase = `http://127.0.0.1:${(floor.address() as AddressInfo).port}`;
    const tokens = { editor: await login(api, "ubnd.x0001", password), auditor: await login(api, "auditor.g01", password), anonymous: undefined };
    const count = async (send: () => Promise<unknown>) => {
      await send();
      await send();
      counter.reset();
      await send();
      return counter.count;
    };
    for (const operation of OPERATIONS) {
      const row = rows.find((r) => r.operation === operation.name)!;
      const variables = operation.variables(target);
      const token = tokens[operation.caller];
      row.statements = await count(() => post(api, { query: operation.query, variables }, token));
      if (operation.floor) row.floorStatements = await count(() => post(`${floorBase}/${operation.floor}`, { variables }, token));
    }
  } finally {
    await new Promise((resolve) => floor.close(resolve));
    await pool.end();
    await app.apollo.stop();
    if (dataSource.isInitialized) await dataSource.destroy();
  }
}
