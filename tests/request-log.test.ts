import { Writable } from "node:stream";
import { configureLogger } from "../src/logger";
import { startTestApp, type TestApp } from "./harness";

/** One JSON line per request, with the request id that errors and audit events carry too. */
describe("request log", () => {
  let app: TestApp;
  const lines: any[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    const collect = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    configureLogger({ level: "info", pretty: false, destination: collect });
  });
  afterAll(async () => {
    configureLogger({ level: "silent", pretty: false });
    await app.close();
  });

  it("logs request id, operation, user, status, duration and error code, and no token or password", async () => {
    const token = await app.login("ubnd.haian");
    await app.gql(`query Who { me { username } }`, {}, { token, headers: { "x-request-id": "req-who-1" } });
    await app.gql(`query Missing { node(id: "T3JnYW5pc2F0aW9uOjAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMA==") { id } }`, {}, { headers: { "x-request-id": "req-anon-1" } });

    const who = lines.find((line) => line.requestId === "req-who-1" && line.message === "Request");
    expect(who).toMatchObject({ level: "info", operation: "Who", operationType: "query", user: "ubnd.haian", status: 200, path: "/graphql" });
    expect(who.durationMs).toBeGreaterThan(0);
    const anonymous = lines.find((line) => line.requestId === "req-anon-1" && line.message === "Request");
    expect(anonymous.errorCode).toBe("UNAUTHENTICATED");
    const all = JSON.stringify(lines);
    expect(all).not.toContain(token);
    expect(all).not.toContain("demo-2026");
  });

  it("puts the request id in error responses and in the audit event of a write", async () => {
    const refused = await app.gql(`{ me { username } }`, {}, { headers: { "x-request-id": "req-err-1" } });
    expect(refused.errors![0].extensions.requestId).toBe("req-err-1");

    const token = await app.login("admin");
    const parent = (await app.gql(`{ localities(filter: { search: "hai phong" }) { edges { node { id } } } }`, {}, { token })).data.localities.edges[0].node.id;
    const created = await app.gql(
      `mutation($input: CreateLocalityInput!) { createLocality(input: $input) { id } }`,
      { input: { level: "COMMUNE", code: "31.LOG-TEST", name: "Phường Thử Nhật Ký", parentId: parent } },
      { token, headers: { "x-request-id": "req-write-1" } },
    );
    expect(created.errors).toBeUndefined();
    const [event] = await app.dataSource.query(`SELECT request_id FROM audit_event WHERE request_id = 'req-write-1'`);
    expect(event.request_id).toBe("req-write-1");
  });

  it("gives a request without a usable X-Request-Id a fresh one, echoed in the response header", async () => {
    const response = await fetch(`${app.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", "x-request-id": "bad id with spaces" }, body: JSON.stringify({ query: "{ me { id } }" }) });
    const body = (await response.json()) as any;
    const id = response.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.errors[0].extensions.requestId).toBe(id);
  });
});
