import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * `npm start` end to end, as a newcomer runs it: the compiled entry point (built by the prestart
 * step) with the embedded PostgreSQL (no DATABASE_URL), its data in a folder of its own.
 */
const ROOT = join(__dirname, "..");
const dataDir = mkdtempSync(join(tmpdir(), "nq57-start-"));
const apiPort = 21000 + (process.pid % 5000);
const pgPort = apiPort + 5000;

function start(port = apiPort): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const env = { ...process.env, DATABASE_URL: "", DATA_DIR: dataDir, PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), NODE_ENV: "development", LOG_LEVEL: "info", JWT_SECRET: "start-test-secret-start-test-secret-0123" };
  const child = spawn(process.execPath, ["dist/src/index.js"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  return { child, output: () => output, exited };
}

async function ready(port = apiPort): Promise<void> {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("the API did not become ready");
}

async function gql(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(`http://127.0.0.1:${apiPort}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.json() as Promise<any>;
}

async function login(): Promise<string> {
  const result = await gql(`mutation { login(input: { username: "admin", password: "demo-2026" }) { token } }`);
  return result.data.login.token;
}

describe("npm start", () => {
  beforeAll(() => {
    // What `npm start` runs first: compile to dist/ unless it is up to date.
    const build = spawnSync(process.execPath, ["src/cli/build-if-stale.js"], { cwd: ROOT, encoding: "utf8" });
    expect(build.stderr + build.stdout).not.toMatch(/error TS/);
    expect(build.status).toBe(0);
  }, 120_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("serves the demo data, keeps data across a restart and refuses a second instance on the same data", async () => {
    const first = start();
    try {
      await ready();
      expect(first.output()).toContain('share the password "demo-2026"');
      const token = await login();
      const created = await gql(
        `mutation($input: CreateLocalityInput!) { createLocality(input: $input) { id } }`,
        { input: { level: "COMMUNE", code: "31.DONG-HAI", name: "Phường Đông Hải", parentId: (await gql(`{ localities(filter: { search: "hai phong" }) { edges { node { id } } } }`, {}, token)).data.localities.edges[0].node.id } },
        token,
      );
      expect(created.errors).toBeUndefined();

      const second = start(apiPort + 1);
      expect(await second.exited).toBe(1);
      expect(second.output()).toMatch(/Another instance of the API \(pid \d+\) is already using/);
    } finally {
      first.child.kill("SIGTERM");
      await first.exited;
    }

    const again = start();
    try {
      await ready();
      const found = await gql(`{ localities(filter: { search: "dong hai" }) { totalCount } }`, {}, await login());
      expect(found.data.localities.totalCount).toBe(1);
    } finally {
      again.child.kill("SIGTERM");
      expect(await again.exited).toBe(0);
    }
  }, 120_000);
});
