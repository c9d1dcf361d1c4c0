import type { ApolloServerPlugin } from "@apollo/server";
import { RateLimiterRes, type RateLimiterPostgres } from "rate-limiter-flexible";
import type { DataSource } from "typeorm";
import type { RateLimitConfig } from "./http-config";
import type { Context } from "./context";
import { AppError } from "./errors";
import { createRateLimiter } from "./rate-limit-store";

/** Too many requests from one user or one address: RATE_LIMITED, HTTP 429 and Retry-After. */
export class TooManyRequestsError extends AppError {
  constructor(retryAfterSeconds: number) {
    super("RATE_LIMITED", `Quá nhiều yêu cầu, vui lòng thử lại sau ${retryAfterSeconds} giây`, `Too many requests; retry in ${retryAfterSeconds} s`, { retryAfterSeconds });
  }
}

/**
 * Counts every GraphQL request once its operation is known (after the query limits, before any
 * resolver): by client address always, and by user when signed in.
 */
export function rateLimitPlugin(dataSource: DataSource, config: RateLimitConfig): ApolloServerPlugin<Context> {
  const limiter = (keyPrefix: string, points: number) => (points > 0 ? createRateLimiter(dataSource, { keyPrefix, points, durationSeconds: config.windowSeconds }) : undefined);
  const byUser = limiter("user", config.perUser);
  const byAddress = limiter("address", config.perAddress);
  const consume = async (limit: RateLimiterPostgres | undefined, key: string | undefined) => {
    if (!limit || !key) return;
    try {
      await limit.consume(key);
    } catch (refusal) {
      // The library rejects with its result when the key is over the limit, with an Error when the store fails.
      if (refusal instanceof RateLimiterRes) throw new TooManyRequestsError(Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)));
      throw refusal;
    }
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, response }) {
          try {
            await consume(byAddress, contextValue.clientAddress);
            await consume(byUser, contextValue.actor?.userId);
          } catch (error) {
            if (error instanceof TooManyRequestsError) {
              response.http.status = 429;
              response.http.headers.set("retry-after", String(error.extensions.retryAfterSeconds));
            }
            throw error;
          }
        },
      };
    },
  };
}
