import jwt from "jsonwebtoken";
import { Client } from "pg";
import { toGlobalId } from "../src/node";
import { TEST_JWT_SECRET } from "./constants";
import { startTestApp, type TestApp } from "./harness";

const ME = `{ me { username } }`;
const GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";

interface Raw {
  status: number;
  contentType: string | null;
  retryAfter: string | null;
  body: any;
}

async function post(app: TestApp, body: string, headers: Record<string, string> = {}): Promise<Raw> {
  const response = await fetch(`${app.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  return { status: response.status, contentType: response.headers.get("content-type"), retryAfter: response.headers.get("retry-after"), body: await response.json() };
}

const json = (query: string, variables?: unknown) => JSON.stringify({ query, variables });

/** A second session on the app's database, to hold locks the API then waits on. */
async function otherSession(app: TestApp): Promise<Client> {
  const client = new Client({ connectionString: app.config.databaseUrl });
  await client.connect();
  return client;
}

describe("HTTP status codes (GraphQL over HTTP) and input hygiene", () => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp();
    token = await app.login("ubnd.haian");
  });
  afterAll(() => app.close());

  describe("a missing, invalid, expired or malformed token is 401 UNAUTHENTICATED with either media type", () => {
    const expired = () => jwt.sign({ sub: "00000000-0000-4000-8000-000000000000", iat: Math.floor(Date.now() / 1000) - 3600, exp: Math.floor(Date.now() / 1000) - 60 }, TEST_JWT_SECRET, { issuer: "nq57-api", audience: "nq57-clients" });
    const cases: Array<[string, () => Record<string, string>]> = [
      ["no token, protected field", () => ({})],
      ["malformed", () => ({ authorization: "Bearer not.a.jwt" })],
      ["garbage scheme", () => ({ authorization: "Basic dXNlcjpwYXNz" })],
      ["expired", () => ({ authorization: `Bearer ${expired()}` })],
      ["wrong signature", () => ({ authorization: `Bearer ${jwt.sign({ sub: "x" }, "another-secret-another-secret-another-secret", { issuer: "nq57-api", audience: "nq57-clients", expiresIn: 60 })}` })],
    ];
    it.each(cases)("%s", async (_name, headers) => {
      for (const accept of ["application/json", GRAPHQL_RESPONSE_JSON]) {
        const result = await post(app, json(ME), { ...headers(), accept });
        expect(result.status).toBe(401);
        expect(result.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
        expect(result.contentType).toContain(accept);
      }
    });
  });

  it("answers request errors 200 with application/json and 400 with application/graphql-response+json; a data entry, even null, is 200", async () => {
    const auth = { authorization: `Bearer ${token}` };
    const requestErrors = [json("{ me { username "), json("{ me { nosuchfield } }"), json(`query($n: Int!) { organisations(first: $n) { totalCount } }`, { n: "many" })];
    for (const body of requestErrors) {
      expect((await post(app, body, { ...auth, accept: "application/json" })).status).toBe(200);
      const strict = await post(app, body, { ...auth, accept: GRAPHQL_RESPONSE_JSON });
      expect(strict.status).toBe(400);
      expect(strict.contentType).toContain(GRAPHQL_RESPONSE_JSON);
    }
    const ok = await post(app, json(ME), { ...auth, accept: GRAPHQL_RESPONSE_JSON });
    expect(ok.status).toBe(200);
    expect(ok.body.data.me.username).toBe("ubnd.haian");
    const notFound = await post(app, json(`{ node(id: "RG9jdW1lbnQ6MDAwMDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAw") { id } }`), { ...auth, accept: GRAPHQL_RESPONSE_JSON });
    expect(notFound.body).toMatchObject({ data: null, errors: [{ extensions: { code: "NOT_FOUND" } }] });
    expect(notFound.status).toBe(200);
  });

  it("answers an operation over the cost limit with 400 in both media types, never a 5xx", async () => {
    const inner = `organisations(first: 100) { edges { node { name locality { name } } } }`;
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: ${inner}`).join("\n");
    const strict = await post(app, json(`{ ${aliases} }`), { authorization: `Bearer ${token}`, accept: GRAPHQL_RESPONSE_JSON });
    expect(strict.body.errors[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
    expect(strict.status).toBe(400);
    expect((await post(app, json(`{ ${aliases} }`), { authorization: `Bearer ${token}` })).status).toBe(400);
  });

  it("refuses NUL and lone surrogates in variables, inline arguments and GET variables as BAD_USER_INPUT naming the field", async () => {
    const auth = { authorization: `Bearer ${token}` };
    const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token } }`;
    const nul = await post(app, json(LOGIN, { input: { username: "ubnd.haian\u0000", password: "x" } }));
    expect(nul.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "input.username" }] });
    const surrogate = await post(app, json(`query($f: OrganisationFilter) { organisations(filter: $f) { totalCount } }`, { f: { search: "h\uD800i" } }), auth);
    expect(surrogate.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "f.search" }] });
    const inline = await post(app, json(`{ organisations(filter: { search: "a\\u0000b" }) { totalCount } }`), auth);
    expect(inline.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "filter.search" }] });
    const query = encodeURIComponent(`query($f: OrganisationFilter) { organisations(filter: $f) { totalCount } }`);
    const variables = encodeURIComponent(JSON.stringify({ f: { search: "x\u0000" } }));
    const get = await fetch(`${app.url}/graphql?query=${query}&variables=${variables}`, { headers: { ...auth, "apollo-require-preflight": "true", accept: GRAPHQL_RESPONSE_JSON } });
    expect(get.status).toBe(400);
    expect(((await get.json()) as any).errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "f.search" }] });
  });

  it("refuses variables nested 20 000 levels deep as BAD_USER_INPUT instead of overflowing the stack", async () => {
    const deep = `${'{"a":['.repeat(10_000)}1${"]}".repeat(10_000)}`;
    const body = `{"query":"query($f: OrganisationFilter) { organisations(filter: $f) { totalCount } }","variables":{"f":${deep}}}`;
    const result = await post(app, body, { authorization: `Bearer ${token}` });
    expect(result.status).toBeLessThan(500);
    expect(result.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "f" }] });
  });

  it("normalises text to NFC on the way in (decomposed Vietnamese finds the same organisations)", async () => {
    const search = (text: string) => post(app, json(`query($f: OrganisationFilter) { organisations(filter: $f) { totalCount } }`, { f: { search: text } }), { authorization: `Bearer ${token}` });
    const composed = await search("Hải An");
    expect((await search("Hải An".normalize("NFD"))).body.data.organisations.totalCount).toBe(composed.body.data.organisations.totalCount);
  });
});

describe("bounded waits answer with a typed, retryable error", () => {
  it("a lock held too long is a retryable CONFLICT (LOCK_TIMEOUT) with a retry hint", async () => {
    const app = await startTestApp({ DB_LOCK_TIMEOUT: "200ms" });
    const holder = await otherSession(app);
    try {
      const token = await app.login("ubnd.haian");
      const [doc] = await app.dataSource.query(`SELECT d.id, d.version FROM document d JOIN organisation o ON o.id = d.issuer_id WHERE o.code = 'HP.HAI-AN.UBND' AND d.classification = 'UNCLASSIFIED' ORDER BY d.created_at LIMIT 1`);
      const globalId = toGlobalId("Document", doc.id);
      await holder.query(`BEGIN`);
      await holder.query(`SELECT 1 FROM document WHERE id = $1 FOR UPDATE`, [doc.id]);
      const result = await app.gql(`mutation($input: UpdateDocumentInput!) { updateDocument(input: $input) { id } }`, { input: { id: globalId, expectedVersion: doc.version, title: "Đổi tên" } }, { token });
      expect(result.errors![0].extensions).toMatchObject({ code: "CONFLICT", reason: "LOCK_TIMEOUT", retryable: true, retryAfterSeconds: 1 });
    } finally {
      await holder.end();
      await app.close();
    }
  });

  it("a statement cut short by statement_timeout, and a full pool, are 503 SERVICE_UNAVAILABLE with Retry-After", async () => {
    const app = await startTestApp({ DB_POOL_SIZE: "1", DB_ACQUIRE_TIMEOUT: "300ms", DB_STATEMENT_TIMEOUT: "800ms" });
    const holder = await otherSession(app);
    try {
      const token = await app.login("ubnd.haian");
      await holder.query(`BEGIN`);
      await holder.query(`LOCK TABLE app_user IN ACCESS EXCLUSIVE MODE`);
      // The first request takes the pool's only connection and waits on the lock until its
      // statement is cut short; the second finds no free connection.
      const slow = post(app, json(ME), { authorization: `Bearer ${token}` });
      await new Promise((resolve) => setTimeout(resolve, 100));
      const started = Date.now();
      const busy = await post(app, json(ME), { authorization: `Bearer ${token}` });
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(busy.status).toBe(503);
      expect(busy.body.errors[0].extensions).toMatchObject({ code: "SERVICE_UNAVAILABLE", reason: "POOL_EXHAUSTED", retryable: true });
      expect(Number(busy.retryAfter)).toBeGreaterThan(0);
      const timedOut = await slow;
      expect(timedOut.status).toBe(503);
      expect(timedOut.body.errors[0].extensions).toMatchObject({ code: "SERVICE_UNAVAILABLE", reason: "STATEMENT_TIMEOUT" });
      expect(timedOut.body.errors[0].message).toContain(" / ");
      await holder.query(`ROLLBACK`);
      expect((await app.gql(ME, {}, { token })).data.me.username).toBe("ubnd.haian");
    } finally {
      await holder.end();
      await app.close();
    }
  });
});
