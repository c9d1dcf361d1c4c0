import { GraphQLError } from "graphql";

/** Codes every client may rely on (DESIGN.md, API conventions). */
export type ErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "BAD_USER_INPUT"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "QUERY_TOO_COMPLEX"
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

export class ForbiddenError extends AppError {
  constructor(en = "You are not allowed to do this") {
    super("FORBIDDEN", "Không có quyền thực hiện thao tác này", en);
  }
}

/** Also used for records outside the caller's scope, so that their existence does not leak. */
export class NotFoundError extends AppError {
  constructor(entity: string) {
    super("NOT_FOUND", `Không tìm thấy ${entity}`, `${entity} not found`, { entity });
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
    `${entity} đã được người khác thay đổi (phiên bản hiện tại ${actual})`,
    `${entity} was changed by someone else (expected version ${expected}, current ${actual})`,
    { expectedVersion: expected, currentVersion: actual },
  );
}

export class QueryTooComplexError extends AppError {
  constructor(detail: string) {
    super("QUERY_TOO_COMPLEX", `Truy vấn quá phức tạp (${detail})`, `Query too complex (${detail})`);
  }
}
