import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";

/** One generated request: an operation, its variables, and what was spoiled where. */
export interface BadInput {
  kind: BadKind;
  operation: string;
  /** Argument or input field that holds the bad value (`input.title`). */
  field: string;
  query: string;
  variables: Record<string, unknown>;
}

export type BadKind = "nul" | "lone-surrogate" | "deep" | "huge-number" | "wrong-type" | "inline-nul" | "long-text";

/** Real ids to put where a field's name says what it points at, so requests get past look-ups. */
export type IdFor = (fieldName: string) => string;

const SCALAR_SAMPLE: Record<string, unknown> = {
  String: "Kế hoạch thử", Int: 1, Float: 1.5, Boolean: false, LocalDate: "2026-03-01", DateTimeISO: "2026-03-01T00:00:00Z", JSONObject: {},
};

/**
 * The JSON text of a request: a value nested thousands of levels deep is written as text (the
 * test's own JSON.stringify would overflow its stack, which is the point of sending it).
 */
export function requestBody(input: BadInput): string {
  const body = JSON.stringify({ query: input.query, variables: input.variables });
  return body.replace(/"__deep_(\d+)__"/, (_, levels: string) => {
    const n = Number(levels);
    let open = "";
    let close = "";
    for (let i = 0; i < n; i++) {
      open += i % 2 ? "[" : '{"a":';
      close = (i % 2 ? "]" : "}") + close;
    }
    return `${open}"đáy"${close}`;
  });
}

const HUGE = [1e308, -1e308, 2 ** 63, 9007199254740993, 1e21, -2147483649];
const WRONG = [{ x: 1 }, [1, 2], true, "không phải số", 3.5, ""];

/**
 * A plausible value of every field of an input type, so that one spoiled leaf is the only problem;
 * optional fields of self-nesting inputs stop after a few levels.
 */
function sample(type: GraphQLInputType, name: string, idFor: IdFor, depth = 0): unknown {
  if (!isNonNullType(type) && depth > 3) return undefined;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [sample(inner.ofType, name, idFor, depth + 1)];
  if (isInputObjectType(inner)) {
    const entries = Object.values(inner.getFields()).map((f) => [f.name, sample(f.type, f.name, idFor, depth + 1)] as const);
    return Object.fromEntries(entries.filter(([, v]) => v !== undefined));
  }
  if (isEnumType(inner)) return inner.getValues()[0].value;
  if (inner.name === "ID") return idFor(name);
  return SCALAR_SAMPLE[inner.name] ?? "x";
}

/** Paths to every leaf (scalar or enum) of a sampled value, with the leaf's type. */
function leaves(type: GraphQLInputType, value: unknown, path: string[]): Array<{ path: string[]; type: GraphQLInputType }> {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return leaves(inner.ofType, (value as unknown[])[0], [...path, "0"]);
  if (isInputObjectType(inner)) {
    const fields = inner.getFields();
    return Object.entries(value as object).flatMap(([k, v]) => leaves(fields[k].type, v, [...path, k]));
  }
  return [{ path, type: inner }];
}

function setAt(root: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(root);
  let holder: any = copy;
  for (const key of path.slice(0, -1)) holder = holder[key];
  holder[path[path.length - 1]] = value;
  return copy;
}

/** A GraphQL literal of a sampled value (enums bare, strings JSON-escaped, which GraphQL reads alike). */
function literal(type: GraphQLInputType, value: unknown): string {
  if (isNonNullType(type)) return literal(type.ofType, value);
  if (isListType(type)) return `[${(value as unknown[]).map((v) => literal(type.ofType, v)).join(", ")}]`;
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    return `{ ${Object.entries(value as object).map(([k, v]) => `${k}: ${literal(fields[k].type, v)}`).join(", ")} }`;
  }
  if (isEnumType(type)) return String(value);
  if (isScalarType(type) && type.name === "JSONObject") return "{}";
  return JSON.stringify(value);
}

function selection(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  return isScalarType(named) || isEnumType(named) ? "" : " { __typename }";
}

/** Every root field that takes arguments: each mutation, and each query with filters or ids. */
function targets(schema: GraphQLSchema): Array<{ root: "query" | "mutation"; field: GraphQLField<unknown, unknown> }> {
  const of = (root: "query" | "mutation") => Object.values((root === "query" ? schema.getQueryType() : schema.getMutationType())?.getFields() ?? {}).filter((f) => f.args.length > 0).map((field) => ({ root, field }));
  return [...of("mutation"), ...of("query")];
}

/**
 * Walks the schema and spoils one leaf at a time of every argument of every mutation and
 * argument-taking query: NUL, a lone surrogate, a nesting thousands deep, huge numbers, wrong
 * types, NUL written inline in the document, very long text. Returns `count` requests, spread
 * evenly over operations and kinds.
 */
export function generateBadInputs(schema: GraphQLSchema, idFor: IdFor, count: number): BadInput[] {
  const all: BadInput[] = [];
  let turn = 0;
  for (const { root, field } of targets(schema)) {
    const args = field.args as readonly GraphQLArgument[];
    const header = args.map((a) => `$${a.name}: ${String(a.type)}`).join(", ");
    const call = args.map((a) => `${a.name}: $${a.name}`).join(", ");
    const query = `${root} Probe(${header}) { ${field.name}(${call})${selection(field)} }`;
    const base = Object.fromEntries(args.map((a) => [a.name, sample(a.type, a.name, idFor)]));
    args.forEach((arg) => {
      for (const leaf of leaves(arg.type, base[arg.name], [arg.name])) {
        const fieldName = leaf.path.join(".");
        const spoil = (kind: BadKind, value: unknown) => all.push({ kind, operation: field.name, field: fieldName, query, variables: setAt(base, leaf.path, value) });
        turn += 1;
        spoil("nul", `trước\u0000sau`);
        spoil("lone-surrogate", turn % 2 ? "a\uD800b" : "\uDC00");
        spoil("deep", `__deep_${3_000 + (turn % 5) * 1_000}__`);
        spoil("huge-number", HUGE[turn % HUGE.length]);
        spoil("wrong-type", WRONG[turn % WRONG.length]);
        if (turn % 3 === 0) spoil("long-text", "Nghị quyết ".repeat(50_000));
        const spoilt = setAt(base, leaf.path, "x\u0000y");
        const inlineArgs = args.map((a) => `${a.name}: ${literal(a.type, spoilt[a.name])}`).join(", ");
        if (isScalarType(leaf.type) && ["String", "ID"].includes(leaf.type.name)) {
          all.push({ kind: "inline-nul", operation: field.name, field: fieldName, query: `${root} { ${field.name}(${inlineArgs})${selection(field)} }`, variables: {} });
        }
      }
    });
  }
  if (all.length <= count) return all;
  const step = all.length / count;
  return Array.from({ length: count }, (_, i) => all[Math.floor(i * step)]);
}
