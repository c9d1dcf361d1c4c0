import { auditCount, localityId, organisationId, organisationVersion } from "./factories";
import { startTestApp, type TestApp } from "./harness";

const CREATE_ORG = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`;

describe("bad input", () => {
  let app: TestApp;
  let admin: string;
  let haiAn: string;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.login("admin");
    haiAn = await localityId(app.dataSource, "31.HAI-AN");
  });
  afterAll(() => app.close());

  async function organisationCount(): Promise<number> {
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM organisation`);
    return n;
  }

  const valid = () => ({ localityId: haiAn, kind: "DEPARTMENT", bloc: "GOVERNMENT", code: "HP.HAI-AN.UBND.TEST", name: "Phòng thử nghiệm" });

  const cases: Array<[string, () => Record<string, unknown>, string]> = [
    ["an empty name", () => ({ ...valid(), name: "" }), "name"],
    ["a name of spaces only", () => ({ ...valid(), name: "   " }), "name"],
    ["an over-long name", () => ({ ...valid(), name: "Phòng ".repeat(100) }), "name"],
    ["an over-long short name", () => ({ ...valid(), shortName: "x".repeat(101) }), "shortName"],
    ["a code with spaces", () => ({ ...valid(), code: "HP HAI AN" }), "code"],
    ["an unknown enum value", () => ({ ...valid(), bloc: "MILITARY" }), "input.bloc"],
    ["a malformed locality id", () => ({ ...valid(), localityId: "not-an-id" }), "localityId"],
    ["an id of the wrong type", () => ({ ...valid(), localityId: Buffer.from("User:00000000-0000-4000-8000-000000000000").toString("base64url") }), "localityId"],
    ["a malformed parent id", () => ({ ...valid(), parentId: "T3JnYW5pc2F0aW9uOjEyMw" }), "parentId"],
  ];

  it.each(cases)("refuses %s with BAD_USER_INPUT naming the field, writing nothing", async (_name, input, field) => {
    const [organisations, events] = [await organisationCount(), await auditCount(app.dataSource)];
    const result = await app.gql(CREATE_ORG, { input: input() }, { token: admin });
    expect(result.errors![0].extensions.code).toBe("BAD_USER_INPUT");
    expect(result.errors![0].extensions.fields!.map((f) => f.field)).toContain(field);
    expect(await organisationCount()).toBe(organisations);
    expect(await auditCount(app.dataSource)).toBe(events);
  });

  it("names the field of an unknown enum written inline in the query", async () => {
    const result = await app.gql(`{ organisations(filter: { blocs: [MILITARY] }) { totalCount } }`, {}, { token: admin });
    expect(result.errors![0].extensions.code).toBe("BAD_USER_INPUT");
    expect(result.errors![0].extensions.fields![0].field).toBe("filter.blocs");
  });

  it("refuses a page size over 100", async () => {
    const result = await app.gql(`{ organisations(first: 500) { totalCount } }`, {}, { token: admin });
    expect(result.errors![0].extensions.code).toBe("BAD_USER_INPUT");
    expect(result.errors![0].extensions.fields![0].field).toBe("first");
  });

  it("refuses a malformed cursor", async () => {
    const result = await app.gql(`{ organisations(after: "garbage") { totalCount } }`, {}, { token: admin });
    expect(result.errors![0].extensions.fields![0].field).toBe("after");
  });

  it("refuses a duplicate code with CONFLICT", async () => {
    const result = await app.gql(CREATE_ORG, { input: { ...valid(), code: "HP.HAI-AN.UBND" } }, { token: admin });
    expect(result.errors![0].extensions.code).toBe("CONFLICT");
  });

  it("refuses a stale version with CONFLICT and keeps the newer change", async () => {
    const id = await organisationId(app.dataSource, "HP.HAI-AN.UBND.VP");
    const version = await organisationVersion(app.dataSource, "HP.HAI-AN.UBND.VP");
    const UPDATE = `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { shortName version } }`;
    const first = await app.gql(UPDATE, { input: { id, expectedVersion: version, shortName: "Văn phòng" } }, { token: admin });
    expect(first.data.updateOrganisation).toEqual({ shortName: "Văn phòng", version: version + 1 });
    const second = await app.gql(UPDATE, { input: { id, expectedVersion: version, shortName: "VP" } }, { token: admin });
    expect(second.errors![0].extensions.code).toBe("CONFLICT");
    expect(second.errors![0].extensions.currentVersion).toBe(version + 1);
    const [row] = await app.dataSource.query(`SELECT short_name FROM organisation WHERE code = 'HP.HAI-AN.UBND.VP'`);
    expect(row.short_name).toBe("Văn phòng");
  });

  it("refuses a locality at the wrong level", async () => {
    const result = await app.gql(
      `mutation($input: CreateLocalityInput!) { createLocality(input: $input) { id } }`,
      { input: { level: "PROVINCE", code: "31.X", name: "Sai cấp", parentId: haiAn } },
      { token: admin },
    );
    expect(result.errors![0].extensions.code).toBe("BAD_USER_INPUT");
    expect(result.errors![0].extensions.fields![0].field).toBe("level");
  });

  it("stores text in NFC whatever the client sends", async () => {
    const nfd = "Phòng Tư pháp phường Hải An".normalize("NFD");
    const result = await app.gql(`mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { name } }`, { input: { ...valid(), code: "HP.HAI-AN.UBND.TP", name: nfd } }, { token: admin });
    expect(result.data.createOrganisation.name).toBe("Phòng Tư pháp phường Hải An".normalize("NFC"));
    const [row] = await app.dataSource.query(`SELECT name FROM organisation WHERE code = 'HP.HAI-AN.UBND.TP'`);
    expect(row.name).toBe(row.name.normalize("NFC"));
    expect(row.name).not.toBe(nfd);
  });
});
