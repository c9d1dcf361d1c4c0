import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, parse, specifiedRules, validate, type GraphQLSchema, type ValidationRule } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import type { Server } from "node:http";
import type { DataSource } from "typeorm";
import { WebSocketServer } from "ws";
import type { Config } from "./config";
import { buildContext, type Context } from "./context";
import { logger } from "./logger";
import { ChangeHub } from "./modules/change/change-hub";

/**
 * GraphQL subscriptions over WebSocket (graphql-ws protocol) on the HTTP server's /graphql path.
 * The client sends the same `Bearer` token as over HTTP in connectionParams.authorization; it is
 * verified at connect and the connection closes when it expires (the client reconnects with a
 * fresh token and its last cursor, and misses nothing). Only subscriptions are served here: queries
 * and mutations go over HTTP, through every limit and plugin there.
 */
export async function serveSubscriptions(options: {
  httpServer: Server;
  schema: GraphQLSchema;
  config: Config;
  dataSource: DataSource;
  validationRules: readonly ValidationRule[];
  maxTokens: number;
}): Promise<ApolloServerPlugin> {
  const hub = await ChangeHub.start(options.dataSource);
  const wsServer = new WebSocketServer({ server: options.httpServer, path: "/graphql" });
  const expiryTimers = new Set<NodeJS.Timeout>();
  const cleanup = useServer<Record<string, unknown> | undefined, { context?: Context; expiry?: NodeJS.Timeout }>(
    {
      schema: options.schema,
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.authorization;
        if (typeof authorization !== "string") return false;
        try {
          const context = await buildContext({ config: options.config, dataSource: options.dataSource, authorization });
          if (!context.actor) return false;
          ctx.extra.context = context;
        } catch {
          return false;
        }
        const exp = tokenExpiry(authorization);
        if (exp !== undefined) {
          const timer = setTimeout(() => ctx.extra.socket.close(4401, "Token expired"), Math.max(0, exp * 1000 - Date.now()));
          timer.unref();
          expiryTimers.add(timer);
          ctx.extra.expiry = timer;
        }
        return true;
      },
      onClose: (ctx) => {
        if (ctx.extra.expiry) {
          clearTimeout(ctx.extra.expiry);
          expiryTimers.delete(ctx.extra.expiry);
        }
      },
      context: (ctx) => ctx.extra.context!,
      onSubscribe: (_ctx, _id, payload) => {
        let document;
        try {
          document = parse(payload.query, { maxTokens: options.maxTokens });
        } catch (error) {
          return [error as GraphQLError];
        }
        const errors = validate(options.schema, document, [...specifiedRules, ...options.validationRules]);
        if (errors.length) return errors;
        const operations = document.definitions.filter((d) => d.kind === "OperationDefinition");
        if (operations.some((d) => d.kind === "OperationDefinition" && d.operation !== "subscription")) {
          return [new GraphQLError("Chỉ nhận subscription qua WebSocket / only subscriptions over WebSocket: send queries and mutations over HTTP", { extensions: { code: "BAD_USER_INPUT" } })];
        }
      },
    },
    wsServer,
  );
  return {
    async serverWillStart() {
      return {
        async drainServer() {
          for (const timer of expiryTimers) clearTimeout(timer);
          await hub.stop();
          await cleanup.dispose();
          logger.debug("Subscriptions drained");
        },
      };
    },
  };
}

/** The token's `exp` (already verified by buildContext), read without checking again. */
function tokenExpiry(authorization: string): number | undefined {
  const payload = authorization.replace(/^Bearer\s+/, "").split(".")[1];
  try {
    const exp = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")).exp;
    return typeof exp === "number" ? exp : undefined;
  } catch {
    return undefined;
  }
}
