import "reflect-metadata";
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { Client } from "pg";
import type { DataSource } from "typeorm";
import { createApp, type App } from "../src/app";
import { loadConfig, type Config } from "../src/config";
import { createDataSource } from "../src/database";
import { configureLogger } from "../src/logger";
import { TEST_DEMO_PASSWORD, TEST_JWT_SECRET } from "./constants";

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions: { code: string; fields?: Array<{ field: string; message: string }>; [key: string]: unknown } }>;
}

export interface TestApp {
  url: string;
  /** The database this instance runs on (see startSecondInstance). */
  databaseUrl: string;
  /** Statements sent to PostgreSQL so far by the app's pool. */
  statements: { count: number };
  config: Config;
  dataSource: DataSource;
  /** Sends one GraphQL operation over real HTTP. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, options?: { token?: string; headers?: Record<string, string> }): Promise<GraphQLResponse<T>>;
  /** Logs a demo account in and returns its token. */
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  return url.replace(/\/[^/?]*(\?|$)/, `/${database}$1`);
}

async function adminQuery(sql: string): Promise<void> {
  const admin = new Client({ connectionString: process.env.NQ57_TEST_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** Which copy of the demo data a test starts from. */
export interface TestDataOptions {
  /**
   * false: the seed reports' stored records without their text, sections and figures, for tests
   * that import a seed report through the API (an import into a record with content is refused).
   */
  reportContent?: boolean;
}

/** A fresh copy of the migrated, seeded template database, for a test that runs the API its own way. */
export async function createTestDatabase(options: TestDataOptions = {}): Promise<{ url: string; drop(): Promise<void> }> {
  const template = options.reportContent === false ? process.env.NQ57_TEST_TEMPLATE_BARE! : process.env.NQ57_TEST_TEMPLATE!;
  const database = `${template}_${randomBytes(6).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${database} TEMPLATE ${template}`);
  return { url: withDatabase(process.env.NQ57_TEST_ADMIN_URL!, database), drop: () => adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`) };
}

/**
 * Starts the real API on a free port against a fresh copy of the migrated, seeded template
 * database: each test file owns its data.
 */
export async function startTestApp(env: Record<string, string> = {}, data: TestDataOptions = {}): Promise<TestApp> {
  const { url: databaseUrl, drop } = await createTestDatabase(data);
  return startAppOn(databaseUrl, env, drop);
}

/**
 * A second API instance on the database of `first` (as when several instances share one
 * PostgreSQL): its own pool, HTTP server and change listener; closing it leaves the database.
 */
export function startSecondInstance(first: TestApp, env: Record<string, string> = {}): Promise<TestApp> {
  return startAppOn(first.databaseUrl, env, async () => undefined);
}

async function startAppOn(databaseUrl: string, env: Record<string, string>, drop: () => Promise<void>): Promise<TestApp> {
  const config = loadConfig({ NODE_ENV: "test", JWT_SECRET: TEST_JWT_SECRET, DATABASE_URL: databaseUrl, LOG_LEVEL: "silent", DB_POOL_SIZE: "5", ...env });
  configureLogger({ level: config.logLevel, pretty: false });
  const statements = { count: 0 };
  const dataSource = createDataSource(databaseUrl, { pool: config.pool, onQuery: () => (statements.count += 1) });
  await dataSource.initialize();
  const app: App = await createApp(config, dataSource);
  await new Promise<void>((resolve) => app.httpServer.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;

  const gql: TestApp["gql"] = async (query, variables, options = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  };

  return {
    url,
    databaseUrl,
    statements,
    config,
    dataSource,
    gql,
    async login(username, password = TEST_DEMO_PASSWORD) {
      const result = await gql(`mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }`, { u: username, p: password });
      if (!result.data?.login) throw new Error(`login ${username} failed: ${JSON.stringify(result.errors)}`);
      return result.data.login.token;
    },
    async close() {
      await app.apollo.stop();
      await dataSource.destroy();
      await drop();
    },
  };
}
