import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { GraphQLError, ValidationContext, ValidationRule } from "graphql";
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import { QueryTooComplexError } from "./errors";

/** Bounds of one operation (README, API conventions: depth, aliases, tokens, cost and batch size are bounded). */
export const MAX_DEPTH = 12;
export const MAX_ALIASES = 50;
export const MAX_DIRECTIVES = 20;
/** Lexical tokens of a document: the parser stops there, so a huge document costs almost nothing. */
export const MAX_TOKENS = 4_000;
export const MAX_COST = 20_000;
/** What one list field costs before its page: it is at least one SQL statement (and a count). */
export const LIST_BASE_COST = 10;
/** Page size assumed for a connection asked without `first` (pagination.ts's default). */
const DEFAULT_PAGE = 20;

/**
 * A connection costs its base plus its children times the page size asked for (`first`), so
 * `documents(first: 100) { edges { node { ... } } }` weighs a hundred times its node.
 */
const pageAwareEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  const isConnection = /Connection!?$/.test(String(field.type));
  if (typeof args.first === "number") return LIST_BASE_COST + childComplexity * Math.max(1, args.first);
  return isConnection ? LIST_BASE_COST + childComplexity * DEFAULT_PAGE : 1 + childComplexity;
};

export interface QueryLimits {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin[];
  parseOptions: { maxTokens: number };
}

/**
 * Depth, aliases and directives come from graphql-armor, tokens from graphql-js's parser; the cost
 * is weighed here by page size (armor's cost limit counts every field once, whatever `first` says). Each refusal is a
 * QUERY_TOO_COMPLEX with HTTP 400 before any resolver runs; `exposeLimits` adds the numbers to the
 * message (never in production, where they would help an attacker tune a query).
 */
export function createQueryLimits(options: { exposeLimits: boolean; fieldSuggestions: boolean }): QueryLimits {
  const { exposeLimits } = options;
  const reject =
    (limit: string) =>
    (context: ValidationContext | null, error: GraphQLError): void => {
      const refusal = new QueryTooComplexError(exposeLimits ? error.message.replace(/^Syntax Error: /, "") : limit);
      if (context) context.reportError(refusal);
      else throw refusal;
    };
  const common = (limit: string) => ({ exposeLimits, propagateOnRejection: false, onReject: [reject(limit)] });
  const armor = new ApolloArmor({
    maxDepth: { n: MAX_DEPTH, ignoreIntrospection: true, flattenFragments: true, ...common("depth") },
    maxAliases: { n: MAX_ALIASES, ...common("aliases") },
    maxDirectives: { n: MAX_DIRECTIVES, ...common("directives") },
    // graphql-js's own parser limit instead (armor's copy of it throws from a plugin hook: HTTP 500).
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    // "Did you mean ...?" spells out the schema to whoever probes it (FIELD_SUGGESTIONS, off in production).
    blockFieldSuggestion: { enabled: !options.fieldSuggestions, mask: "" },
  }).protect();
  return { validationRules: armor.validationRules, plugins: [...armor.plugins, tokensPlugin({ exposeLimits }), costPlugin({ exposeLimits })], parseOptions: { maxTokens: MAX_TOKENS } };
}

// graphql-js 16 words it "more that N tokens".
const TOO_MANY_TOKENS = /^Syntax Error: Document contains more tha[nt] \d+ tokens/;

/** The parser's refusal of a document over MAX_TOKENS is a limit like the others: QUERY_TOO_COMPLEX, not a syntax error. */
function tokensPlugin(options: { exposeLimits: boolean }): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            if (error.extensions.code !== "GRAPHQL_PARSE_FAILED" || !TOO_MANY_TOKENS.test(error.message)) continue;
            const refusal = new QueryTooComplexError(options.exposeLimits ? `more than ${MAX_TOKENS} tokens` : "tokens");
            // Apollo formats the errors it handed to this hook: rewrite this one in place.
            Object.assign(error, { message: refusal.message, extensions: { ...error.extensions, ...refusal.extensions } });
          }
        },
      };
    },
  };
}

/** The estimated cost of an operation, refused above MAX_COST and reported in `extensions.cost`. */
function costPlugin(options: { exposeLimits: boolean }): ApolloServerPlugin {
  return {
    async requestDidStart() {
      let cost: number | undefined;
      return {
        async didResolveOperation({ request, document, schema, response }) {
          let estimate: number;
          try {
            estimate = getComplexity({ schema, query: document, operationName: request.operationName, variables: request.variables, estimators: [pageAwareEstimator] });
          } catch {
            // Variables that do not fit their types: execution refuses them with BAD_USER_INPUT.
            return;
          }
          if (estimate > MAX_COST) {
            response.http.status = 400;
            throw new QueryTooComplexError(options.exposeLimits ? `cost ${estimate} > ${MAX_COST}` : "cost");
          }
          cost = estimate;
        },
        async willSendResponse({ response }) {
          if (cost === undefined || response.body.kind !== "single") return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost };
        },
      };
    },
  };
}
