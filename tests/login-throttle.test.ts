import type { AddressInfo } from "node:net";
import { createApp } from "../src/app";
import { FREE_FAILURES_PER_ADDRESS, FREE_FAILURES_PER_USER_ADDRESS } from "../src/auth/login-throttle";
import { createDataSource } from "../src/database";
import { TEST_DEMO_PASSWORD } from "./constants";
import { startTestApp, type TestApp } from "./harness";

const LOGIN = `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }`;

/** Logins through one app, each from the client address given (the app trusts X-Forwarded-For from loopback). */
function loginFrom(url: string) {
  return async (address: string, username: string, password: string) => {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": address },
      body: JSON.stringify({ query: LOGIN, variables: { u: username, p: password } }),
    });
    const body = (await response.json()) as any;
    return { status: response.status, retryAfter: response.headers.get("retry-after"), code: body.errors?.[0]?.extensions?.code as string | undefined, extensions: body.errors?.[0]?.extensions, token: body.data?.login?.token as string | undefined };
  };
}

describe("login throttling without lockout", () => {
  let app: TestApp;
  let login: ReturnType<typeof loginFrom>;
  /** Ends every wait now, as if the time had passed. */
  const waitsPass = () => app.dataSource.query(`UPDATE rate_limit SET expire = 0 WHERE key LIKE 'login-wait%'`);

  beforeAll(async () => {
    app = await startTestApp({ TRUST_PROXY: "loopback" });
    login = loginFrom(app.url);
  });
  afterAll(() => app.close());

  it("slows an attacker's address with growing waits while the owner logs in from elsewhere", async () => {
    const attacker = "203.0.113.7";
    // Given the free failures are used up from the attacker's address...
    for (let i = 0; i < FREE_FAILURES_PER_USER_ADDRESS; i++) expect((await login(attacker, "mttq.haian", `guess-${i}`)).code).toBe("UNAUTHENTICATED");
    expect((await login(attacker, "mttq.haian", "guess-x")).code).toBe("UNAUTHENTICATED");

    // ...the next attempt from there must wait, even with the right password.
    const refused = await login(attacker, "mttq.haian", TEST_DEMO_PASSWORD);
    expect(refused).toMatchObject({ status: 429, code: "RATE_LIMITED", retryAfter: "1" });
    expect(refused.extensions.retryAfterSeconds).toBe(1);

    // The real owner, from the ward office, is not slowed at all.
    expect((await login("198.51.100.20", "mttq.haian", TEST_DEMO_PASSWORD)).token).toBeDefined();

    // Each further failure doubles the wait: 2 s, then 4 s.
    for (const expected of [2, 4]) {
      await waitsPass();
      expect((await login(attacker, "mttq.haian", "guess-y")).code).toBe("UNAUTHENTICATED");
      expect((await login(attacker, "mttq.haian", "guess-z")).extensions.retryAfterSeconds).toBe(expected);
    }
    const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM rate_limit WHERE key LIKE 'login-%'`);
    expect(count).toBeGreaterThan(0);
  });

  it("clears a pair's failures when its login succeeds", async () => {
    const office = "198.51.100.30";
    for (let i = 0; i < FREE_FAILURES_PER_USER_ADDRESS; i++) await login(office, "hdnd.haian", "typo");
    expect((await login(office, "hdnd.haian", TEST_DEMO_PASSWORD)).token).toBeDefined();
    for (let i = 0; i < FREE_FAILURES_PER_USER_ADDRESS; i++) expect((await login(office, "hdnd.haian", "typo")).code).toBe("UNAUTHENTICATED");
    expect((await login(office, "hdnd.haian", TEST_DEMO_PASSWORD)).token).toBeDefined();
  });

  it("slows an address that sprays many usernames, and only that address", async () => {
    const sprayer = "192.0.2.99";
    for (let i = 0; i <= FREE_FAILURES_PER_ADDRESS; i++) expect((await login(sprayer, `nobody${i}.haian`, "123456")).code).toBe("UNAUTHENTICATED");
    expect((await login(sprayer, "ubnd.haian", TEST_DEMO_PASSWORD)).code).toBe("RATE_LIMITED");
    expect((await login("192.0.2.100", "ubnd.haian", TEST_DEMO_PASSWORD)).token).toBeDefined();
  });

  it("counts in PostgreSQL: a second instance of the API sees the same wait", async () => {
    const dataSource = createDataSource(app.config.databaseUrl!, { pool: app.config.pool });
    await dataSource.initialize();
    const second = await createApp(app.config, dataSource);
    await new Promise<void>((resolve) => second.httpServer.listen(0, "127.0.0.1", resolve));
    try {
      const other = loginFrom(`http://127.0.0.1:${(second.httpServer.address() as AddressInfo).port}`);
      const attacker = "203.0.113.50";
      for (let i = 0; i <= FREE_FAILURES_PER_USER_ADDRESS; i++) await login(attacker, "danguy.haian", "guess");
      expect((await other(attacker, "danguy.haian", TEST_DEMO_PASSWORD)).code).toBe("RATE_LIMITED");
    } finally {
      await second.apollo.stop();
      await dataSource.destroy();
    }
  });
});
