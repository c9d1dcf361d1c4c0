import { AsyncLocalStorage } from "node:async_hooks";

/** What is known about the HTTP request being served, filled in as it goes through the pipeline. */
export interface RequestRecord {
  requestId: string;
  method: string;
  path: string;
  clientAddress?: string;
  startedAt: bigint;
  operationName?: string;
  operationType?: string;
  /** Username of the signed-in caller. */
  user?: string;
  /** extensions.code of every error in the response, in order. */
  errorCodes: string[];
}

const scope = new AsyncLocalStorage<RequestRecord>();

/** Runs the rest of a request's handling with its record in scope (log lines, metrics, errors read it). */
export function runInRequest<T>(record: RequestRecord, work: () => T): T {
  return scope.run(record, work);
}

/** The record of the request whose code is running, if any. */
export function currentRequest(): RequestRecord | undefined {
  return scope.getStore();
}
