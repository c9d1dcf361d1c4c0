import { MAX_DEPTH } from "../src/limits";
import { startTestApp, type TestApp } from "./harness";

describe("HTTP surface", () => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp();
    token = await app.login("auditor.haiphong");
  });
  afterAll(() => app.close());

  it("answers GET /healthz with 200 when the database is reachable", async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("serves queries over GET as well as POST", async () => {
    const query = encodeURIComponent("{ me { username } }");
    const response = await fetch(`${app.url}/graphql?query=${query}`, { headers: { authorization: `Bearer ${token}`, "apollo-require-preflight": "true" } });
    expect(((await response.json()) as any).data.me.username).toBe("auditor.haiphong");
  });

  it("refuses a query nested deeper than the limit with QUERY_TOO_COMPLEX", async () => {
    let selection = "name";
    for (let i = 0; i < MAX_DEPTH; i++) selection = `parent { ${selection} }`;
    const result = await app.gql(`{ organisations { edges { node { ${selection} } } } }`, {}, { token });
    expect(result.errors![0].extensions.code).toBe("QUERY_TOO_COMPLEX");
  });

  it("refuses a query whose estimated cost is too high with QUERY_TOO_COMPLEX", async () => {
    const inner = `organisations(first: 100) { edges { node { name locality { name } } } }`;
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: ${inner}`).join("\n");
    const result = await app.gql(`{ ${aliases} }`, {}, { token });
    expect(result.errors![0].extensions.code).toBe("QUERY_TOO_COMPLEX");
  });

  it("refuses batched requests", async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify([{ query: "{ me { username } }" }, { query: "{ me { username } }" }]),
    });
    expect(response.status).toBe(400);
  });

  it("masks unexpected errors without a stack trace outside development", async () => {
    await app.dataSource.query(`ALTER TABLE locality RENAME COLUMN search_text TO search_text_gone`);
    try {
      const result = await app.gql(`{ localities(filter: { search: "hai" }) { totalCount } }`, {}, { token });
      expect(result.errors![0].extensions).toEqual({ code: "INTERNAL_SERVER_ERROR", requestId: expect.any(String) });
      expect(result.errors![0].message).not.toMatch(/search_text/);
    } finally {
      await app.dataSource.query(`ALTER TABLE locality RENAME COLUMN search_text_gone TO search_text`);
    }
  });
});
