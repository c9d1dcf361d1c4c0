import { startTestApp, type TestApp } from "./harness";

/** /healthz, /readyz and /metrics, as the load balancer and the monitoring read them. */
describe("operations endpoints", () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp()));
  afterAll(() => app.close());

  const scrape = async () => {
    const response = await fetch(`${app.url}/metrics`);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    return response.text();
  };
  const sample = (text: string, series: string) => Number(text.split("\n").find((line) => line.startsWith(`${series} `))?.slice(series.length + 1) ?? 0);

  it("answers /healthz without the database and /readyz with it", async () => {
    expect(await (await fetch(`${app.url}/healthz`)).json()).toEqual({ status: "ok" });
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });

  it("is not ready while a migration of this build is missing from the database", async () => {
    const [[removed]] = await app.dataSource.query(`DELETE FROM migrations WHERE id = (SELECT max(id) FROM migrations) RETURNING id, timestamp, name`);
    try {
      const response = await fetch(`${app.url}/readyz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ reason: "migrations pending", pending: 1 });
    } finally {
      await app.dataSource.query(`INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)`, [removed.id, removed.timestamp, removed.name]);
    }
    expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
  });

  it("counts requests by operation and outcome, errors by code and latency, and shows the pool and the database", async () => {
    const before = await scrape();
    const token = await app.login("auditor.haiphong");
    await app.gql(`query Who { me { username } }`, {}, { token });
    await app.gql(`query Who { me { username } }`, {}, { token });
    await app.gql(`query Who { me { username } }`);
    const after = await scrape();

    const ok = 'nq57_graphql_requests_total{operation="Who",outcome="ok"}';
    expect(sample(after, ok) - sample(before, ok)).toBe(2);
    expect(sample(after, 'nq57_graphql_requests_total{operation="Who",outcome="error"}')).toBeGreaterThanOrEqual(1);
    expect(sample(after, 'nq57_graphql_errors_total{code="UNAUTHENTICATED"}') - sample(before, 'nq57_graphql_errors_total{code="UNAUTHENTICATED"}')).toBe(1);
    expect(sample(after, 'nq57_graphql_request_duration_seconds_count{operation_type="query"}')).toBeGreaterThanOrEqual(3);
    expect(after).toMatch(/^nq57_db_pool_connections\{state="in_use"\} \d+$/m);
    expect(after).toMatch(/^nq57_db_pool_connections\{state="waiting"\} 0$/m);
    expect(sample(after, "nq57_db_up")).toBe(1);
    expect(after).toMatch(/^process_resident_memory_bytes \d+/m);
  });

  it("keeps client-chosen operation names from growing the label set without bound", async () => {
    await app.gql(`query ${"x".repeat(80)} { __typename }`);
    expect(await scrape()).toContain('operation="(other)"');
  });
});
