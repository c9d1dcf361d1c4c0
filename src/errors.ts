import { GraphQLError } from "graphql";
import { entityVi, forbiddenVi } from "./messages-vi";

/** Codes every client may rely on (README, API conventions). */
export type ErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "BAD_USER_INPUT"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "QUERY_TOO_COMPLEX"
  | "SERVICE_UNAVAILABLE"
  | "INTERNAL_SERVER_ERROR";

/** A field that failed validation: its path in the input and why, in both languages. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** Base class: a bilingual message ("Vietnamese / English") and extensions.code. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, vi: string, en: string, extensions: Record<string, unknown> = {}) {
    super(`${vi} / ${en}`, { extensions: { code, ...extensions } });
  }
}

export class UnauthenticatedError extends AppError {
  constructor() {
    super("UNAUTHENTICATED", "Chưa xác thực hoặc phiên đăng nhập không hợp lệ", "Not authenticated or invalid credentials");
  }
}

/** The reason in both languages: Vietnamese as given, else from src/messages-vi.ts by the English text. */
export class ForbiddenError extends AppError {
  constructor(en = "You are not allowed to do this", vi: string | null = forbiddenVi(en)) {
    super("FORBIDDEN", vi ?? "Không có quyền thực hiện thao tác này", en);
  }
}

/** Also used for records outside the caller's scope, so that their existence does not leak. */
export class NotFoundError extends AppError {
  constructor(entity: string) {
    super("NOT_FOUND", `Không tìm thấy ${entityVi(entity)}`, `${entity} not found`, { entity });
  }
}

export class BadUserInputError extends AppError {
  constructor(fields: FieldProblem[]) {
    const summary = fields.map((f) => `${f.field}: ${f.message}`).join("; ");
    super("BAD_USER_INPUT", "Dữ liệu không hợp lệ", `Invalid input: ${summary}`, { fields });
  }
}

export function badInput(field: string, message: string): BadUserInputError {
  return new BadUserInputError([{ field, message }]);
}

export class ConflictError extends AppError {
  constructor(vi: string, en: string, extensions: Record<string, unknown> = {}) {
    super("CONFLICT", vi, en, extensions);
  }
}

export function staleVersion(entity: string, expected: number, actual: number): ConflictError {
  return new ConflictError(
    `${entityVi(entity).replace(/^./, (c) => c.toUpperCase())} đã được người khác thay đổi (phiên bản hiện tại ${actual})`,
    `${entity} was changed by someone else (expected version ${expected}, current ${actual})`,
    { expectedVersion: expected, currentVersion: actual },
  );
}

export class QueryTooComplexError extends AppError {
  constructor(detail: string) {
    super("QUERY_TOO_COMPLEX", `Truy vấn quá phức tạp (${detail})`, `Query too complex (${detail})`);
  }
}

/** Why a request could not be served for now; every one of them is worth retrying. */
export type UnavailableReason = "DATABASE_UNAVAILABLE" | "POOL_EXHAUSTED" | "STATEMENT_TIMEOUT";

const UNAVAILABLE_TEXT: Record<UnavailableReason, [string, string]> = {
  DATABASE_UNAVAILABLE: ["Cơ sở dữ liệu tạm thời không truy cập được, vui lòng thử lại sau", "The database is temporarily unreachable; retry later"],
  POOL_EXHAUSTED: ["Hệ thống đang quá tải, vui lòng thử lại sau", "The service is busy (no database connection free); retry later"],
  STATEMENT_TIMEOUT: ["Yêu cầu xử lý quá lâu và đã bị dừng, vui lòng thử lại sau", "The request took too long and was stopped; retry later"],
};

/** The service cannot answer now (database away, pool full, statement cut short): HTTP 503 with Retry-After. */
export class ServiceUnavailableError extends AppError {
  constructor(reason: UnavailableReason, retryAfterSeconds: number) {
    const [vi, en] = UNAVAILABLE_TEXT[reason];
    super("SERVICE_UNAVAILABLE", vi, en, { reason, retryable: true, retryAfterSeconds });
  }
}

/** Why a write lost to a concurrent one; retrying the same request is expected to succeed. */
export type RetryableConflictReason = "LOCK_TIMEOUT" | "DEADLOCK" | "SERIALIZATION_FAILURE";

/** A write that lost a race for a lock or a serialisable snapshot: nothing was changed; retry it. */
export class RetryableConflictError extends ConflictError {
  constructor(reason: RetryableConflictReason, retryAfterSeconds: number) {
    super(
      "Dữ liệu đang được người khác thay đổi cùng lúc, chưa có gì được ghi; vui lòng gửi lại yêu cầu",
      "The data was being changed by another request at the same time; nothing was written, retry the request",
      { reason, retryable: true, retryAfterSeconds },
    );
  }
}
