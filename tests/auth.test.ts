import { createHmac, generateKeyPairSync } from "node:crypto";
import jwt from "jsonwebtoken";
import { TEST_JWT_SECRET } from "./constants";
import { auditCount, organisationId, userId } from "./factories";
import { startTestApp, type TestApp } from "./harness";

const ME = `{ me { username organisation { name } grants { role } } }`;
const LOGIN = `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token expiresAt user { username } } }`;

function claimsFor(sub: string) {
  return { sub, username: "ubnd.haian" };
}

describe("authentication", () => {
  let app: TestApp;
  let ubndHaiAnId: string;

  beforeAll(async () => {
    app = await startTestApp();
    const [row] = await app.dataSource.query(`SELECT id FROM app_user WHERE username = 'ubnd.haian'`);
    ubndHaiAnId = row.id;
  });
  afterAll(() => app.close());

  it("logs in a demo account and answers `me` with its grants", async () => {
    const login = await app.gql(LOGIN, { u: "ubnd.haian", p: "demo-2026" });
    expect(login.errors).toBeUndefined();
    expect(login.data.login.user.username).toBe("ubnd.haian");
    expect(new Date(login.data.login.expiresAt).getTime()).toBeGreaterThan(Date.now());

    const me = await app.gql(ME, {}, { token: login.data.login.token });
    expect(me.data.me.username).toBe("ubnd.haian");
    expect(me.data.me.organisation.name).toBe("Ủy ban nhân dân phường Hải An");
    expect(me.data.me.grants.map((g: { role: string }) => g.role).sort()).toEqual(["APPROVER", "EDITOR"]);
  });

  it("accepts the username in any case", async () => {
    const login = await app.gql(LOGIN, { u: "UBND.HaiAn", p: "demo-2026" });
    expect(login.data?.login.user.username).toBe("ubnd.haian");
  });

  it("gives a wrong password, an unknown user and a disabled user the same UNAUTHENTICATED error", async () => {
    await app.dataSource.query(`UPDATE app_user SET disabled = true WHERE username = 'mttq.haian'`);
    const wrong = await app.gql(LOGIN, { u: "ubnd.haian", p: "wrong-password" });
    const unknown = await app.gql(LOGIN, { u: "nobody.haian", p: "demo-2026" });
    const disabled = await app.gql(LOGIN, { u: "mttq.haian", p: "demo-2026" });
    for (const result of [wrong, unknown, disabled]) {
      expect(result.data).toBeNull();
      expect(result.errors![0].extensions.code).toBe("UNAUTHENTICATED");
    }
    expect(unknown.errors![0].message).toBe(wrong.errors![0].message);
    expect(disabled.errors![0].message).toBe(wrong.errors![0].message);
    await app.dataSource.query(`UPDATE app_user SET disabled = false WHERE username = 'mttq.haian'`);
  });

  it("writes one audit event for a login and none for a failed one", async () => {
    const before = await auditCount(app.dataSource);
    await app.gql(LOGIN, { u: "hdnd.haian", p: "nope-nope-nope" });
    expect(await auditCount(app.dataSource)).toBe(before);
    await app.login("hdnd.haian");
    const [event] = await app.dataSource.query(`SELECT action, actor_username FROM audit_event ORDER BY id DESC LIMIT 1`);
    expect(await auditCount(app.dataSource)).toBe(before + 1);
    expect(event).toEqual({ action: "user.login", actor_username: "hdnd.haian" });
  });

  it("refuses anonymous requests to anything but login", async () => {
    const result = await app.gql(ME);
    expect(result.errors![0].extensions.code).toBe("UNAUTHENTICATED");
  });

  describe("rejects forged and stale tokens", () => {
    const options = { issuer: "nq57-api", audience: "nq57-clients", expiresIn: 600 } as const;
    const cases: Array<[string, () => string]> = [
      ["alg none", () => jwt.sign(claimsFor(ubndHaiAnId), "", { ...options, algorithm: "none" })],
      ["wrong signature", () => jwt.sign(claimsFor(ubndHaiAnId), "another-secret-another-secret-another-secret", { ...options, algorithm: "HS256" })],
      ["HS512 with the right secret", () => jwt.sign(claimsFor(ubndHaiAnId), TEST_JWT_SECRET, { ...options, algorithm: "HS512" })],
      ["expired", () => jwt.sign({ ...claimsFor(ubndHaiAnId), iat: Math.floor(Date.now() / 1000) - 3600, exp: Math.floor(Date.now() / 1000) - 60 }, TEST_JWT_SECRET, { issuer: options.issuer, audience: options.audience })],
      ["wrong issuer", () => jwt.sign(claimsFor(ubndHaiAnId), TEST_JWT_SECRET, { ...options, issuer: "someone-else" })],
      ["wrong audience", () => jwt.sign(claimsFor(ubndHaiAnId), TEST_JWT_SECRET, { ...options, audience: "another-app" })],
      ["no expiry", () => jwt.sign(claimsFor(ubndHaiAnId), TEST_JWT_SECRET, { issuer: options.issuer, audience: options.audience })],
      ["unknown subject", () => jwt.sign(claimsFor("00000000-0000-4000-8000-000000000000"), TEST_JWT_SECRET, options)],
      ["malformed", () => "not.a.jwt"],
      ["garbage", () => "%%%"],
    ];
    it.each(cases)("%s", async (_name, forge) => {
      const result = await app.gql(ME, {}, { token: forge() });
      expect(result.errors![0].extensions.code).toBe("UNAUTHENTICATED");
      expect(result.data).toBeUndefined();
    });

    it("accepts a token signed the right way (control case)", async () => {
      const token = jwt.sign(claimsFor(ubndHaiAnId), TEST_JWT_SECRET, { ...options, algorithm: "HS256" });
      const result = await app.gql(ME, {}, { token });
      expect(result.data.me.username).toBe("ubnd.haian");
    });
  });

  it("stops a disabled user's token at once", async () => {
    const token = await app.login("danguy.haian");
    expect((await app.gql(ME, {}, { token })).data.me.username).toBe("danguy.haian");
    await app.dataSource.query(`UPDATE app_user SET disabled = true WHERE username = 'danguy.haian'`);
    const after = await app.gql(ME, {}, { token });
    expect(after.errors![0].extensions.code).toBe("UNAUTHENTICATED");
    await app.dataSource.query(`UPDATE app_user SET disabled = false WHERE username = 'danguy.haian'`);
  });

  it("stops a revoked grant on the next request", async () => {
    const admin = await app.login("admin");
    const editor = await app.login("hdnd.nghiduong");
    const ORG = `query($id: ID!) { organisation(id: $id) { name } }`;
    const thuongTruc = await organisationId(app.dataSource, "HP.NGHI-DUONG.HDND.TT");
    expect((await app.gql(ORG, { id: thuongTruc }, { token: editor })).data.organisation.name).toContain("Thường trực");

    const grants = await app.gql(`query($id: ID!) { user(id: $id) { grants { id role } } }`, { id: await userId(app.dataSource, "hdnd.nghiduong") }, { token: admin });
    for (const grant of grants.data.user.grants) {
      const revoked = await app.gql(`mutation($id: ID!) { revokeRole(grantId: $id) { role } }`, { id: grant.id }, { token: admin });
      expect(revoked.errors).toBeUndefined();
    }
    const after = await app.gql(ORG, { id: thuongTruc }, { token: editor });
    expect(after.errors![0].extensions.code).toBe("NOT_FOUND");
  });
});

describe("authentication with RS256 keys", () => {
  const { publicKey, privateKey } = generateKeyPairSync("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
  });
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ JWT_SECRET: "", JWT_PUBLIC_KEY: publicKey, JWT_PRIVATE_KEY: privateKey });
  });
  afterAll(() => app.close());

  it("issues RS256 tokens that work", async () => {
    const token = await app.login("ubnd.haian");
    expect(jwt.decode(token, { complete: true })!.header.alg).toBe("RS256");
    expect((await app.gql(ME, {}, { token })).data.me.username).toBe("ubnd.haian");
  });

  it("refuses an HS256 token signed with the RSA public key as the secret", async () => {
    const [row] = await app.dataSource.query(`SELECT id FROM app_user WHERE username = 'ubnd.haian'`);
    const header = Buffer.from(JSON.stringify({ alg: "HS256", typ: "JWT" })).toString("base64url");
    const now = Math.floor(Date.now() / 1000);
    const payload = Buffer.from(JSON.stringify({ sub: row.id, username: "ubnd.haian", iss: "nq57-api", aud: "nq57-clients", iat: now, exp: now + 600 })).toString("base64url");
    const signature = createHmac("sha256", publicKey).update(`${header}.${payload}`).digest("base64url");
    const result = await app.gql(ME, {}, { token: `${header}.${payload}.${signature}` });
    expect(result.errors![0].extensions.code).toBe("UNAUTHENTICATED");
  });
});
