import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import { RETRY_AFTER } from "./database-errors";
import type { DatabaseHealth } from "./database-health";
import { ServiceUnavailableError, type AppError } from "./errors";
import { knownError } from "./format-error";

/**
 * HTTP status codes of /graphql, after the GraphQL-over-HTTP specification:
 * - a response with data (even partial) is 200;
 * - a request refused for reasons outside GraphQL, before or instead of any data, is 401 (no or
 *   bad token), 429 (throttled) or 503 (database away, busy or too slow), with Retry-After where
 *   there is a retry hint;
 * - other field errors with `data: null` (NOT_FOUND, FORBIDDEN, CONFLICT, ...) are 200;
 * - a request error without data (parsing, validation, variables, limits) is 400 with
 *   application/graphql-response+json and 200 with application/json (the spec's SHOULD: a client
 *   cannot trust a non-200 application/json body, which may come from a proxy); an unexpected
 *   failure there is 500;
 * - a document refused by the query limits (QUERY_TOO_COMPLEX) is 400 in both media types: it is
 *   an abusive or broken client, which load balancers, WAFs and dashboards count by status code.
 */
const DENIED: Record<string, number> = { UNAUTHENTICATED: 401, RATE_LIMITED: 429, SERVICE_UNAVAILABLE: 503 };

export const GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";

/**
 * Whether the response will be `application/graphql-response+json`: the Accept header ranks it
 * above application/json (ties go to the one listed first). No Accept header means application/json,
 * as Apollo Server answers then.
 */
export function wantsGraphQLResponseJson(accept: string | undefined): boolean {
  if (!accept) return false;
  let best: { type: string; q: number } | undefined;
  for (const part of accept.split(",")) {
    const [type, ...params] = part.trim().toLowerCase().split(";");
    if (type !== GRAPHQL_RESPONSE_JSON && type !== "application/json" && type !== "*/*" && type !== "application/*") continue;
    const q = Number(params.map((p) => p.trim()).find((p) => p.startsWith("q="))?.slice(2) ?? 1);
    const named = type === GRAPHQL_RESPONSE_JSON ? GRAPHQL_RESPONSE_JSON : "application/json";
    if (!best || q > best.q) best = { type: named, q };
  }
  return best?.type === GRAPHQL_RESPONSE_JSON;
}

export interface ResponseHead {
  status: number;
  retryAfterSeconds?: number;
}

/** Whether a response carries `data`: absent after a request error, null when a non-null root field failed. */
export type DataEntry = "absent" | "null" | "present";

/** The status and retry hint of a response from its errors, its data entry, and the media type. */
export function responseHead(options: { errors: readonly GraphQLFormattedError[]; data: DataEntry; graphqlResponseJson: boolean }): ResponseHead {
  const codes = options.errors.map((error) => String(error.extensions?.code ?? "INTERNAL_SERVER_ERROR"));
  const hints = options.errors.map((error) => error.extensions?.retryAfterSeconds).filter((s): s is number => typeof s === "number");
  const retryAfterSeconds = hints.length ? Math.max(...hints) : undefined;
  if (options.data === "present" || codes.length === 0) return { status: 200, retryAfterSeconds };
  // A client's problem wins over the server's: fixing the token is more useful than waiting.
  const denied = codes.map((code) => DENIED[code]).filter(Boolean).sort((a, b) => a - b)[0];
  if (denied) return { status: denied, retryAfterSeconds };
  if (options.data === "absent" && codes.includes("QUERY_TOO_COMPLEX")) return { status: 400, retryAfterSeconds };
  if (options.data === "null" || !options.graphqlResponseJson) return { status: 200, retryAfterSeconds };
  return { status: codes.every((code) => code === "INTERNAL_SERVER_ERROR") ? 500 : 400, retryAfterSeconds };
}

/** Sets the status and Retry-After of every response that goes through Apollo's request pipeline. */
export function httpStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const graphqlResponseJson = wantsGraphQLResponseJson(request.http?.headers.get("accept"));
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const { data, errors } = response.body.singleResult;
          const head = responseHead({ errors: errors ?? [], data: data === undefined ? "absent" : data === null ? "null" : "present", graphqlResponseJson });
          response.http.status = head.status;
          if (head.retryAfterSeconds !== undefined) response.http.headers.set("retry-after", String(head.retryAfterSeconds));
        },
      };
    },
  };
}

/** Gives an error thrown before the request pipeline (context creation) the status and Retry-After it would get in it. */
export function withResponseHead(error: AppError, accept: string | undefined): AppError {
  const head = responseHead({ errors: [{ message: error.message, extensions: error.extensions }], data: "absent", graphqlResponseJson: wantsGraphQLResponseJson(accept) });
  const headers = new Map<string, string>(head.retryAfterSeconds !== undefined ? [["retry-after", String(head.retryAfterSeconds)]] : []);
  (error.extensions as Record<string, unknown>).http = { status: head.status, headers };
  return error;
}

/**
 * Wraps the context function: a bad token (401) or a database away while loading the caller (503)
 * is answered like the same error in a resolver, not as Apollo's "Context creation failed" 500.
 * While the database is known to be away, requests are answered 503 at once (database-health.ts).
 */
export function answerContextErrors<A extends { req: { headers: { accept?: string } } }, C>(
  health: DatabaseHealth,
  build: (args: A) => Promise<C>,
): (args: A) => Promise<C> {
  return async (args) => {
    if (health.isDown) throw withResponseHead(new ServiceUnavailableError("DATABASE_UNAVAILABLE", RETRY_AFTER.databaseAway), args.req.headers.accept);
    return build(args).catch((error: unknown) => {
      const known = knownError(error, health);
      throw known ? withResponseHead(known, args.req.headers.accept) : error;
    });
  };
}
