import { toGlobalId } from "../src/node";
import { auditCount, organisationId } from "./factories";
import { startTestApp, type TestApp } from "./harness";

/** Attacks on the rules of "Who may do what", each through the API with a real token. */
describe("scope and role attacks", () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  async function seededId(externalId: string): Promise<string> {
    const [row] = await app.dataSource.query(`SELECT id FROM document WHERE external_id = $1`, [externalId]);
    return toGlobalId("Document", row.id);
  }

  it("refuses an indicator defined through a plan the caller does not write, even without targets", async () => {
    const INDICATOR = `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { id } }`;
    const notice = await seededId("HP.HAI-AN.HDND:11/TB-HĐND");
    const [auditor, otherBloc] = [await app.login("auditor.haiphong"), await app.login("ubnd.haian")];
    const before = await auditCount(app.dataSource);
    const asAuditor = await app.gql(INDICATOR, { input: { definedById: notice, name: "x", measureKind: "COUNT" } }, { token: auditor });
    expect(asAuditor.errors![0].extensions.code).toBe("FORBIDDEN");
    const asOtherBloc = await app.gql(INDICATOR, { input: { definedById: notice, name: "x", measureKind: "COUNT" } }, { token: otherBloc });
    expect(asOtherBloc.errors![0].extensions.code).toBe("NOT_FOUND");
    expect(await auditCount(app.dataSource)).toBe(before);
  });

  it("hides a classified document from an uncleared editor of its own body, for writes too", async () => {
    await app.dataSource.query(`UPDATE app_user SET clearance = 'SECRET' WHERE username = 'ubnd.haian'`);
    const created = await app.gql(
      `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id version } }`,
      { input: { type: "PLAN", reference: "88/KH-UBND", issuerId: await organisationId(app.dataSource, "HP.HAI-AN.UBND"), issuedOn: "2026-03-03", classification: "SECRET" } },
      { token: await app.login("ubnd.haian") },
    );
    await app.dataSource.query(`UPDATE app_user SET clearance = 'NONE' WHERE username = 'ubnd.haian'`);
    const clerk = await app.login("chuyenvien.ubnd.haian");
    const declassify = await app.gql(
      `mutation($input: UpdateDocumentInput!) { updateDocument(input: $input) { id } }`,
      { input: { id: created.data.createDocument.id, expectedVersion: 1, classification: "UNCLASSIFIED", title: "Lộ nội dung" } },
      { token: clerk },
    );
    expect(declassify.errors![0].extensions.code).toBe("NOT_FOUND");
    const probe = await app.gql(
      `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`,
      { input: { type: "PLAN", reference: "88/KH-UBND", issuerId: await organisationId(app.dataSource, "HP.HAI-AN.UBND"), issuedOn: "2026-03-03" } },
      { token: clerk },
    );
    expect(probe.errors![0].extensions.code).toBe("CONFLICT");
    expect(probe.errors![0].extensions.existingDocumentId).toBeUndefined();
  });

  it("does not open another bloc's document to a body that cites it by guessing its number", async () => {
    const editor = await app.login("ubnd.haian");
    const draft = await app.gql(
      `mutation($input: CreateReportInput!) { createReport(input: $input) { id } }`,
      { input: { issuerId: await organisationId(app.dataSource, "HP.HAI-AN.UBND"), title: "Báo cáo", periodKind: "MONTH", periodStart: "2026-05-01", periodEnd: "2026-05-31" } },
      { token: editor },
    );
    const cite = await app.gql(
      `mutation($input: AddLegalBasisInput!) { addLegalBasis(input: $input) { target { title } } }`,
      { input: { documentId: draft.data.createReport.id, relation: "BASED_ON", target: { citation: "Thông báo số 11/TB-HĐND của Hội đồng nhân dân phường" } } },
      { token: editor },
    );
    expect(cite.errors![0].extensions.code).toBe("NOT_FOUND");
    const found = await app.gql(`{ documents(filter: { reference: "11/TB-HĐND" }) { totalCount } }`, {}, { token: editor });
    expect(found.data.documents.totalCount).toBe(0);
  });

  it("lets a ward cite a superior body's document (documents flow down)", async () => {
    const editor = await app.login("ubnd.haian");
    const draft = await app.gql(
      `mutation($input: CreateReportInput!) { createReport(input: $input) { id } }`,
      { input: { issuerId: await organisationId(app.dataSource, "HP.HAI-AN.UBND"), title: "Báo cáo hạ tầng số", periodKind: "MONTH", periodStart: "2026-01-01", periodEnd: "2026-01-31" } },
      { token: editor },
    );
    const cite = await app.gql(
      `mutation($input: AddLegalBasisInput!) { addLegalBasis(input: $input) { target { reference issuer { code } } } }`,
      { input: { documentId: draft.data.createReport.id, relation: "BASED_ON", target: { citation: "Kế hoạch số 317/KH-UBND ngày 02/12/2025 của Ủy ban nhân dân thành phố" } } },
      { token: editor },
    );
    expect(cite.errors).toBeUndefined();
    expect(cite.data.addLegalBasis.target).toEqual({ reference: "317/KH-UBND", issuer: { code: "HP.UBND" } });
  });

  it("keeps the reporting status of a body from an administrator, who manages the directory only", async () => {
    const result = await app.gql(
      `query($org: ID!) { reportingStatus(organisationId: $org, from: "2026-01-01", to: "2026-03-31") { state } }`,
      { org: await organisationId(app.dataSource, "HP.HAI-AN.UBND") },
      { token: await app.login("admin.haiphong") },
    );
    expect(result.errors![0].extensions.code).toBe("NOT_FOUND");
  });

  it("never lets a body accept its own report, nor an integrator draft one", async () => {
    const head = await app.login("ubnd.haian");
    const ubnd = await organisationId(app.dataSource, "HP.HAI-AN.UBND");
    const created = await app.gql(
      `mutation($input: CreateReportInput!) { createReport(input: $input) { id version } }`,
      { input: { issuerId: ubnd, title: "Tự gửi", periodKind: "MONTH", periodStart: "2026-06-01", periodEnd: "2026-06-30", recipients: [{ organisationId: ubnd }] } },
      { token: head },
    );
    const sent = await app.gql(`mutation($input: VersionedDocumentInput!) { submitReport(input: $input) { id version } }`, { input: { id: created.data.createReport.id, expectedVersion: created.data.createReport.version } }, { token: head });
    const accepted = await app.gql(`mutation($input: VersionedDocumentInput!) { acceptReport(input: $input) { id } }`, { input: { id: sent.data.submitReport.id, expectedVersion: sent.data.submitReport.version } }, { token: head });
    expect(accepted.errors![0].extensions.code).toBe("FORBIDDEN");
    const integrator = await app.gql(
      `mutation($input: CreateReportInput!) { createReport(input: $input) { id } }`,
      { input: { issuerId: ubnd, title: "Báo cáo", periodKind: "MONTH", periodStart: "2026-06-01", periodEnd: "2026-06-30" } },
      { token: await app.login("integrator.haiphong") },
    );
    expect(integrator.errors![0].extensions.code).toBe("FORBIDDEN");
  });

  it("answers an impossible date written inline in the query with BAD_USER_INPUT", async () => {
    const result = await app.gql(`{ documents(filter: { issuedFrom: "2026-02-31" }) { totalCount } }`, {}, { token: await app.login("ubnd.haian") });
    expect(result.errors![0].extensions.code).toBe("BAD_USER_INPUT");
    expect(result.errors![0].extensions.fields![0].field).toBe("filter.issuedFrom");
  });
});
