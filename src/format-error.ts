import type { GraphQLFormattedError } from "graphql";
import { GraphQLError, Kind, parse, visit, type ASTNode } from "graphql";
import type { ValidationError } from "class-validator";
import { QueryFailedError } from "typeorm";
import { databaseProblem } from "./database-errors";
import type { DatabaseHealth } from "./database-health";
import { AppError, BadUserInputError, ConflictError, type FieldProblem } from "./errors";
import { logger } from "./logger";
import { graphqlVi, valueProblem } from "./messages-vi";

function flatten(errors: ValidationError[], prefix = ""): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Names the argument or input field (`input.bloc`) around the position a validation error points at. */
function fieldAt(error: GraphQLError): string | undefined {
  const location = error.locations?.[0];
  const body = error.source?.body;
  if (!location || !body) return undefined;
  const lines = body.split("\n");
  const offset = lines.slice(0, location.line - 1).reduce((sum, line) => sum + line.length + 1, 0) + location.column - 1;
  let found: string | undefined;
  const names: string[] = [];
  visit(parse(body), {
    enter(node: ASTNode) {
      if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) names.push(node.name.value);
      if (!found && node.loc && node.loc.start === offset && names.length) found = names.join(".");
    },
    leave(node: ASTNode) {
      if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) names.pop();
    },
  });
  return found;
}

const VALUE_PROBLEM = /does not exist in ".*" enum|cannot represent|Expected value of type|Expected type|is not defined by type|of required type|is not a valid/;

function badInputFrom(error: GraphQLError, message: string): GraphQLFormattedError {
  const variablePath = /at "([^"]+)"/.exec(message)?.[1] ?? /Variable "\$([^"]+)"/.exec(message)?.[1];
  const literalField = /Field "([^"]+)" of required type/.exec(message)?.[1] ?? /Field "([^"]+)" is not defined/.exec(message)?.[1];
  const field = variablePath ?? fieldAt(error) ?? literalField ?? "input";
  const wrapped = new BadUserInputError([{ field, message: valueProblem(message) }]);
  return { message: wrapped.message, locations: error.locations, path: error.path, extensions: wrapped.extensions };
}

function fromDatabase(error: QueryFailedError): AppError | undefined {
  const driverError = error.driverError as { code?: string; constraint?: string; detail?: string };
  if (driverError.code === "23505") {
    return new ConflictError("Bản ghi đã tồn tại", `A record with the same identity already exists (${driverError.constraint})`, { constraint: driverError.constraint });
  }
  // Class 22 (data exception): a value the client sent that PostgreSQL cannot take (out of range, bad text, ...).
  if (driverError.code?.startsWith("22")) {
    return new BadUserInputError([{ field: "input", message: "giá trị không hợp lệ / invalid value" }]);
  }
  return undefined;
}

/** The error under Apollo's and graphql-js's wrappers (resolver, context creation, validation). */
function rootCause(raw: unknown): unknown {
  let error = raw;
  while (error instanceof GraphQLError && error.originalError && error.originalError !== error) error = error.originalError;
  return error;
}

/**
 * The typed error a client gets for a failure that is not a bug: an AppError as thrown, or a
 * database condition (away, busy, timed out, lost a race, refused a value). Used for resolver
 * errors and for errors thrown while the request's context is built.
 */
export function knownError(raw: unknown, health?: DatabaseHealth): AppError | undefined {
  const error = rootCause(raw);
  if (error instanceof AppError) return error;
  const retryable = databaseProblem(error, health);
  if (retryable) return retryable;
  if (error instanceof QueryFailedError) return fromDatabase(error);
  return undefined;
}

/** Extensions as sent: `http` is Apollo's instruction for the response head, not for the client. */
function publicExtensions(error: AppError): Record<string, unknown> {
  const { http: _http, ...extensions } = error.extensions;
  return extensions;
}

/**
 * The one place where errors become responses: known errors keep their code, input problems name
 * their field, anything unexpected is logged and masked as INTERNAL_SERVER_ERROR.
 */
export function createFormatError(options: { exposeStack: boolean; health?: DatabaseHealth }) {
  return (formatted: GraphQLFormattedError, raw: unknown): GraphQLFormattedError => {
    const known = knownError(raw, options.health);
    if (known) return { ...formatted, message: known.message, extensions: publicExtensions(known) };
    const error = rootCause(raw);
    if (error instanceof GraphQLError && (error.extensions?.validationErrors as ValidationError[] | undefined)) {
      const fields = flatten(error.extensions.validationErrors as ValidationError[]);
      const wrapped = new BadUserInputError(fields);
      return { ...formatted, message: wrapped.message, extensions: wrapped.extensions };
    }
    const code = formatted.extensions?.code;
    if (raw instanceof GraphQLError && (code === "BAD_USER_INPUT" || (code === "GRAPHQL_VALIDATION_FAILED" && VALUE_PROBLEM.test(formatted.message)))) {
      return badInputFrom(raw, formatted.message);
    }
    // graphql-js speaks English only: the Vietnamese half goes in front, as in every other message.
    if (code === "GRAPHQL_PARSE_FAILED" || code === "GRAPHQL_VALIDATION_FAILED") return { ...formatted, message: `${graphqlVi(formatted.message)} / ${formatted.message}` };
    if (typeof code === "string" && code !== "INTERNAL_SERVER_ERROR") return formatted;
    logger.error("Unexpected error", { error: error instanceof Error ? error.stack : String(error), path: formatted.path });
    return {
      message: "Lỗi hệ thống / Internal server error",
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: "INTERNAL_SERVER_ERROR", ...(options.exposeStack && error instanceof Error ? { stacktrace: error.stack?.split("\n") } : {}) },
    };
  };
}
