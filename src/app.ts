import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import cors from "cors";
import express, { type NextFunction, type Request, type Response } from "express";
import { createServer, type Server } from "node:http";
import type { DataSource } from "typeorm";
import type { Config } from "./config";
import { buildContext, type Context } from "./context";
import { watchDatabase } from "./database-health";
import { createFormatError } from "./format-error";
import { answerContextErrors, httpStatusPlugin } from "./http-status";
import { createQueryLimits, MAX_TOKENS } from "./limits";
import { createMetrics } from "./metrics";
import { operationsRouter } from "./operations";
import { rateLimitPlugin } from "./rate-limit";
import { normaliseRequest, storableTextRule } from "./request-input";
import { requestLogPlugin, requestScope, withRequestId } from "./request-log";
import { currentRequest } from "./request-scope";
import { createSchema } from "./schema";
import { serveSubscriptions } from "./subscriptions";

/** A body that is too large (BODY_LIMIT) or not JSON gets a GraphQL-shaped BAD_USER_INPUT, not an HTML page. */
const bodyErrors = (limit: string) => (error: { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction): void => {
  if (!error.status || error.status >= 500) return next(error);
  const tooLarge = error.type === "entity.too.large";
  const problem = tooLarge ? `larger than ${limit}` : "not valid JSON";
  res.status(error.status).json({
    errors: [{
      message: `${tooLarge ? `Yêu cầu lớn hơn ${limit}` : "Yêu cầu không phải JSON hợp lệ"} / Request body ${problem}`,
      extensions: { code: "BAD_USER_INPUT", fields: [{ field: "body", message: problem }] },
    }],
  });
};

export interface App {
  httpServer: Server;
  apollo: ApolloServer<Context>;
}

/** Builds the HTTP server: POST/GET /graphql, GET /healthz, /readyz and /metrics. Call `listen` on the result. */
export async function createApp(config: Config, dataSource: DataSource): Promise<App> {
  const schema = await createSchema();
  const app = express();
  app.disable("x-powered-by");
  // Behind a load balancer, req.ip is the client's address only for the proxies TRUST_PROXY names.
  app.set("trust proxy", config.http.trustProxy);
  const httpServer = createServer(app);
  const metrics = createMetrics(dataSource, { probeTimeoutMs: 1_000 });
  const scope = requestScope({ observers: [metrics.observe] });
  app.use(scope);
  const limits = createQueryLimits({ exposeLimits: config.nodeEnv !== "production", fieldSuggestions: config.http.fieldSuggestions });
  const health = watchDatabase(dataSource);
  // The change feed's subscriptions share the server and the path; apollo.stop() drains them too.
  const subscriptions = await serveSubscriptions({ httpServer, schema, config, dataSource, validationRules: limits.validationRules, maxTokens: MAX_TOKENS });
  const apollo = new ApolloServer<Context>({
    schema,
    formatError: withRequestId(createFormatError({ exposeStack: config.nodeEnv === "development", health })),
    includeStacktraceInErrorResponses: false,
    validationRules: [...limits.validationRules, storableTextRule],
    parseOptions: limits.parseOptions,
    introspection: config.http.introspection,
    // index.ts shuts down in order (HTTP, pool, PostgreSQL) on SIGINT and SIGTERM.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      subscriptions,
      httpStatusPlugin(),
      requestLogPlugin(),
      ...limits.plugins,
      rateLimitPlugin(dataSource, config.rateLimit),
      ...(config.nodeEnv === "production" ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  app.use(operationsRouter(dataSource, metrics.registry));

  app.use(
    "/graphql",
    // CORS_ORIGINS: "*" reflects any origin; a list allows only those; none (production default) sends no CORS headers.
    cors({ origin: config.http.corsOrigins === "*" ? true : config.http.corsOrigins.length ? config.http.corsOrigins : false }),
    express.json({ limit: config.http.bodyLimit }),
    normaliseRequest,
    scope,
    expressMiddleware(apollo, {
      context: answerContextErrors(health, ({ req }) =>
        buildContext({
          config,
          dataSource,
          authorization: req.headers.authorization,
          requestId: currentRequest()?.requestId,
          idempotencyKey: req.headers["idempotency-key"] as string | undefined,
          clientAddress: req.ip,
          request: req.method === "POST" ? { query: req.body?.query, operationName: req.body?.operationName, variables: req.body?.variables } : undefined,
        })),
    }),
  );
  app.use(bodyErrors(config.http.bodyLimit));
  return { httpServer, apollo };
}
