import { MAX_ALIASES, MAX_COST, MAX_DEPTH, MAX_DIRECTIVES } from "../src/limits";
import { startTestApp, type TestApp } from "./harness";

/**
 * Abusive operations are refused with QUERY_TOO_COMPLEX and HTTP 400 before any resolver runs,
 * whichever media type the client accepts (application/json as plain curl sends it, or
 * application/graphql-response+json).
 */
const ACCEPT = { accept: "application/graphql-response+json" };
describe("query limits", () => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp();
    token = await app.login("auditor.haiphong");
  });
  afterAll(() => app.close());

  const aliases = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(" ")} }`;
  const nested = (depth: number) => {
    let selection = "name";
    for (let i = 0; i < depth; i++) selection = `parent { ${selection} }`;
    return `{ organisations(first: 1) { edges { node { ${selection} } } } }`;
  };

  async function post(body: unknown, accept: Record<string, string> = ACCEPT): Promise<{ status: number; body: any }> {
    const response = await fetch(`${app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}`, ...accept },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  }

  const abuses: Array<[string, unknown]> = [
    ["2 000 aliases of a counted connection", { query: aliases(2_000, "documents(first: 1) { totalCount }") }],
    ["10 000 aliases of me", { query: aliases(10_000, "me { id }") }],
    ["a depth-50 query", { query: nested(50) }],
    ["a batch of 1 000 operations", Array.from({ length: 1_000 }, () => ({ query: "{ me { id } }" }))],
    ["a document of 1 000 operations", { query: Array.from({ length: 1_000 }, (_, i) => `query q${i} { me { id } }`).join("\n"), operationName: "q0" }],
    ["a cost bomb of full pages", { query: aliases(40, "organisations(first: 100) { edges { node { name parent { name } superior { name } } } }") }],
  ];

  const accepts: Array<[string, Record<string, string>]> = [
    ["application/graphql-response+json", ACCEPT],
    ["application/json", { accept: "application/json" }],
    ["no Accept header", {}],
  ];
  const cases = abuses.flatMap(([name, body]) => accepts.map(([media, accept]) => [name, media, body, accept] as const));

  it.each(cases)("refuses %s with HTTP 400 (%s) while normal queries keep succeeding", async (_name, _media, body, accept) => {
    const normal = () => app.gql(`{ me { username } }`, {}, { token });
    const [refused, ...others] = await Promise.all([post(body, accept), normal(), normal(), normal(), normal()]);
    expect(refused.status).toBe(400);
    if (!Array.isArray(body)) expect(refused.body.errors[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
    for (const other of others) expect(other.data.me.username).toBe("auditor.haiphong");
  });

  it("refuses each limit on its own: aliases, depth, directives and cost", async () => {
    const overAliases = await app.gql(aliases(MAX_ALIASES + 1, "me { id }"), {}, { token, headers: ACCEPT });
    const overDepth = await app.gql(nested(MAX_DEPTH), {}, { token, headers: ACCEPT });
    const directives = Array.from({ length: MAX_DIRECTIVES + 1 }, () => "@include(if: true)").join(" ");
    const overDirectives = await app.gql(`{ me { id ${directives} } }`, {}, { token, headers: ACCEPT });
    const page = `organisations(first: 100) { edges { node { name locality { name } } } }`;
    const underCost = await app.gql(aliases(5, page), {}, { token, headers: ACCEPT });
    expect(underCost.errors).toBeUndefined();
    const overCost = await app.gql(aliases(Math.ceil((MAX_COST / (underCost as any).extensions.cost) * 5) + 1, page), {}, { token, headers: ACCEPT });
    for (const result of [overAliases, overDepth, overDirectives, overCost]) {
      expect(result.status).toBe(400);
      expect(result.errors![0].extensions.code).toBe("QUERY_TOO_COMPLEX");
    }
    expect(overAliases.errors![0].message).toMatch(String(MAX_ALIASES));
  });

  it("reports the cost of a successful operation in extensions.cost, weighted by the page asked for", async () => {
    const small = (await post({ query: `{ organisations(first: 1) { edges { node { name } } } }` })).body;
    const large = (await post({ query: `{ organisations(first: 100) { edges { node { name } } } }` })).body;
    expect(small.errors).toBeUndefined();
    expect(small.extensions.cost).toBeGreaterThan(0);
    expect(large.extensions.cost).toBeGreaterThan(small.extensions.cost * 10);
  });
});

describe("query limits in production", () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp({ NODE_ENV: "production" })));
  afterAll(() => app.close());

  it("does not tell the client the limits", async () => {
    const result = await app.gql(`{ ${Array.from({ length: MAX_ALIASES + 1 }, (_, i) => `a${i}: __schema { queryType { name } }`).join(" ")} }`, {}, { headers: ACCEPT });
    expect(result.status).toBe(400);
    expect(result.errors![0].extensions.code).toBe("QUERY_TOO_COMPLEX");
    expect(result.errors![0].message).not.toMatch(/\d/);
  });
});
