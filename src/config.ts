import { randomBytes } from "node:crypto";
import { loadHttpConfig, parseBoolean, type HttpConfig, type RateLimitConfig } from "./http-config";

/** Runtime environment; `production` makes every missing secret fatal. */
export type NodeEnv = "development" | "production" | "test";
export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";

export interface JwtConfig {
  algorithm: "HS256" | "RS256";
  /** Key used to sign tokens (HS256 secret or RS256 private key); absent on verify-only instances. */
  signingKey?: string;
  /** Key used to verify tokens (HS256 secret or RS256 public key). */
  verifyKey: string;
  issuer: string;
  audience: string;
  /** Token lifetime in seconds. */
  ttlSeconds: number;
}

export interface Config {
  nodeEnv: NodeEnv;
  port: number;
  databaseUrl?: string;
  /** Port of the embedded PostgreSQL started when no DATABASE_URL is given. */
  embeddedPostgresPort: number;
  dataDir: string;
  jwt: JwtConfig;
  pool: PoolConfig;
  /** How long an Idempotency-Key is remembered. */
  idempotencyTtlSeconds: number;
  logLevel: LogLevel;
  demoPassword: string;
  /** Load the demo data into an empty database at start (never by default in production). */
  demoData: boolean;
  /** True when a JWT secret was generated because none was configured (development only). */
  generatedSecret: boolean;
  /** Apply pending migrations at start; false where a release step runs `npm run migrate` first. */
  migrateOnStart: boolean;
  http: HttpConfig;
  rateLimit: RateLimitConfig;
}

/** Every wait on the database is bounded: a full pool, a held lock, a slow statement, an abandoned transaction. */
export interface PoolConfig {
  size: number;
  /** How long a request waits for a free connection before it is told to retry. */
  acquireTimeoutMs: number;
  statementTimeoutMs: number;
  lockTimeoutMs: number;
  idleInTransactionTimeoutMs: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join("\n  - ")}`);
    this.name = "ConfigError";
  }
}

const NODE_ENVS: NodeEnv[] = ["development", "production", "test"];
const LOG_LEVELS: LogLevel[] = ["debug", "info", "warn", "error", "silent"];

/** Parses "900", "15m", "2h", "1d" into seconds. */
export function parseDuration(value: string): number | undefined {
  const match = /^(\d+)\s*([smhd]?)$/.exec(value.trim());
  if (!match) return undefined;
  const unit = { "": 1, s: 1, m: 60, h: 3600, d: 86400 }[match[2] as "" | "s" | "m" | "h" | "d"];
  const seconds = Number(match[1]) * unit;
  return seconds > 0 ? seconds : undefined;
}

/** Parses "250ms", "5s", "2m" (or plain milliseconds) into milliseconds. */
export function parseMillis(value: string): number | undefined {
  const match = /^(\d+)\s*(ms|s|m)?$/.exec(value.trim());
  if (!match) return undefined;
  const millis = Number(match[1]) * { ms: 1, s: 1000, m: 60_000 }[(match[2] ?? "ms") as "ms" | "s" | "m"];
  return millis > 0 ? millis : undefined;
}

function loadPool(env: NodeJS.ProcessEnv, problems: string[]): PoolConfig {
  const millis = (name: string, fallback: string) => {
    const value = parseMillis(env[name] || fallback);
    if (value === undefined) problems.push(`${name} must be a duration such as 500ms, 5s or 1m (got "${env[name]}")`);
    return value ?? parseMillis(fallback)!;
  };
  const size = Number(env.DB_POOL_SIZE || 10);
  if (!Number.isInteger(size) || size < 1 || size > 500) problems.push(`DB_POOL_SIZE must be an integer from 1 to 500 (got "${env.DB_POOL_SIZE}")`);
  return {
    size: Number.isInteger(size) && size >= 1 ? size : 10,
    acquireTimeoutMs: millis("DB_ACQUIRE_TIMEOUT", "5s"),
    statementTimeoutMs: millis("DB_STATEMENT_TIMEOUT", "15s"),
    lockTimeoutMs: millis("DB_LOCK_TIMEOUT", "5s"),
    idleInTransactionTimeoutMs: millis("DB_IDLE_IN_TRANSACTION_TIMEOUT", "30s"),
  };
}

function parsePort(name: string, raw: string | undefined, fallback: number, problems: string[]): number {
  if (raw === undefined || raw === "") return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    problems.push(`${name} must be an integer between 0 and 65535 (got "${raw}")`);
    return fallback;
  }
  return port;
}

/** Accepts PEM keys written in one line with literal "\n" as environment variables often carry them. */
function pem(value: string | undefined): string | undefined {
  return value?.replace(/\\n/g, "\n");
}

function loadJwt(env: NodeJS.ProcessEnv, nodeEnv: NodeEnv, problems: string[]): { jwt: JwtConfig; generated: boolean } {
  const issuer = env.JWT_ISSUER || "nq57-api";
  const audience = env.JWT_AUDIENCE || "nq57-clients";
  const ttlSeconds = parseDuration(env.JWT_TTL || "15m");
  if (ttlSeconds === undefined) problems.push(`JWT_TTL must be a duration such as 900, 15m or 1h (got "${env.JWT_TTL}")`);
  const common = { issuer, audience, ttlSeconds: ttlSeconds ?? 900 };

  const publicKey = pem(env.JWT_PUBLIC_KEY);
  const privateKey = pem(env.JWT_PRIVATE_KEY);
  if (env.JWT_SECRET && (publicKey || privateKey)) {
    problems.push("set either JWT_SECRET (HS256) or JWT_PUBLIC_KEY/JWT_PRIVATE_KEY (RS256), not both");
  }
  if (publicKey || privateKey) {
    if (!publicKey) problems.push("JWT_PUBLIC_KEY is required with JWT_PRIVATE_KEY");
    if (publicKey && !publicKey.includes("BEGIN PUBLIC KEY")) problems.push("JWT_PUBLIC_KEY must be a PEM public key");
    if (privateKey && !/BEGIN (RSA )?PRIVATE KEY/.test(privateKey)) problems.push("JWT_PRIVATE_KEY must be a PEM private key");
    return { jwt: { ...common, algorithm: "RS256", signingKey: privateKey, verifyKey: publicKey ?? "" }, generated: false };
  }
  if (env.JWT_SECRET) {
    if (env.JWT_SECRET.length < 32) problems.push("JWT_SECRET must be at least 32 characters");
    return { jwt: { ...common, algorithm: "HS256", signingKey: env.JWT_SECRET, verifyKey: env.JWT_SECRET }, generated: false };
  }
  if (nodeEnv === "production") problems.push("JWT_SECRET or JWT_PUBLIC_KEY/JWT_PRIVATE_KEY is required in production");
  const secret = randomBytes(48).toString("base64url");
  return { jwt: { ...common, algorithm: "HS256", signingKey: secret, verifyKey: secret }, generated: true };
}

/** Reads and validates the environment once; throws ConfigError listing every bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const nodeEnv = (env.NODE_ENV || "development") as NodeEnv;
  if (!NODE_ENVS.includes(nodeEnv)) problems.push(`NODE_ENV must be one of ${NODE_ENVS.join(", ")} (got "${env.NODE_ENV}")`);
  const logLevel = (env.LOG_LEVEL || (nodeEnv === "test" ? "warn" : "info")) as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")} (got "${env.LOG_LEVEL}")`);
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push("DATABASE_URL must be a postgres:// or postgresql:// connection string");
  }
  const port = parsePort("PORT", env.PORT, 4000, problems);
  const embeddedPostgresPort = parsePort("EMBEDDED_PG_PORT", env.EMBEDDED_PG_PORT, 54329, problems);
  const { jwt, generated } = loadJwt(env, nodeEnv, problems);
  const pool = loadPool(env, problems);
  const idempotencyTtlSeconds = parseDuration(env.IDEMPOTENCY_TTL || "24h");
  if (idempotencyTtlSeconds === undefined) problems.push(`IDEMPOTENCY_TTL must be a duration such as 3600, 30m or 24h (got "${env.IDEMPOTENCY_TTL}")`);
  const demoPassword = env.DEMO_PASSWORD || "demo-2026";
  const demoData = env.DEMO_DATA ? env.DEMO_DATA === "true" : nodeEnv !== "production";
  if (env.DEMO_DATA && !["true", "false"].includes(env.DEMO_DATA)) problems.push(`DEMO_DATA must be true or false (got "${env.DEMO_DATA}")`);
  if (demoData && nodeEnv === "production" && !env.DEMO_PASSWORD) problems.push("DEMO_PASSWORD is required to load demo data in production");
  const migrateOnStart = parseBoolean("MIGRATE_ON_START", env.MIGRATE_ON_START, true, problems);
  const { http, rateLimit } = loadHttpConfig(env, nodeEnv, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    nodeEnv,
    port,
    databaseUrl,
    embeddedPostgresPort,
    dataDir: env.DATA_DIR || ".data",
    jwt,
    pool,
    idempotencyTtlSeconds: idempotencyTtlSeconds ?? 86_400,
    logLevel,
    demoPassword,
    demoData,
    generatedSecret: generated,
    migrateOnStart,
    http,
    rateLimit,
  };
}
