import "reflect-metadata";
import type { AddressInfo } from "node:net";
import { Client } from "pg";
import type { DataSource } from "typeorm";
import { createApp, type App } from "../../src/app";
import { loadConfig } from "../../src/config";
import { createDataSource } from "../../src/database";
import { configureLogger } from "../../src/logger";
import { decodeGlobalId } from "../../src/node";
import { seedDemoData } from "../../src/seed/seed";
import { TEST_DEMO_PASSWORD, TEST_JWT_SECRET } from "../constants";
import { organisationId } from "../factories";
import { startOwnPostgres, type OwnPostgres } from "./own-postgres";

const ME = `{ me { username } }`;
const CREATE = `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id reference } }`;
const LOGIN = `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }`;

interface Answer {
  status: number;
  ms: number;
  at: number;
  code?: string;
  retryAfter: string | null;
  body: any;
}

/** Given the API on a PostgreSQL of its own, when that server is stopped and started again under load... */
describe("database stopped and started while clients read and write", () => {
  let postgres: OwnPostgres;
  let dataSource: DataSource;
  let app: App;
  let url: string;
  const logLines: string[] = [];

  async function post(query: string, variables: Record<string, unknown>, token?: string): Promise<Answer> {
    const started = Date.now();
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as any;
    return { status: response.status, ms: Date.now() - started, at: Date.now(), code: body.errors?.[0]?.extensions?.code, retryAfter: response.headers.get("retry-after"), body };
  }

  beforeAll(async () => {
    postgres = await startOwnPostgres();
    const admin = new Client({ connectionString: postgres.url });
    await admin.connect();
    await admin.query(`CREATE DATABASE nq57_faults ENCODING 'UTF8' TEMPLATE template0`);
    await admin.end();
    const databaseUrl = postgres.url.replace(/\/[^/]*$/, "/nq57_faults");
    const setup = createDataSource(databaseUrl, { applicationName: "nq57-fault-setup" });
    await setup.initialize();
    await setup.runMigrations({ transaction: "each" });
    await seedDemoData(setup, { password: TEST_DEMO_PASSWORD });
    await setup.destroy();

    const config = loadConfig({ NODE_ENV: "test", JWT_SECRET: TEST_JWT_SECRET, DATABASE_URL: databaseUrl, LOG_LEVEL: "info", DB_POOL_SIZE: "5", DB_ACQUIRE_TIMEOUT: "2s" });
    // The test reads the log lines the API writes.
    configureLogger({ level: "info", pretty: false, destination: { write: (line: string) => void logLines.push(line) } });
    dataSource = createDataSource(databaseUrl, { pool: config.pool });
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

  it("answers 503 SERVICE_UNAVAILABLE fast while it is away, recovers without a restart, and keeps every acknowledged write whole", async () => {
    const token = (await post(LOGIN, { u: "ubnd.haian", p: TEST_DEMO_PASSWORD })).body.data.login.token as string;
    const issuerId = await organisationId(dataSource, "HP.HAI-AN.UBND");
    const answers: Answer[] = [];
    const acknowledged: string[] = [];
    let running = true;
    let sequence = 0;

    const reader = async () => {
      while (running) answers.push(await post(ME, {}, token));
    };
    const writer = async () => {
      while (running) {
        sequence += 1;
        const answer = await post(CREATE, { input: { type: "PLAN", reference: `${sequence}/KH-UBND`, issuerId, issuedOn: "2026-07-01", title: `Kế hoạch thử ${sequence}` } }, token);
        answers.push(answer);
        if (answer.body.data?.createDocument) acknowledged.push(decodeGlobalId(answer.body.data.createDocument.id)!.id);
      }
    };
    const clients = [reader(), reader(), writer(), writer(), writer()];
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

    // When: the server is stopped for two seconds, then started again.
    await pause(800);
    logLines.length = 0;
    const stopped = Date.now();
    await postgres.stop();
    const down = Date.now();
    await pause(2_000);
    await postgres.start();
    const restarted = Date.now();
    await pause(1_500);
    running = false;
    await Promise.all(clients);

    // Then: while it was away, every answer was a quick 503 with a retry hint, never a 500.
    const whileDown = answers.filter((a) => a.at - a.ms >= down && a.at <= restarted);
    expect(whileDown.length).toBeGreaterThan(20);
    expect(answers.filter((a) => a.status >= 500 && a.status !== 503)).toEqual([]);
    expect(answers.filter((a) => a.code === "INTERNAL_SERVER_ERROR")).toEqual([]);
    for (const answer of whileDown) {
      expect(answer.status).toBe(503);
      expect(answer.code).toBe("SERVICE_UNAVAILABLE");
      expect(Number(answer.retryAfter)).toBeGreaterThan(0);
      expect(answer.body.errors[0].message).toMatch(/ \/ /);
    }
    const times = whileDown.map((a) => a.ms).sort((a, b) => a - b);
    const p99 = times[Math.floor(times.length * 0.99)];
    expect(p99).toBeLessThan(500);

    // Service came back in the same process.
    const firstGood = answers.filter((a) => a.at > restarted && a.status === 200 && !a.body.errors).sort((a, b) => a.at - b.at)[0];
    expect(firstGood).toBeDefined();
    const recoveryMs = firstGood.at - restarted;
    expect(recoveryMs).toBeLessThan(1_500);
    expect((await post(ME, {}, token)).body.data.me.username).toBe("ubnd.haian");
    process.stdout.write(
      `database restart: stop took ${down - stopped} ms; ${whileDown.length} answers while away, p50 ${times[Math.floor(times.length / 2)]} ms, ` +
        `p99 ${p99} ms, max ${times[times.length - 1]} ms; first success ${recoveryMs} ms after the server was ready; ${acknowledged.length} writes acknowledged\n`,
    );

    // The log says once that the database went and once that it came back; no stack traces.
    const messages = logLines.map((line) => JSON.parse(line).message as string);
    expect(messages.filter((m) => m.startsWith("Database unreachable"))).toHaveLength(1);
    expect(messages.filter((m) => m === "Database reachable again")).toHaveLength(1);
    expect(messages.filter((m) => /Unexpected error/.test(m))).toEqual([]);
    expect(logLines.filter((line) => /\bat .*\.ts:\d+/.test(line))).toEqual([]);

    // Every acknowledged write is stored with its audit event; no document lacks its event.
    const stored: Array<{ id: string; events: number }> = await dataSource.query(
      `SELECT d.id, (SELECT count(*)::int FROM audit_event e WHERE e.entity_id = d.id AND e.action = 'document.create') AS events
         FROM document d WHERE d.title LIKE 'Kế hoạch thử %'`,
    );
    const byId = new Map(stored.map((row) => [row.id, row.events]));
    for (const id of acknowledged) expect(byId.get(id)).toBe(1);
    expect(stored.filter((row) => row.events !== 1)).toEqual([]);
  }, 60_000);
});
