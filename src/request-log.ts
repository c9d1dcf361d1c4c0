import type { ApolloServerPlugin } from "@apollo/server";
import type { NextFunction, Request, Response } from "express";
import type { GraphQLFormattedError } from "graphql";
import { randomUUID } from "node:crypto";
import { REQUEST_ID, type Context } from "./context";
import { logger } from "./logger";
import { currentRequest, runInRequest, type RequestRecord } from "./request-scope";

/** Told about every finished request (the metrics are). */
export type RequestObserver = (record: RequestRecord, status: number, seconds: number) => void;

/**
 * Opens the request's record: its id (X-Request-Id when the client or a proxy sent a usable one,
 * else a fresh one, echoed in the response header), then one JSON line when the response is sent:
 * request id, operation, user, status, duration and error codes. Never the query's variables or
 * headers, which carry passwords and tokens.
 *
 * Mount it before the body parser and again after it: the parser calls on from a stream event,
 * outside the request's async scope, so the second pass re-enters the scope of the same record.
 */
export function requestScope(options: { observers: RequestObserver[] }) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const opened = res.locals.requestRecord as RequestRecord | undefined;
    if (opened) return runInRequest(opened, next);
    const sent = req.headers["x-request-id"];
    const record: RequestRecord = {
      requestId: typeof sent === "string" && REQUEST_ID.test(sent) ? sent : randomUUID(),
      method: req.method,
      path: req.path,
      clientAddress: req.ip,
      startedAt: process.hrtime.bigint(),
      errorCodes: [],
    };
    res.locals.requestRecord = record;
    res.setHeader("x-request-id", record.requestId);
    res.on("finish", () => {
      const seconds = Number(process.hrtime.bigint() - record.startedAt) / 1e9;
      for (const observe of options.observers) observe(record, res.statusCode, seconds);
      const line = {
        method: record.method,
        path: record.path,
        status: res.statusCode,
        durationMs: Math.round(seconds * 10_000) / 10,
        operation: record.operationName,
        operationType: record.operationType,
        user: record.user,
        errorCode: record.errorCodes[0],
        errorCodes: record.errorCodes.length > 1 ? record.errorCodes : undefined,
        clientAddress: record.clientAddress,
      };
      // The record's scope has ended here: name the request explicitly.
      const fields = { requestId: record.requestId, ...line };
      // Probes and scrapes come every few seconds: their lines only at debug level, even when failing.
      if (record.path !== "/graphql") logger.debug("Request", fields);
      else if (res.statusCode >= 500) logger.error("Request failed", fields);
      else logger.info("Request", fields);
    });
    runInRequest(record, next);
  };
}

/** Fills the record with what only the GraphQL pipeline knows: the operation and the caller. */
export function requestLogPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue, request }) {
      const record = currentRequest();
      if (record) {
        record.user = contextValue.actor?.username;
        record.operationName = request.operationName ?? undefined;
      }
      return {
        async didResolveOperation({ operationName, operation }) {
          if (!record) return;
          record.operationName = operationName ?? undefined;
          record.operationType = operation?.operation;
        },
      };
    },
  };
}

/**
 * Wraps the one formatError: every error a client receives carries the request id (the one in the
 * log line and in the audit events of the request), and its code is recorded for the log and metrics.
 */
export function withRequestId(formatError: (formatted: GraphQLFormattedError, raw: unknown) => GraphQLFormattedError) {
  return (formatted: GraphQLFormattedError, raw: unknown): GraphQLFormattedError => {
    const result = formatError(formatted, raw);
    const record = currentRequest();
    if (!record) return result;
    record.errorCodes.push(String(result.extensions?.code ?? "INTERNAL_SERVER_ERROR"));
    return { ...result, extensions: { ...result.extensions, requestId: record.requestId } };
  };
}
