import { randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import type { Actor } from "./auth/policy";
import { verifyToken } from "./auth/jwt";
import type { Config } from "./config";
import { UnauthenticatedError } from "./errors";
import { idempotencyScope, type IdempotencyScope } from "./idempotency";
import { createLoaders, type Loaders } from "./loaders";
import { loadActor } from "./modules/user/actor.loader";

export interface Context {
  requestId: string;
  config: Config;
  /**
   * Where this context's statements go: the pool for a request, the transaction's connection for
   * the context a write runs with (`inTransaction`).
   */
  db: EntityManager;
  /** Absent for anonymous requests, which may only log in. */
  actor?: Actor;
  loaders: Loaders;
  /** Present when the request carries an Idempotency-Key header (src/idempotency.ts). */
  idempotency?: IdempotencyScope;
  /** The client's address (behind a load balancer, as TRUST_PROXY lets Express read it): rate limits count by it. */
  clientAddress?: string;
}

/** A request id a client or proxy may send in X-Request-Id; anything else is replaced by a fresh one. */
export const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * Builds the context of one request. A token that is present but invalid (bad signature, wrong
 * algorithm, issuer or audience, expired) or names a disabled user rejects the whole request.
 */
export async function buildContext(options: {
  config: Config;
  dataSource: DataSource;
  authorization?: string;
  requestId?: string;
  /** The Idempotency-Key header and the request it keys (operation and variables). */
  idempotencyKey?: string;
  request?: unknown;
  clientAddress?: string;
}): Promise<Context> {
  const requestId = options.requestId && REQUEST_ID.test(options.requestId) ? options.requestId : randomUUID();
  let actor: Actor | undefined;
  if (options.authorization) {
    const match = /^Bearer ([A-Za-z0-9_.\-]+={0,2})$/.exec(options.authorization.trim());
    const claims = match ? verifyToken(options.config.jwt, match[1]) : undefined;
    actor = claims ? await loadActor(options.dataSource.manager, claims.sub) : undefined;
    if (!actor) throw new UnauthenticatedError();
  }
  const idempotency = idempotencyScope(options.idempotencyKey, options.request, options.config.idempotencyTtlSeconds);
  return { requestId, config: options.config, db: options.dataSource.manager, actor, loaders: createLoaders(options.dataSource.manager), idempotency, clientAddress: options.clientAddress };
}
