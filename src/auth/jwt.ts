import { createPrivateKey, createPublicKey, createSecretKey, type KeyObject } from "node:crypto";
import jwt from "jsonwebtoken";
import type { JwtConfig } from "../config";

interface JwtKeys {
  signing?: KeyObject;
  verifying: KeyObject;
}

const KEYS = new WeakMap<JwtConfig, JwtKeys>();

/**
 * The configured keys as KeyObjects, built once per configuration. Given a string, jsonwebtoken 9
 * first tries to parse an HS256 secret as a public key and fails, then builds a secret key, on every
 * call: a few percent of each request's CPU.
 */
function keysOf(config: JwtConfig): JwtKeys {
  let keys = KEYS.get(config);
  if (!keys) {
    keys =
      config.algorithm === "HS256"
        ? { signing: config.signingKey ? createSecretKey(Buffer.from(config.signingKey)) : undefined, verifying: createSecretKey(Buffer.from(config.verifyKey)) }
        : { signing: config.signingKey ? createPrivateKey(config.signingKey) : undefined, verifying: createPublicKey(config.verifyKey) };
    KEYS.set(config, keys);
  }
  return keys;
}

export interface TokenClaims {
  /** The user's database id. */
  sub: string;
  username: string;
}

/** Issues a short-lived token for a user; fails on verify-only instances (no signing key). */
export function signToken(config: JwtConfig, claims: TokenClaims): { token: string; expiresAt: Date } {
  const key = keysOf(config).signing;
  if (!key) throw new Error("This instance has no JWT signing key (JWT_PRIVATE_KEY is not set)");
  const token = jwt.sign({ username: claims.username }, key, {
    algorithm: config.algorithm,
    subject: claims.sub,
    issuer: config.issuer,
    audience: config.audience,
    expiresIn: config.ttlSeconds,
  });
  return { token, expiresAt: new Date(Date.now() + config.ttlSeconds * 1000) };
}

/**
 * Verifies signature, algorithm (pinned to the configured one: never `none`, never HS256 with an
 * RSA public key), issuer, audience and expiry. Returns undefined for any invalid token.
 */
export function verifyToken(config: JwtConfig, token: string): TokenClaims | undefined {
  try {
    const payload = jwt.verify(token, keysOf(config).verifying, {
      algorithms: [config.algorithm],
      issuer: config.issuer,
      audience: config.audience,
      maxAge: config.ttlSeconds + 60,
    });
    if (typeof payload !== "object" || typeof payload.exp !== "number" || typeof payload.sub !== "string") return undefined;
    return { sub: payload.sub, username: String(payload.username ?? "") };
  } catch {
    return undefined;
  }
}
