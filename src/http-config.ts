import { isIP } from "node:net";
import type { NodeEnv } from "./config";

/** What the API lets callers do at the HTTP edge; production defaults are the closed ones. */
export interface HttpConfig {
  /** Origins whose browsers may call the API; "*" allows any (development only by default). */
  corsOrigins: string[] | "*";
  /** Answer __schema / __type queries (off in production unless INTROSPECTION=true). */
  introspection: boolean;
  /** "Did you mean ...?" in validation errors (off in production: it spells out the schema). */
  fieldSuggestions: boolean;
  /** Largest request body, as Express reads it ("16mb"). */
  bodyLimit: string;
  /** Express's `trust proxy`: which X-Forwarded-For hops to believe when reading the client's address. */
  trustProxy: boolean | number | string[];
}

/** Requests allowed per window, counted in PostgreSQL so that every instance sees the same counts. */
export interface RateLimitConfig {
  /** Per signed-in user; 0 turns the limit off. */
  perUser: number;
  /** Per client address (every request, signed in or not); 0 turns the limit off. */
  perAddress: number;
  windowSeconds: number;
}

const ORIGIN = /^https?:\/\/[^/\s]+$/;
const PROXY_NAMES = ["loopback", "linklocal", "uniquelocal"];

/** "true" or "false"; anything else is a problem and keeps the fallback. */
export function parseBoolean(name: string, raw: string | undefined, fallback: boolean, problems: string[]): boolean {
  if (raw === undefined || raw === "") return fallback;
  if (raw !== "true" && raw !== "false") problems.push(`${name} must be true or false (got "${raw}")`);
  return raw === "true" || (raw !== "false" && fallback);
}

function count(name: string, raw: string | undefined, fallback: number, problems: string[]): number {
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    problems.push(`${name} must be a whole number, 0 for no limit (got "${raw}")`);
    return fallback;
  }
  return value;
}

function trustProxy(raw: string | undefined, problems: string[]): HttpConfig["trustProxy"] {
  if (!raw || raw === "false") return false;
  if (raw === "true") return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  const entries = raw.split(",").map((entry) => entry.trim()).filter(Boolean);
  const bad = entries.filter((entry) => !PROXY_NAMES.includes(entry) && !isIP(entry.split("/")[0]));
  if (bad.length) problems.push(`TRUST_PROXY must be true, false, a number of hops or addresses/subnets such as 10.0.0.0/8 or loopback (got "${bad.join(", ")}")`);
  return entries;
}

/** Reads the HTTP edge settings; problems are added to the list loadConfig reports together. */
export function loadHttpConfig(env: NodeJS.ProcessEnv, nodeEnv: NodeEnv, problems: string[]): { http: HttpConfig; rateLimit: RateLimitConfig } {
  const production = nodeEnv === "production";
  let corsOrigins: HttpConfig["corsOrigins"] = production ? [] : "*";
  if (env.CORS_ORIGINS) {
    const origins = env.CORS_ORIGINS.split(",").map((origin) => origin.trim()).filter(Boolean);
    const bad = origins.filter((origin) => origin !== "*" && !ORIGIN.test(origin));
    if (bad.length) problems.push(`CORS_ORIGINS must be * or origins such as https://app.example.vn, comma-separated (got "${bad.join(", ")}")`);
    corsOrigins = origins.includes("*") ? "*" : origins;
  }
  const bodyLimit = env.BODY_LIMIT || "16mb";
  if (!/^\d+(b|kb|mb)$/i.test(bodyLimit)) problems.push(`BODY_LIMIT must be a size such as 512kb or 16mb (got "${env.BODY_LIMIT}")`);
  const windowSeconds = Number(env.RATE_LIMIT_WINDOW || 60);
  if (!Number.isInteger(windowSeconds) || windowSeconds < 1) problems.push(`RATE_LIMIT_WINDOW must be a number of seconds (got "${env.RATE_LIMIT_WINDOW}")`);
  return {
    http: {
      corsOrigins,
      introspection: parseBoolean("INTROSPECTION", env.INTROSPECTION, !production, problems),
      fieldSuggestions: parseBoolean("FIELD_SUGGESTIONS", env.FIELD_SUGGESTIONS, !production, problems),
      bodyLimit,
      trustProxy: trustProxy(env.TRUST_PROXY, problems),
    },
    rateLimit: {
      perUser: count("RATE_LIMIT_PER_USER", env.RATE_LIMIT_PER_USER, 600, problems),
      perAddress: count("RATE_LIMIT_PER_ADDRESS", env.RATE_LIMIT_PER_ADDRESS, 3000, problems),
      windowSeconds: Number.isInteger(windowSeconds) && windowSeconds >= 1 ? windowSeconds : 60,
    },
  };
}
