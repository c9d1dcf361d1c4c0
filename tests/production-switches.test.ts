import { ConfigError, loadConfig } from "../src/config";
import { startTestApp, type TestApp } from "./harness";

const INTROSPECTION = `{ __schema { queryType { name } } }`;
const MISSPELT = `{ mee { id } }`;

async function preflight(app: TestApp, origin: string): Promise<string | null> {
  const response = await fetch(`${app.url}/graphql`, { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type,authorization" } });
  return response.headers.get("access-control-allow-origin");
}

describe("production switches", () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp({ NODE_ENV: "production", CORS_ORIGINS: "https://app.example.vn", BODY_LIMIT: "2kb" })));
  afterAll(() => app.close());

  it("refuses introspection and hides field suggestions by default", async () => {
    const introspection = await app.gql(INTROSPECTION);
    expect(introspection.data).toBeUndefined();
    expect(introspection.errors![0].message).toMatch(/introspection/i);
    const misspelt = await app.gql(MISSPELT);
    expect(misspelt.errors![0].message).toMatch(/Cannot query field "mee"/);
    expect(misspelt.errors![0].message).not.toMatch(/Did you mean/);
  });

  it("answers CORS preflights for the configured origins only", async () => {
    expect(await preflight(app, "https://app.example.vn")).toBe("https://app.example.vn");
    expect(await preflight(app, "https://elsewhere.example")).toBeNull();
  });

  it("refuses a body over BODY_LIMIT with BAD_USER_INPUT", async () => {
    const result = await app.gql(`query($t: String) { __typename }`, { t: "x".repeat(4_000) });
    expect(result.status).toBe(413);
    expect(result.errors![0].extensions.code).toBe("BAD_USER_INPUT");
  });
});

describe("development defaults", () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp({ NODE_ENV: "development" })));
  afterAll(() => app.close());

  it("answers introspection, suggests fields and allows any origin", async () => {
    expect((await app.gql(INTROSPECTION)).data.__schema.queryType.name).toBe("Query");
    expect((await app.gql(MISSPELT)).errors![0].message).toMatch(/Did you mean "me"/);
    expect(await preflight(app, "http://localhost:5173")).toBe("http://localhost:5173");
  });
});

describe("configuration of the HTTP edge", () => {
  const base = { NODE_ENV: "production", JWT_SECRET: "x".repeat(40), DATABASE_URL: "postgres://u:p@db/nq57" };

  it("reports every bad value together", () => {
    let problems: string[] = [];
    try {
      loadConfig({ ...base, CORS_ORIGINS: "app.example.vn", TRUST_PROXY: "somewhere", BODY_LIMIT: "lots", INTROSPECTION: "yes", RATE_LIMIT_PER_USER: "-1" });
    } catch (error) {
      problems = (error as ConfigError).problems;
    }
    expect(problems.join("\n")).toMatch(/CORS_ORIGINS/);
    expect(problems.join("\n")).toMatch(/TRUST_PROXY/);
    expect(problems.join("\n")).toMatch(/BODY_LIMIT/);
    expect(problems.join("\n")).toMatch(/INTROSPECTION/);
    expect(problems.join("\n")).toMatch(/RATE_LIMIT_PER_USER/);
  });

  it("closes everything in production unless told otherwise", () => {
    expect(loadConfig(base).http).toEqual({ corsOrigins: [], introspection: false, fieldSuggestions: false, bodyLimit: "16mb", trustProxy: false });
    expect(loadConfig({ ...base, INTROSPECTION: "true", TRUST_PROXY: "10.0.0.0/8,loopback", CORS_ORIGINS: "https://a.example.vn, https://b.example.vn" }).http).toMatchObject({
      introspection: true,
      trustProxy: ["10.0.0.0/8", "loopback"],
      corsOrigins: ["https://a.example.vn", "https://b.example.vn"],
    });
  });
});
