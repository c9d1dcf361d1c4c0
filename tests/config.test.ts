import { ConfigError, loadConfig, parseDuration } from "../src/config";

describe("configuration", () => {
  it("uses safe defaults in development and says when it generated a secret", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ nodeEnv: "development", port: 4000, generatedSecret: true, demoPassword: "demo-2026" });
    expect(config.jwt).toMatchObject({ algorithm: "HS256", issuer: "nq57-api", audience: "nq57-clients", ttlSeconds: 900 });
  });

  it("makes a missing secret fatal in production", () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(/JWT_SECRET or JWT_PUBLIC_KEY/);
  });

  it("lists every bad value at once", () => {
    try {
      loadConfig({ PORT: "eighty", NODE_ENV: "staging", LOG_LEVEL: "loud", JWT_TTL: "forever", DATABASE_URL: "mysql://x", JWT_SECRET: "short" });
      throw new Error("expected a ConfigError");
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems.map((p) => p.split(" ")[0])).toEqual(["NODE_ENV", "LOG_LEVEL", "DATABASE_URL", "PORT", "JWT_TTL", "JWT_SECRET"]);
    }
  });

  it("chooses RS256 when keys are given and refuses mixing both kinds", () => {
    const keys = { JWT_PUBLIC_KEY: "-----BEGIN PUBLIC KEY-----\\nabc\\n-----END PUBLIC KEY-----" };
    expect(loadConfig(keys).jwt).toMatchObject({ algorithm: "RS256", signingKey: undefined });
    expect(loadConfig(keys).jwt.verifyKey).toContain("\nabc\n");
    expect(() => loadConfig({ ...keys, JWT_SECRET: "x".repeat(40) })).toThrow(/not both/);
  });

  it("loads demo data by default except in production, where it needs an explicit password", () => {
    const secret = { JWT_SECRET: "x".repeat(40) };
    expect(loadConfig({}).demoData).toBe(true);
    expect(loadConfig({ NODE_ENV: "production", ...secret }).demoData).toBe(false);
    expect(() => loadConfig({ NODE_ENV: "production", ...secret, DEMO_DATA: "true" })).toThrow(/DEMO_PASSWORD is required/);
    expect(loadConfig({ NODE_ENV: "production", ...secret, DEMO_DATA: "true", DEMO_PASSWORD: "a-long-pass" }).demoData).toBe(true);
    expect(() => loadConfig({ DEMO_DATA: "yes" })).toThrow(/DEMO_DATA must be true or false/);
  });

  it("reads durations", () => {
    expect([parseDuration("900"), parseDuration("15m"), parseDuration("2h"), parseDuration("1d"), parseDuration("0"), parseDuration("soon")]).toEqual([900, 900, 7200, 86400, undefined, undefined]);
  });
});
