import type { NextFunction, Request, Response } from "express";
import type { ValidationRule } from "graphql";
import { BadUserInputError, type FieldProblem } from "./errors";
import { GRAPHQL_RESPONSE_JSON, responseHead, wantsGraphQLResponseJson } from "./http-status";

/** Deepest nesting of objects and arrays accepted in a request (real inputs nest a handful of levels). */
export const MAX_INPUT_DEPTH = 32;

/** Characters PostgreSQL cannot store in text: NUL, and UTF-16 surrogates without their other half. */
const NUL = /\u0000/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function textProblem(value: string): string | undefined {
  if (NUL.test(value)) return "chứa ký tự NUL (\\u0000) / contains a NUL character (\\u0000)";
  if (LONE_SURROGATE.test(value)) return "chứa ký tự Unicode không hợp lệ (nửa cặp thay thế) / contains an invalid Unicode character (lone surrogate)";
  return undefined;
}

/**
 * Checks and normalises a parsed request in place, without recursion (so no nesting can exhaust
 * the stack): every string becomes NFC (Vietnamese text is stored in NFC), and a string
 * PostgreSQL cannot store or a nesting deeper than MAX_INPUT_DEPTH is reported with its path
 * ("input.title", "input.sections.2.heading").
 */
export function normaliseInput(root: Record<string, unknown>, pathOf: (segments: string[]) => string): FieldProblem | undefined {
  const stack: Array<{ holder: Record<string, unknown> | unknown[]; segments: string[] }> = [{ holder: root, segments: [] }];
  while (stack.length > 0) {
    const { holder, segments } = stack.pop()!;
    if (segments.length > MAX_INPUT_DEPTH) {
      return { field: pathOf(segments.slice(0, 2)), message: `lồng nhau quá ${MAX_INPUT_DEPTH} cấp / nested deeper than ${MAX_INPUT_DEPTH} levels` };
    }
    for (const key of Object.keys(holder)) {
      const value = (holder as Record<string, unknown>)[key];
      const at = [...segments, key];
      const keyProblem = textProblem(key);
      if (keyProblem) return { field: pathOf(segments), message: keyProblem };
      if (typeof value === "string") {
        const problem = textProblem(value);
        if (problem) return { field: pathOf(at), message: problem };
        (holder as Record<string, unknown>)[key] = value.normalize("NFC");
      } else if (value && typeof value === "object") {
        stack.push({ holder: value as Record<string, unknown>, segments: at });
      }
    }
  }
  return undefined;
}

/** `variables.input.title` is reported as `input.title`, the way validation names fields. */
function fieldPath(segments: string[]): string {
  const named = segments[0] === "variables" ? segments.slice(1) : segments;
  return named.length ? named.join(".") : segments[0] ?? "body";
}

/** GET carries variables and extensions as JSON text: check their values, not their escapes. */
function normaliseQueryString(query: Record<string, unknown>): FieldProblem | undefined {
  for (const key of ["variables", "extensions"]) {
    if (typeof query[key] !== "string") continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(query[key] as string);
    } catch {
      continue; // Apollo Server answers malformed JSON with 400.
    }
    if (!parsed || typeof parsed !== "object") continue;
    const problem = normaliseInput({ [key]: parsed }, fieldPath);
    if (problem) return problem;
    query[key] = JSON.stringify((parsed as unknown));
  }
  return normaliseInput(query, fieldPath);
}

/** Answers a refused request the way the request pipeline would: BAD_USER_INPUT, status per media type. */
function refuse(req: Request, res: Response, problem: FieldProblem): void {
  const error = new BadUserInputError([problem]);
  const graphqlResponseJson = wantsGraphQLResponseJson(req.headers.accept);
  const errors = [{ message: error.message, extensions: error.extensions }];
  res.status(responseHead({ errors, data: "absent", graphqlResponseJson }).status);
  res.type(`${graphqlResponseJson ? GRAPHQL_RESPONSE_JSON : "application/json"}; charset=utf-8`).send(JSON.stringify({ errors }));
}

/** Express middleware in front of /graphql: one place where every string of a request is checked and normalised. */
export function normaliseRequest(req: Request, res: Response, next: NextFunction): void {
  let problem: FieldProblem | undefined;
  if (req.body && typeof req.body === "object" && !Array.isArray(req.body)) problem = normaliseInput(req.body, fieldPath);
  if (!problem && req.method === "GET" && req.query) {
    const query = { ...req.query } as Record<string, unknown>;
    problem = normaliseQueryString(query);
    Object.defineProperty(req, "query", { value: query, writable: true });
  }
  if (problem) return refuse(req, res, problem);
  next();
}

/**
 * The same check for strings written inline in the document (`title: "a\u0000b"`): a validation
 * rule, so the operation is refused before it runs, naming the argument or input field.
 */
export const storableTextRule: ValidationRule = (context) => {
  const names: string[] = [];
  const enter = (node: { name: { value: string } }) => void names.push(node.name.value);
  const leave = () => void names.pop();
  // A value inside a list literal sits at a numeric key: its index is part of the field's path.
  const enterItem = (_node: unknown, key: string | number | undefined) => void (typeof key === "number" && names.push(String(key)));
  const leaveItem = (_node: unknown, key: string | number | undefined) => void (typeof key === "number" && names.pop());
  return {
    Argument: { enter, leave },
    ObjectField: { enter, leave },
    ObjectValue: { enter: enterItem, leave: leaveItem },
    ListValue: { enter: enterItem, leave: leaveItem },
    StringValue(node, key) {
      const problem = textProblem(node.value);
      const field = [...names, ...(typeof key === "number" ? [String(key)] : [])].join(".") || "query";
      if (problem) context.reportError(new BadUserInputError([{ field, message: problem }]));
    },
  };
};
