import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Pool } from "pg";
import { loadCaller } from "./caller";
import { dashboard } from "./dashboard";
import { documentsPage, referencePage, searchPage } from "./documents";
import { tasksPage } from "./tasks";
import { trace } from "./trace";

/**
 * The floor of this stack: plain `node:http` and `pg`, hand-written SQL, named statements, no
 * GraphQL. `POST /<route>` with the same variables as the API's request answers `{ data }` with the
 * same JSON, under the same scope rules for the same token.
 */
type Handler = (pool: Pool, caller: NonNullable<Awaited<ReturnType<typeof loadCaller>>>, variables: Record<string, any>) => Promise<unknown>;

const fromGlobal = (id: string) => Buffer.from(id, "base64url").toString("utf8").split(":")[1];

const ROUTES: Record<string, Handler> = {
  dashboard: (pool, caller, v) => dashboard(pool, caller, fromGlobal(v.o), { periodFrom: v.from, periodTo: v.to, asOf: v.asOf }),
  documents: (pool, caller) => documentsPage(pool, caller),
  search: (pool, caller, v) => searchPage(pool, caller, v.s),
  reference: (pool, caller, v) => referencePage(pool, caller, v.r),
  tasks: (pool, caller, v) => tasksPage(pool, caller, fromGlobal(v.o), v.asOf),
  trace: (pool, caller, v) => trace(pool, caller, fromGlobal(v.m)),
};

export function createFloorServer(pool: Pool, secret: string): Server {
  return createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", async () => {
      try {
        const handler = ROUTES[(request.url ?? "").slice(1)] as Handler | undefined;
        const caller = handler && (await loadCaller(pool, request.headers.authorization, secret));
        if (!handler || !caller) {
          response.writeHead(handler ? 401 : 404).end();
          return;
        }
        const { variables = {} } = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
        const body = JSON.stringify({ data: await handler(pool, caller, variables) });
        response.writeHead(200, { "content-type": "application/json" }).end(body);
      } catch (error) {
        response.writeHead(500, { "content-type": "text/plain" }).end(String(error));
      }
    });
  });
}

/** Run alone (`node -r ts-node/register/transpile-only tests/bench/floor/server.ts`): DATABASE_URL, JWT_SECRET, PORT. */
if (require.main === module) {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 10) });
  const server = createFloorServer(pool, process.env.JWT_SECRET!);
  server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
    process.stdout.write(`floor listening on ${(server.address() as AddressInfo).port}\n`);
  });
  process.on("SIGTERM", () => server.close(() => pool.end().then(() => process.exit(0))));
}
