import { localityId, organisationId, userId } from "./factories";
import { startTestApp, type TestApp } from "./harness";

const ORGS = `query($filter: OrganisationFilter, $first: Int, $after: String) {
  organisations(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id code name kind bloc locality { name } } }
  }
}`;

describe("localities, organisations and users", () => {
  let app: TestApp;
  let admin: string;
  let auditor: string;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.login("admin");
    auditor = await app.login("auditor.haiphong");
  });
  afterAll(() => app.close());

  it("finds localities ignoring case and diacritics, and from NFD input", async () => {
    const LOCALITIES = `query($s: String!) { localities(filter: { search: $s }) { edges { node { name level parent { name } } } } }`;
    for (const search of ["hai an", "HẢI AN", "Hải An".normalize("NFD"), "hải an"]) {
      const result = await app.gql(LOCALITIES, { s: search }, { token: auditor });
      expect(result.data.localities.edges.map((e: any) => e.node.name)).toEqual(["Phường Hải An"]);
    }
    const oChoDua = await app.gql(LOCALITIES, { s: "o cho dua" }, { token: auditor });
    expect(oChoDua.data.localities.edges[0].node).toEqual({ name: "Phường Ô Chợ Dừa", level: "COMMUNE", parent: { name: "Thành phố Hà Nội" } });
  });

  it("finds organisations by folded text (đ as d) within scope", async () => {
    const result = await app.gql(ORGS, { filter: { search: "dang uy phuong hai an" } }, { token: auditor });
    expect(result.data.organisations.edges.map((e: any) => e.node.code).sort()).toEqual(["HP.HAI-AN.DU", "HP.HAI-AN.DU.UBKT", "HP.HAI-AN.DU.VP"]);
    const outside = await app.gql(ORGS, { filter: { search: "o cho dua" } }, { token: auditor });
    expect(outside.data.organisations.totalCount).toBe(0);
  });

  it("filters by locality (with the localities below it), kind and bloc", async () => {
    const haiAn = await localityId(app.dataSource, "31.HAI-AN");
    const councils = await app.gql(ORGS, { filter: { localityId: haiAn, blocs: ["COUNCIL"] } }, { token: auditor });
    expect(councils.data.organisations.edges.map((e: any) => e.node.code).sort()).toEqual(["HP.HAI-AN.HDND", "HP.HAI-AN.HDND.TT", "HP.HAI-AN.HDND.VHXH"]);
    const haiPhong = await localityId(app.dataSource, "31");
    const partyCommittees = await app.gql(ORGS, { filter: { localityId: haiPhong, kinds: ["PARTY_COMMITTEE"] } }, { token: auditor });
    expect(partyCommittees.data.organisations.edges.map((e: any) => e.node.code).sort()).toEqual(["HP.HAI-AN.DU", "HP.NGHI-DUONG.DU", "HP.PHU-LIEN.DU", "HP.TU"]);
  });

  it("pages through a connection in a stable order without gaps or repeats", async () => {
    const all = await app.gql(ORGS, { first: 100 }, { token: auditor });
    const expected = all.data.organisations.edges.map((e: any) => e.node.code);
    expect(expected.length).toBe(all.data.organisations.totalCount);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await app.gql(ORGS, { first: 7, after }, { token: auditor });
      seen.push(...page.data.organisations.edges.map((e: any) => e.node.code));
      after = page.data.organisations.pageInfo.hasNextPage ? page.data.organisations.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(expected);
  });

  it("lets an administrator create a commune, its body and an account that can then log in", async () => {
    const createdLocality = await app.gql(
      `mutation($input: CreateLocalityInput!) { createLocality(input: $input) { id name level parent { code } } }`,
      { input: { level: "COMMUNE", code: "31.DONG-HAI", name: "Phường Đông Hải", parentId: await localityId(app.dataSource, "31") } },
      { token: admin },
    );
    expect(createdLocality.data.createLocality).toMatchObject({ name: "Phường Đông Hải", level: "COMMUNE", parent: { code: "31" } });
    const createdOrg = await app.gql(
      `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name superior { code } } }`,
      { input: { localityId: createdLocality.data.createLocality.id, kind: "PEOPLES_COMMITTEE", bloc: "GOVERNMENT", code: "HP.DONG-HAI.UBND", name: "Ủy ban nhân dân phường Đông Hải", superiorId: await organisationId(app.dataSource, "HP.UBND") } },
      { token: admin },
    );
    expect(createdOrg.data.createOrganisation.superior).toEqual({ code: "HP.UBND" });
    const createdUser = await app.gql(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id username } }`,
      { input: { username: "ubnd.donghai", displayName: "UBND phường Đông Hải", organisationId: createdOrg.data.createOrganisation.id, password: "mat-khau-dong-hai" } },
      { token: admin },
    );
    const grant = await app.gql(
      `mutation($input: GrantRoleInput!) { grantRole(input: $input) { role includeSubunits organisation { code } } }`,
      { input: { userId: createdUser.data.createUser.id, role: "EDITOR", organisationId: createdOrg.data.createOrganisation.id, includeSubunits: true } },
      { token: admin },
    );
    expect(grant.data.grantRole).toEqual({ role: "EDITOR", includeSubunits: true, organisation: { code: "HP.DONG-HAI.UBND" } });
    const token = await app.login("ubnd.donghai", "mat-khau-dong-hai");
    const mine = await app.gql(ORGS, {}, { token });
    expect(mine.data.organisations.edges.map((e: any) => e.node.code)).toEqual(["HP.DONG-HAI.UBND"]);
  });

  it("moves a sub-unit with its own sub-units when an administrator changes its parent", async () => {
    const UPDATE = `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { parent { code } } }`;
    const moved = await app.gql(UPDATE, { input: { id: await organisationId(app.dataSource, "HP.HAI-AN.HDND.VHXH"), expectedVersion: 1, parentId: await organisationId(app.dataSource, "HP.HAI-AN.HDND.TT") } }, { token: admin });
    expect(moved.data.updateOrganisation.parent).toEqual({ code: "HP.HAI-AN.HDND.TT" });
    const [row] = await app.dataSource.query(
      `SELECT o.path = ARRAY[h.id, t.id, o.id] AS ok FROM organisation o, organisation h, organisation t
        WHERE o.code = 'HP.HAI-AN.HDND.VHXH' AND h.code = 'HP.HAI-AN.HDND' AND t.code = 'HP.HAI-AN.HDND.TT'`,
    );
    expect(row.ok).toBe(true);
    const cycle = await app.gql(UPDATE, { input: { id: await organisationId(app.dataSource, "HP.HAI-AN.HDND.TT"), expectedVersion: 1, parentId: await organisationId(app.dataSource, "HP.HAI-AN.HDND.VHXH") } }, { token: admin });
    expect(cycle.errors![0].extensions.code).toBe("BAD_USER_INPUT");
  });

  it("shows a ward body where it reports to: its superior body, even outside the caller's scope", async () => {
    const token = await app.login("ubnd.haian");
    const result = await app.gql(`query($id: ID!) { organisation(id: $id) { superior { name } } }`, { id: await organisationId(app.dataSource, "HP.HAI-AN.UBND") }, { token });
    expect(result.data.organisation.superior).toEqual({ name: "Ủy ban nhân dân thành phố Hải Phòng" });
    const direct = await app.gql(`query($id: ID!) { organisation(id: $id) { name } }`, { id: await organisationId(app.dataSource, "HP.UBND") }, { token });
    expect(direct.errors![0].extensions.code).toBe("NOT_FOUND");
  });

  it("shows users to administrators and auditors in scope and to themselves only", async () => {
    const USERS = `{ users(first: 100) { totalCount edges { node { username organisation { code } } } } }`;
    const asAuditor = await app.gql(USERS, {}, { token: auditor });
    const names = asAuditor.data.users.edges.map((e: any) => e.node.username);
    expect(names).toEqual(expect.arrayContaining(["ubnd.haian", "hdnd.nghiduong", "ubnd.phulien"]));
    expect(names).not.toContain("danguy.ochodua");
    const editor = await app.login("hdnd.haian");
    const asEditor = await app.gql(USERS, {}, { token: editor });
    expect(asEditor.data.users.edges.map((e: any) => e.node.username)).toEqual(["hdnd.haian"]);
    const other = await app.gql(`query($id: ID!) { node(id: $id) { ... on User { username } } }`, { id: await userId(app.dataSource, "ubnd.haian") }, { token: editor });
    expect(other.errors![0].extensions.code).toBe("NOT_FOUND");
  });
});
