import type { AddressInfo } from "node:net";
import { createApp, type App } from "../src/app";
import { createDataSource } from "../src/database";
import { startTestApp, type TestApp } from "./harness";

/** Requests per user and per client address are counted in PostgreSQL, across instances. */
describe("rate limits", () => {
  let app: TestApp;
  let second: { app: App; url: string; close(): Promise<void> };

  beforeAll(async () => {
    app = await startTestApp({ RATE_LIMIT_PER_USER: "6", RATE_LIMIT_PER_ADDRESS: "12", RATE_LIMIT_WINDOW: "60", TRUST_PROXY: "loopback" });
    // A second instance of the API on the same database, with a pool (and a memory) of its own.
    const dataSource = createDataSource((app.dataSource.options as { url?: string }).url!, { pool: app.config.pool });
    await dataSource.initialize();
    const other = await createApp(app.config, dataSource);
    await new Promise<void>((resolve) => other.httpServer.listen(0, "127.0.0.1", resolve));
    second = {
      app: other,
      url: `http://127.0.0.1:${(other.httpServer.address() as AddressInfo).port}`,
      close: async () => {
        await other.apollo.stop();
        await dataSource.destroy();
      },
    };
  });
  afterAll(async () => {
    await second.close();
    await app.close();
  });

  async function send(base: string, options: { token?: string; from: string }) {
    const response = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": options.from, ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
      body: JSON.stringify({ query: "{ me { username } }" }),
    });
    return { status: response.status, retryAfter: response.headers.get("retry-after"), body: (await response.json()) as any };
  }

  it("refuses a user over the limit with RATE_LIMITED, 429 and Retry-After, counting requests to both instances", async () => {
    const token = await app.login("ubnd.haian");
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await send(i % 2 ? second.url : app.url, { token, from: `10.0.1.${i}` })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);

    const refused = await send(second.url, { token, from: "10.0.1.99" });
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].extensions.code).toBe("RATE_LIMITED");
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);

    const otherUser = await send(app.url, { token: await app.login("hdnd.haian"), from: "10.0.2.1" });
    expect(otherUser.body.data.me.username).toBe("hdnd.haian");
  });

  it("refuses an address over the limit, whoever sends, and not the next address", async () => {
    const from = "10.0.3.7";
    for (let i = 0; i < 12; i++) expect((await send(i % 2 ? second.url : app.url, { from })).status).not.toBe(429);
    const refused = await send(app.url, { from });
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].extensions.code).toBe("RATE_LIMITED");
    expect((await send(app.url, { from: "10.0.3.8" })).status).not.toBe(429);
  });
});
