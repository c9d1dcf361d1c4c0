import type { ApolloServerPlugin } from "@apollo/server";
import depthLimit from "graphql-depth-limit";
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import { QueryTooComplexError } from "./errors";

export const MAX_DEPTH = 12;
export const MAX_COST = 20_000;

/** A list costs its children times the page size asked for (default page size for connections). */
const pageAwareEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  const pageSize = typeof args.first === "number" ? args.first : /Connection$/.test(String(field.type).replace(/!$/, "")) ? 20 : 1;
  return 1 + childComplexity * Math.max(1, pageSize);
};

export const depthRule = depthLimit(MAX_DEPTH);

/** Refuses operations whose estimated cost exceeds MAX_COST before any resolver runs. */
export function costLimitPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName,
              variables: request.variables,
              estimators: [pageAwareEstimator],
            });
          } catch {
            // Variables that do not fit their types: execution refuses them with BAD_USER_INPUT.
            return;
          }
          if (cost > MAX_COST) throw new QueryTooComplexError(`cost ${cost} > ${MAX_COST}`);
        },
      };
    },
  };
}
