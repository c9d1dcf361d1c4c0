import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { Client } from "pg";
import { TEST_DEMO_PASSWORD, TEST_JWT_SECRET } from "./constants";
import { createTestDatabase } from "./harness";

/**
 * Two API processes on one database, as behind a load balancer: a user's rate limit counts the
 * requests sent to either, and readiness follows the database's state in both. Nothing about a
 * user or the schema lives only in one process's memory.
 */
const ROOT = join(__dirname, "..");
const basePort = 26000 + (process.pid % 3000);

describe("two instances on one database", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const instances: Array<{ child: ChildProcess; url: string }> = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    for (const port of [basePort, basePort + 1]) {
      const env = { ...process.env, DATABASE_URL: database.url, PORT: String(port), NODE_ENV: "test", LOG_LEVEL: "error", JWT_SECRET: TEST_JWT_SECRET, DEMO_DATA: "false", MIGRATE_ON_START: "false", RATE_LIMIT_PER_USER: "4" };
      instances.push({ child: spawn(process.execPath, ["-r", "ts-node/register/transpile-only", "src/index.ts"], { cwd: ROOT, env, stdio: "ignore" }), url: `http://127.0.0.1:${port}` });
    }
    for (const { url } of instances) {
      for (let tries = 0; tries < 240 && !(await fetch(`${url}/healthz`).then((r) => r.ok, () => false)); tries++) await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }, 90_000);

  afterAll(async () => {
    for (const { child } of instances) {
      const exited = new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)));
      child.kill("SIGTERM");
      await exited;
    }
    await database.drop();
  }, 30_000);

  async function gql(url: string, query: string, token?: string) {
    const response = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query }) });
    return { status: response.status, retryAfter: response.headers.get("retry-after"), body: (await response.json()) as any };
  }

  it("counts one user's requests to both processes against one limit", async () => {
    const [a, b] = instances.map((instance) => instance.url);
    const token = (await gql(a, `mutation { login(input: { username: "ubnd.haian", password: "${TEST_DEMO_PASSWORD}" }) { token } }`)).body.data.login.token;
    const statuses = [];
    for (const url of [a, b, a, b]) statuses.push((await gql(url, `{ me { username } }`, token)).status);
    expect(statuses).toEqual([200, 200, 200, 200]);
    for (const url of [a, b]) {
      const refused = await gql(url, `{ me { username } }`, token);
      expect(refused.status).toBe(429);
      expect(refused.body.errors[0].extensions.code).toBe("RATE_LIMITED");
      expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    }
  });

  it("makes both not ready while the database lacks a migration of their build, and ready again after", async () => {
    const ready = async () => Promise.all(instances.map(async ({ url }) => (await fetch(`${url}/readyz`)).status));
    expect(await ready()).toEqual([200, 200]);
    const admin = new Client({ connectionString: database.url });
    await admin.connect();
    try {
      const { rows } = await admin.query(`DELETE FROM migrations WHERE id = (SELECT max(id) FROM migrations) RETURNING id, timestamp, name`);
      try {
        expect(await ready()).toEqual([503, 503]);
      } finally {
        await admin.query(`INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)`, [rows[0].id, rows[0].timestamp, rows[0].name]);
      }
    } finally {
      await admin.end();
    }
    expect(await ready()).toEqual([200, 200]);
  });
});
