import { can, type Actor, type OrgTarget } from "../src/auth/policy";
import { Bloc } from "../src/modules/organisation/organisation.entity";
import { Role } from "../src/modules/user/role-grant.entity";
import { Clearance } from "../src/modules/user/user.entity";
import { auditCount, localityId, organisationId, organisationVersion, userId } from "./factories";
import { startTestApp, type TestApp } from "./harness";

const UPDATE_ORG = `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { name version } }`;
const ORG = `query($id: ID!) { organisation(id: $id) { name } }`;

describe("the policy module (decisions on records)", () => {
  const haiAn = "loc-hai-an";
  const haiPhong = "loc-hai-phong";
  const ubnd: OrgTarget = { organisationId: "ubnd", orgPath: ["ubnd"], localityPath: [haiPhong, haiAn], bloc: Bloc.GOVERNMENT };
  const vhxh: OrgTarget = { organisationId: "vhxh", orgPath: ["ubnd", "vhxh"], localityPath: [haiPhong, haiAn], bloc: Bloc.GOVERNMENT };
  const hdnd: OrgTarget = { organisationId: "hdnd", orgPath: ["hdnd"], localityPath: [haiPhong, haiAn], bloc: Bloc.COUNCIL };
  const actor = (grants: Actor["grants"]): Actor => ({ userId: "u", username: "u", organisationId: "x", clearance: Clearance.NONE, grants });

  it("lets an editor edit its own organisation and sub-units, never another bloc's", () => {
    const editor = actor([{ role: Role.EDITOR, organisationId: "ubnd", includeSubunits: true, localityId: null, bloc: Bloc.GOVERNMENT }]);
    expect(can(editor, "edit", ubnd)).toBe(true);
    expect(can(editor, "edit", vhxh)).toBe(true);
    expect(can(editor, "edit", hdnd)).toBe(false);
    expect(can(editor, "read", hdnd)).toBe(false);
  });

  it("keeps an editor without sub-units to the organisation itself", () => {
    const editor = actor([{ role: Role.EDITOR, organisationId: "ubnd", includeSubunits: false, localityId: null, bloc: Bloc.GOVERNMENT }]);
    expect(can(editor, "edit", ubnd)).toBe(true);
    expect(can(editor, "edit", vhxh)).toBe(false);
  });

  it("lets a coordinator read and coordinate every bloc of its locality but edit none", () => {
    const coordinator = actor([{ role: Role.COORDINATOR, organisationId: null, includeSubunits: false, localityId: haiAn, bloc: null }]);
    for (const target of [ubnd, hdnd]) {
      expect(can(coordinator, "read", target)).toBe(true);
      expect(can(coordinator, "coordinate", target)).toBe(true);
      expect(can(coordinator, "edit", target)).toBe(false);
    }
  });

  it("gives an administrator the directory but no body's data", () => {
    const admin = actor([{ role: Role.ADMIN, organisationId: null, includeSubunits: false, localityId: haiPhong, bloc: null }]);
    expect(can(admin, "administer", ubnd)).toBe(true);
    for (const action of ["read", "edit", "submit", "review", "sync", "audit"] as const) expect(can(admin, action, ubnd)).toBe(false);
  });

  it("lets an auditor read and audit its whole locality and never write", () => {
    const auditor = actor([{ role: Role.AUDITOR, organisationId: null, includeSubunits: false, localityId: haiPhong, bloc: null }]);
    expect(can(auditor, "audit", hdnd)).toBe(true);
    for (const action of ["edit", "submit", "review", "sync", "administer", "coordinate"] as const) expect(can(auditor, action, hdnd)).toBe(false);
  });

  it("does not let a locality-wide editor grant cross blocs", () => {
    const wide = actor([{ role: Role.EDITOR, organisationId: null, includeSubunits: false, localityId: haiAn, bloc: null }]);
    expect(can(wide, "read", ubnd)).toBe(true);
    expect(can(wide, "edit", ubnd)).toBe(false);
  });
});

describe("authorisation through the API", () => {
  let app: TestApp;
  let ubndHaiAn: string;
  let admin: string;

  beforeAll(async () => {
    app = await startTestApp();
    ubndHaiAn = await app.login("ubnd.haian");
    admin = await app.login("admin");
  });
  afterAll(() => app.close());

  async function rename(token: string, code: string, name: string) {
    const id = await organisationId(app.dataSource, code);
    return app.gql(UPDATE_ORG, { input: { id, expectedVersion: await organisationVersion(app.dataSource, code), name } }, { token });
  }

  it("an editor of UBND Hải An cannot change HĐND Hải An's organisation data (same locality, other bloc)", async () => {
    const before = await auditCount(app.dataSource);
    const result = await rename(ubndHaiAn, "HP.HAI-AN.HDND", "Đổi tên trái phép");
    expect(result.errors![0].extensions.code).toBe("NOT_FOUND");
    const [row] = await app.dataSource.query(`SELECT name FROM organisation WHERE code = 'HP.HAI-AN.HDND'`);
    expect(row.name).toBe("Hội đồng nhân dân phường Hải An");
    expect(await auditCount(app.dataSource)).toBe(before);
  });

  it("an editor of UBND Hải An cannot change UBND Phù Liễn's (same bloc, other commune)", async () => {
    const result = await rename(ubndHaiAn, "HP.PHU-LIEN.UBND", "Đổi tên trái phép");
    expect(result.errors![0].extensions.code).toBe("NOT_FOUND");
  });

  it("an editor cannot restructure even its own organisation: that is the administrator's", async () => {
    const result = await rename(ubndHaiAn, "HP.HAI-AN.UBND", "Đổi tên");
    expect(result.errors![0].extensions.code).toBe("FORBIDDEN");
  });

  it("an administrator in scope can, and the change is versioned", async () => {
    const result = await rename(admin, "HP.HAI-AN.UBND.TTDVSNC", "Trung tâm Dịch vụ sự nghiệp công phường Hải An (mới)");
    expect(result.errors).toBeUndefined();
    expect(result.data.updateOrganisation).toEqual({ name: "Trung tâm Dịch vụ sự nghiệp công phường Hải An (mới)", version: 2 });
  });

  it("a city administrator cannot administer another city", async () => {
    const adminHaiPhong = await app.login("admin.haiphong");
    expect((await rename(adminHaiPhong, "HP.PHU-LIEN.MTTQ", "Ủy ban MTTQ Việt Nam phường Phù Liễn")).errors).toBeUndefined();
    expect((await rename(adminHaiPhong, "HN.O-CHO-DUA.MTTQ", "Đổi tên trái phép")).errors![0].extensions.code).toBe("NOT_FOUND");
  });

  it("the administrator cannot act as an editor: it may not grant itself (or use) edit rights", async () => {
    const grant = await app.gql(
      `mutation($input: GrantRoleInput!) { grantRole(input: $input) { role } }`,
      { input: { userId: await userId(app.dataSource, "admin"), role: "EDITOR", organisationId: await organisationId(app.dataSource, "HP.HAI-AN.UBND") } },
      { token: admin },
    );
    expect(grant.errors![0].extensions.code).toBe("FORBIDDEN");
    const [row] = await app.dataSource.query(`SELECT count(*)::int AS n FROM role_grant g JOIN app_user u ON u.id = g.user_id WHERE u.username = 'admin'`);
    expect(row.n).toBe(1);
  });

  it("answers NOT_FOUND for reads outside scope, in single reads, node() and lists alike", async () => {
    const phuLien = await organisationId(app.dataSource, "HP.PHU-LIEN.UBND");
    expect((await app.gql(ORG, { id: phuLien }, { token: ubndHaiAn })).errors![0].extensions.code).toBe("NOT_FOUND");
    expect((await app.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: phuLien }, { token: ubndHaiAn })).errors![0].extensions.code).toBe("NOT_FOUND");
    const otherUser = await userId(app.dataSource, "ubnd.phulien");
    expect((await app.gql(`query($id: ID!) { user(id: $id) { username } }`, { id: otherUser }, { token: ubndHaiAn })).errors![0].extensions.code).toBe("NOT_FOUND");
    const list = await app.gql(`{ organisations(first: 100) { totalCount edges { node { name bloc } } } }`, {}, { token: ubndHaiAn });
    const names: string[] = list.data.organisations.edges.map((e: { node: { name: string } }) => e.node.name);
    expect(names).toContain("Ủy ban nhân dân phường Hải An");
    expect(names).toContain("Phòng Văn hóa - Xã hội phường Hải An");
    expect(names.some((n) => n.includes("Phù Liễn") || n.includes("Hội đồng nhân dân"))).toBe(false);
    expect(list.data.organisations.totalCount).toBe(names.length);
  });

  it("lets a coordinator see every bloc of its ward, and an auditor its whole city but not another", async () => {
    const coordinator = await app.login("bcd.haian");
    const ward = await app.gql(`query($l: ID!) { organisations(first: 100, filter: { localityId: $l }) { edges { node { bloc } } } }`, { l: await localityId(app.dataSource, "31.HAI-AN") }, { token: coordinator });
    expect(new Set(ward.data.organisations.edges.map((e: { node: { bloc: string } }) => e.node.bloc))).toEqual(new Set(["PARTY", "COUNCIL", "GOVERNMENT", "FRONT"]));

    const auditor = await app.login("auditor.haiphong");
    expect((await app.gql(ORG, { id: await organisationId(app.dataSource, "HP.PHU-LIEN.HDND") }, { token: auditor })).data.organisation.name).toBe("Hội đồng nhân dân phường Phù Liễn");
    expect((await app.gql(ORG, { id: await organisationId(app.dataSource, "HN.O-CHO-DUA.DU") }, { token: auditor })).errors![0].extensions.code).toBe("NOT_FOUND");
    const renamed = await rename(auditor, "HP.PHU-LIEN.HDND", "Đổi tên trái phép");
    expect(renamed.errors![0].extensions.code).toBe("FORBIDDEN");
  });
});
