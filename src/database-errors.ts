import { QueryFailedError } from "typeorm";
import type { DatabaseHealth } from "./database-health";
import { RetryableConflictError, ServiceUnavailableError, type AppError } from "./errors";

/** Seconds a client is asked to wait before retrying, per condition. */
export const RETRY_AFTER = { databaseAway: 2, busy: 1, timeout: 5, conflict: 1 } as const;

/** Socket errors of a connection that cannot be made or was lost. */
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN", "EPIPE", "ECONNABORTED"]);

/** TypeORM's errors for a statement on a transaction whose runner was released (its connection died). */
const RELEASED_UNDER_A_WRITE = new Set(["QueryRunnerAlreadyReleasedError", "QueryRunnerProviderAlreadyReleasedError", "TransactionNotStartedError"]);

/** What node-postgres says, without a SQLSTATE, when a connection dies or cannot be made in time. */
const LOST_CONNECTION = /Connection terminated|connection error and is not queryable|Client was closed|Connection refused|the database system is (shutting down|starting up|in recovery mode)/i;
const POOL_TIMEOUT = /timeout exceeded when trying to connect/i;

interface DriverFailure {
  name?: string;
  code?: string;
  message: string;
}

/**
 * The error and the ones it wraps: TypeORM wraps pg's errors, pg wraps socket errors in `cause`.
 * Read by shape, not `instanceof Error`: socket errors come from Node's own realm, which is not
 * the application's under a test runner's sandbox.
 */
function driverFailures(error: unknown): DriverFailure[] {
  const found: DriverFailure[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object" && typeof (current as Error).message === "string"; depth += 1) {
    const { name, code, message } = current as { name?: string; code?: unknown; message: string };
    found.push({ name, code: typeof code === "string" ? code : undefined, message });
    current = current instanceof QueryFailedError ? current.driverError : (current as { cause?: unknown }).cause;
  }
  return found;
}

/** SQLSTATE classes and codes (PostgreSQL, Appendix A) that mean "the database cannot serve now". */
function unavailableBySqlState(code: string): boolean {
  return code.startsWith("08") || ["57P01", "57P02", "57P03", "53000", "53100", "53200", "58000", "58030"].includes(code);
}

/**
 * Maps a failure of the database, not of the request, to a typed retryable error: 503
 * SERVICE_UNAVAILABLE while it is away, busy or too slow, CONFLICT for a lost race (lock wait,
 * deadlock, serialisation). Returns undefined for anything else. A lost connection also marks the
 * database as away (`health`, when given), which logs one line and makes further requests fail
 * fast until a probe finds it back (database-health.ts).
 */
export function databaseProblem(error: unknown, health?: DatabaseHealth): AppError | undefined {
  for (const { name, code, message } of driverFailures(error)) {
    if (code === "55P03") return new RetryableConflictError("LOCK_TIMEOUT", RETRY_AFTER.conflict);
    if (code === "40P01") return new RetryableConflictError("DEADLOCK", RETRY_AFTER.conflict);
    if (code === "40001") return new RetryableConflictError("SERIALIZATION_FAILURE", RETRY_AFTER.conflict);
    if (code === "57014" || code === "25P03") return new ServiceUnavailableError("STATEMENT_TIMEOUT", RETRY_AFTER.timeout);
    if (code === "53300" || POOL_TIMEOUT.test(message)) return new ServiceUnavailableError("POOL_EXHAUSTED", RETRY_AFTER.busy);
    if ((code && (NETWORK_CODES.has(code) || unavailableBySqlState(code))) || LOST_CONNECTION.test(message)) {
      health?.markDown(code ? `${code}: ${message}` : message);
      return new ServiceUnavailableError("DATABASE_UNAVAILABLE", RETRY_AFTER.databaseAway);
    }
    // TypeORM releases a transaction's runner when its connection dies; the next statement or the
    // COMMIT then fails this way, sometimes before any statement has reported the lost connection.
    // Only a lost connection explains it: mark the database away, and the probe finds out.
    if (RELEASED_UNDER_A_WRITE.has(name ?? "")) {
      health?.markDown(message);
      return new ServiceUnavailableError("DATABASE_UNAVAILABLE", RETRY_AFTER.databaseAway);
    }
  }
  return undefined;
}
