import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";

/** A PostgreSQL server that only this test file uses, so stopping it disturbs no other test. */
export interface OwnPostgres {
  /** URL of the server's `postgres` database. */
  url: string;
  start(): Promise<void>;
  /** Fast shutdown (SIGINT): open sessions are terminated, as when a server is restarted. */
  stop(): Promise<void>;
  /** Stops the server and removes its files. */
  destroy(): Promise<void>;
}

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

/** Starts tests/faults/postgres-process.ts in plain Node and drives it over stdin. */
export async function startOwnPostgres(): Promise<OwnPostgres> {
  // /tmp is traversable by the unprivileged user the server runs as when the tests run as root.
  const dataDir = mkdtempSync(join(tmpdir(), "nq57-fault-"));
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    ["-r", "ts-node/register/transpile-only", join(__dirname, "postgres-process.ts"), dataDir, String(await freePort())],
    { stdio: "pipe", env: { ...process.env, LOG_LEVEL: "warn" } },
  );
  const waiting: Array<(line: string) => void> = [];
  createInterface({ input: child.stdout }).on("line", (line) => waiting.shift()?.(line));
  const send = (command: string) =>
    new Promise<string>((resolve, reject) => {
      waiting.push((line) => (line.startsWith(`ok ${command}`) ? resolve(line.slice(`ok ${command} `.length)) : reject(new Error(line))));
      child.stdin.write(`${command}\n`);
    });
  const url = await send("start");
  return {
    url,
    start: async () => void (await send("start")),
    stop: async () => void (await send("stop")),
    destroy: async () => {
      await send("stop");
      child.stdin.end();
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
