import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

const ROOT = join(__dirname, "../..");

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Resident memory of a process in MB (Linux), or null. */
export function rssMb(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((l) => l.startsWith("VmRSS:"));
    return line ? Math.round(Number(line.split(/\s+/)[1]) / 1024) : null;
  } catch {
    return null;
  }
}

export interface Child {
  process: ChildProcess;
  url: string;
  /** The last lines it printed. */
  log: string[];
  stop(): Promise<void>;
}

async function waitFor(url: string, child: ChildProcess, log: string[]): Promise<void> {
  for (let waited = 0; waited < 60_000; waited += 200) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}:\n${log.join("")}`);
    try {
      const response = await fetch(url, { method: "GET" });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`did not answer ${url} in 60 s:\n${log.join("")}`);
}

function start(name: string, args: string[], env: Record<string, string>, readyUrl: string, url: string): Promise<Child> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const log: string[] = [];
  const keep = (chunk: Buffer) => {
    log.push(chunk.toString());
    if (log.length > 50) log.shift();
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      setTimeout(() => child.exitCode === null && child.kill("SIGKILL"), 10_000).unref();
    });
  return waitFor(readyUrl, child, log).then(
    () => ({ process: child, url, log, stop }),
    async (error: Error) => {
      await stop();
      throw new Error(`${name} ${error.message}`);
    },
  );
}

/**
 * The API as production runs it: compiled (`npm run build`, only when stale) and started with
 * `node dist/src/index.js`, NODE_ENV=production. When the tree does not compile, it falls back to
 * ts-node (transpile only) and says so.
 */
export async function startApi(env: Record<string, string>): Promise<Child & { compiled: boolean }> {
  const build = spawnSync(process.execPath, [join(ROOT, "src/cli/build-if-stale.js")], { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] });
  const compiled = build.status === 0;
  if (!compiled) process.stderr.write("The build failed: starting the API with ts-node --transpile-only instead of dist/\n");
  const port = await freePort();
  const args = compiled ? ["dist/src/index.js"] : ["-r", "ts-node/register/transpile-only", "src/index.ts"];
  const base = `http://127.0.0.1:${port}`;
  const child = await start("API", args, { ...env, PORT: String(port), NODE_ENV: "production", DEMO_DATA: "false", LOG_LEVEL: "warn" }, `${base}/healthz`, `${base}/graphql`);
  return { ...child, compiled };
}

/** The raw-SQL floor server (tests/bench/floor/server.ts) in its own process. */
export async function startFloor(env: Record<string, string>): Promise<Child> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  return start("floor", ["-r", "ts-node/register/transpile-only", "tests/bench/floor/server.ts"], { ...env, PORT: String(port) }, `${base}/`, base);
}
