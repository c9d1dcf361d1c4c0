import jwt from "jsonwebtoken";
import type { JwtConfig } from "../config";

export interface TokenClaims {
  /** The user's database id. */
  sub: string;
  username: string;
}

/** Issues a short-lived token for a user; fails on verify-only instances (no signing key). */
export function signToken(config: JwtConfig, claims: TokenClaims): { token: string; expiresAt: Date } {
  if (!config.signingKey) throw new Error("This instance has no JWT signing key (JWT_PRIVATE_KEY is not set)");
  const token = jwt.sign({ username: claims.username }, config.signingKey, {
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
    const payload = jwt.verify(token, config.verifyKey, {
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
