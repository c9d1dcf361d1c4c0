import { auditCount, localityId, organisationId, organisationVersion, userId } from "./factories";
import { seedDemoData } from "../src/seed/seed";
import { startTestApp, type TestApp } from "./harness";

describe("audit events", () => {
  let app: TestApp;
  let admin: string;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.login("admin");
  });
  afterAll(() => app.close());

  async function lastEvent() {
    const [event] = await app.dataSource.query(`SELECT * FROM audit_event ORDER BY id DESC LIMIT 1`);
    return event;
  }

  it("appends exactly one event per accepted mutation, with actor, entity, before, after and request id", async () => {
    const haiAn = await localityId(app.dataSource, "31.HAI-AN");
    const mutations: Array<{ name: string; action: string; run: () => Promise<any> }> = [
      {
        name: "createOrganisation",
        action: "organisation.create",
        run: () =>
          app.gql(
            `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
            { input: { localityId: haiAn, kind: "SOCIO_POLITICAL_ORGANISATION", bloc: "FRONT", code: "HP.HAI-AN.DTN", name: "Đoàn Thanh niên Cộng sản Hồ Chí Minh phường Hải An" } },
            { token: admin, headers: { "x-request-id": "req-create-org" } },
          ),
      },
      {
        name: "updateOrganisation",
        action: "organisation.update",
        run: async () =>
          app.gql(
            `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }`,
            { input: { id: await organisationId(app.dataSource, "HP.HAI-AN.DTN"), expectedVersion: 1, shortName: "Đoàn phường" } },
            { token: admin, headers: { "x-request-id": "req-update-org" } },
          ),
      },
      {
        name: "createUser",
        action: "user.create",
        run: async () =>
          app.gql(
            `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
            { input: { username: "doan.haian", displayName: "Đoàn phường Hải An", organisationId: await organisationId(app.dataSource, "HP.HAI-AN.DTN"), password: "mat-khau-rat-dai" } },
            { token: admin, headers: { "x-request-id": "req-create-user" } },
          ),
      },
      {
        name: "grantRole",
        action: "user.grant_role",
        run: async () =>
          app.gql(
            `mutation($input: GrantRoleInput!) { grantRole(input: $input) { id } }`,
            { input: { userId: await userId(app.dataSource, "doan.haian"), role: "EDITOR", organisationId: await organisationId(app.dataSource, "HP.HAI-AN.DTN") } },
            { token: admin, headers: { "x-request-id": "req-grant" } },
          ),
      },
    ];
    for (const mutation of mutations) {
      const before = await auditCount(app.dataSource);
      const result = await mutation.run();
      expect(result.errors).toBeUndefined();
      expect(await auditCount(app.dataSource)).toBe(before + 1);
      const event = await lastEvent();
      expect(event.action).toBe(mutation.action);
      expect(event.actor_username).toBe("admin");
      expect(event.request_id).toMatch(/^req-/);
      expect(event.after).not.toBeNull();
    }
    const update = (await app.dataSource.query(`SELECT before, after FROM audit_event WHERE action = 'organisation.update' ORDER BY id DESC LIMIT 1`))[0];
    expect(update.before.shortName).toBeNull();
    expect(update.after.shortName).toBe("Đoàn phường");
    expect(JSON.stringify(await app.dataSource.query(`SELECT after FROM audit_event WHERE action = 'user.create'`))).not.toMatch(/argon2|passwordHash/);
  });

  it("writes nothing for a rejected mutation", async () => {
    const editor = await app.login("ubnd.haian");
    const before = await auditCount(app.dataSource);
    const refused = await app.gql(
      `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }`,
      { input: { id: await organisationId(app.dataSource, "HP.HAI-AN.UBND"), expectedVersion: 1, name: "Tên mới" } },
      { token: editor },
    );
    expect(refused.errors![0].extensions.code).toBe("FORBIDDEN");
    const stale = await app.gql(
      `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }`,
      { input: { id: await organisationId(app.dataSource, "HP.HAI-AN.UBND"), expectedVersion: 99, name: "Tên mới" } },
      { token: admin },
    );
    expect(stale.errors![0].extensions.code).toBe("CONFLICT");
    expect(await auditCount(app.dataSource)).toBe(before);
  });

  it("rolls the change back when its audit event cannot be written", async () => {
    const version = await organisationVersion(app.dataSource, "HP.HAI-AN.MTTQ");
    await app.dataSource.query(`ALTER TABLE audit_event ADD CONSTRAINT "CHK_TEST_REFUSE_UPDATE" CHECK (action <> 'organisation.update') NOT VALID`);
    try {
      const result = await app.gql(
        `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }`,
        { input: { id: await organisationId(app.dataSource, "HP.HAI-AN.MTTQ"), expectedVersion: version, name: "Không được lưu" } },
        { token: admin },
      );
      expect(result.errors![0].extensions.code).toBe("INTERNAL_SERVER_ERROR");
      expect(await organisationVersion(app.dataSource, "HP.HAI-AN.MTTQ")).toBe(version);
    } finally {
      await app.dataSource.query(`ALTER TABLE audit_event DROP CONSTRAINT "CHK_TEST_REFUSE_UPDATE"`);
    }
  });

  it("refuses UPDATE, DELETE and TRUNCATE of audit rows by the application's database role", async () => {
    await expect(app.dataSource.query(`UPDATE audit_event SET action = 'forged' WHERE id = (SELECT min(id) FROM audit_event)`)).rejects.toThrow(/append-only/);
    await expect(app.dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    await expect(app.dataSource.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
    expect(await auditCount(app.dataSource)).toBeGreaterThan(0);
  });
});

describe("demo data", () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("loads idempotently: seeding again adds nothing", async () => {
    const tables = ["locality", "organisation", "app_user", "role_grant", "document", "legal_basis", "task", "task_update", "indicator", "indicator_target", "measurement", "audit_event"];
    const count = async () => Promise.all(tables.map(async (t) => (await app.dataSource.query(`SELECT count(*)::int AS n FROM ${t}`))[0].n));
    const before = await count();
    await seedDemoData(app.dataSource, { password: "demo-2026" });
    expect(await count()).toEqual(before);
  });
});
