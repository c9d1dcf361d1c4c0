import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema } from "graphql";
import { toGlobalId } from "../src/node";
import { auditCount, localityId, organisationId } from "./factories";
import { seedText } from "./fixtures/seeds";
import { startTestApp, type TestApp } from "./harness";

/**
 * Every mutation of the schema, run once in a realistic order: each accepted one appends exactly one
 * audit event, with the action it names. A mutation added to the API without a step here fails the test.
 */
describe("one audit event per accepted mutation, for every mutation", () => {
  let app: TestApp;
  const covered = new Set<string>();
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp({}, { reportContent: false });
    for (const username of ["admin", "ubnd.haian", "bcd.haian", "ubnd.haiphong"]) tokens[username] = await app.login(username);
    covered.add("login");
  });
  afterAll(() => app.close());

  async function step(mutation: string, action: string, as: string, query: string, variables: Record<string, unknown>): Promise<any> {
    const before = await auditCount(app.dataSource);
    const result = await app.gql(query, variables, { token: tokens[as] });
    expect(result.errors).toBeUndefined();
    expect(await auditCount(app.dataSource)).toBe(before + 1);
    const [last] = await app.dataSource.query(`SELECT action, actor_username FROM audit_event ORDER BY id DESC LIMIT 1`);
    expect(last).toEqual({ action, actor_username: as });
    covered.add(mutation);
    return result.data[mutation];
  }

  const seeded = async (key: string) => toGlobalId("Document", (await app.dataSource.query(`SELECT id FROM document WHERE external_id = $1`, [key]))[0].id);
  const version = async (table: string, globalId: string) => (await app.dataSource.query(`SELECT version FROM ${table} WHERE id = $1`, [Buffer.from(globalId, "base64url").toString().split(":")[1]]))[0].version;

  const logsIn = async () => {
    const before = await auditCount(app.dataSource);
    await app.login("mttq.haian");
    expect(await auditCount(app.dataSource)).toBe(before + 1);
  };

  /** Administers the directory */
  const administersTheDirectory = async () => {
    const locality = await step("createLocality", "locality.create", "admin", `mutation($i: CreateLocalityInput!) { createLocality(input: $i) { id } }`, { i: { level: "COMMUNE", code: "31.DONG-HAI", name: "Phường Đông Hải", parentId: await localityId(app.dataSource, "31") } });
    await step("updateLocality", "locality.update", "admin", `mutation($i: UpdateLocalityInput!) { updateLocality(input: $i) { id } }`, { i: { id: locality.id, expectedVersion: 1, name: "Phường Đông Hải 1" } });
    const organisation = await step("createOrganisation", "organisation.create", "admin", `mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }`, { i: { localityId: locality.id, kind: "PEOPLES_COMMITTEE", bloc: "GOVERNMENT", code: "HP.DONG-HAI.UBND", name: "Ủy ban nhân dân phường Đông Hải" } });
    await step("updateOrganisation", "organisation.update", "admin", `mutation($i: UpdateOrganisationInput!) { updateOrganisation(input: $i) { id } }`, { i: { id: organisation.id, expectedVersion: 1, shortName: "UBND phường" } });
    const user = await step("createUser", "user.create", "admin", `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, { i: { username: "ubnd.donghai", displayName: "UBND phường Đông Hải", organisationId: organisation.id, password: "mat-khau-dong-hai" } });
    await step("updateUser", "user.update", "admin", `mutation($i: UpdateUserInput!) { updateUser(input: $i) { id } }`, { i: { id: user.id, expectedVersion: 1, displayName: "Văn phòng UBND phường Đông Hải" } });
    const grant = await step("grantRole", "user.grant_role", "admin", `mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }`, { i: { userId: user.id, role: "EDITOR", organisationId: organisation.id } });
    await step("revokeRole", "user.revoke_role", "admin", `mutation($id: ID!) { revokeRole(grantId: $id) { id } }`, { id: grant.id });
  };

  /** Writes documents and their legal bases */
  const writesDocuments = async () => {
    const plan = await step("createDocument", "document.create", "ubnd.haian", `mutation($i: CreateDocumentInput!) { createDocument(input: $i) { id } }`, { i: { type: "PLAN", reference: "71/KH-UBND", issuerId: await organisationId(app.dataSource, "HP.HAI-AN.UBND"), issuedOn: "2026-02-01", planYear: 2026, periodStart: "2026-01-01", periodEnd: "2026-12-31" } });
    ids.plan = plan.id;
    await step("updateDocument", "document.update", "ubnd.haian", `mutation($i: UpdateDocumentInput!) { updateDocument(input: $i) { id } }`, { i: { id: plan.id, expectedVersion: 1, title: "Kế hoạch chuyển đổi số năm 2026" } });
    const link = await step("addLegalBasis", "document.add_legal_basis", "ubnd.haian", `mutation($i: AddLegalBasisInput!) { addLegalBasis(input: $i) { id } }`, { i: { documentId: plan.id, relation: "BASED_ON", target: { citation: "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị" } } });
    await step("removeLegalBasis", "document.remove_legal_basis", "ubnd.haian", `mutation($id: ID!) { removeLegalBasis(id: $id) { id } }`, { id: link.id });
    const placeholder = await seeded("HP.HAI-AN.UBND:222/UBND-VHXXH");
    await step("confirmDocument", "document.confirm", "ubnd.haian", `mutation($i: VersionedDocumentInput!) { confirmDocument(input: $i) { verified } }`, { i: { id: placeholder, expectedVersion: await version("document", placeholder) } });
    await step("withdrawDocument", "document.withdraw", "ubnd.haian", `mutation($i: WithdrawDocumentInput!) { withdrawDocument(input: $i) { status } }`, { i: { id: placeholder, expectedVersion: await version("document", placeholder), reason: "Thay bằng văn bản khác" } });
  };

  /** Assigns and tracks work */
  const assignsAndTracksWork = async () => {
    const ubnd = await organisationId(app.dataSource, "HP.HAI-AN.UBND");
    const task = await step("createTask", "task.create", "ubnd.haian", `mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }`, { i: { assignedById: ids.plan, title: "Cấp chữ ký số", leadOrganisationId: ubnd, cadence: "SCHEDULED", dueOn: "2026-06-30" } });
    await step("updateTask", "task.update", "ubnd.haian", `mutation($i: UpdateTaskInput!) { updateTask(input: $i) { id } }`, { i: { id: task.id, expectedVersion: 1, dueOn: "2026-07-31" } });
    await step("addTaskUpdate", "task.add_update", "ubnd.haian", `mutation($i: AddTaskUpdateInput!) { addTaskUpdate(input: $i) { id } }`, { i: { taskId: task.id, status: "IN_PROGRESS", reportedOn: "2026-03-01" } });
    const indicator = await step("createIndicator", "indicator.create", "ubnd.haian", `mutation($i: CreateIndicatorInput!) { createIndicator(input: $i) { id } }`, { i: { definedById: ids.plan, name: "Tỷ lệ hồ sơ trực tuyến", measureKind: "RATIO", targets: [{ organisationId: ubnd, targetValue: 90 }] } });
    await step("setTarget", "indicator.set_target", "ubnd.haian", `mutation($i: SetTargetInput!) { setTarget(input: $i) { id } }`, { i: { indicatorId: indicator.id, setById: ids.plan, organisationId: await organisationId(app.dataSource, "HP.HAI-AN.UBND.VHXH"), targetValue: 80 } });
    const measurement = await step("recordMeasurement", "measurement.record", "ubnd.haian", `mutation($i: RecordMeasurementInput!) { recordMeasurement(input: $i) { id } }`, { i: { indicatorId: indicator.id, organisationId: ubnd, periodEnd: "2026-01-14", numerator: 409, denominator: 410 } });
    ids.measurement = (await step("correctMeasurement", "measurement.correct", "ubnd.haian", `mutation($i: CorrectMeasurementInput!) { correctMeasurement(input: $i) { id } }`, { i: { supersedesId: measurement.id, periodEnd: "2026-01-14", numerator: 409, denominator: 409 } })).id;
  };

  /** Drafts, sends, returns, revises and accepts a report; imports one; sets an obligation */
  const reportsAndImports = async () => {
    const report = await step("createReport", "report.create", "ubnd.haian", `mutation($i: CreateReportInput!) { createReport(input: $i) { id sections { children { id } } } }`, {
      i: {
        issuerId: await organisationId(app.dataSource, "HP.HAI-AN.UBND"), title: "Báo cáo tháng 1/2026", periodKind: "MONTH", periodStart: "2026-01-01", periodEnd: "2026-01-31",
        recipients: [{ organisationId: await organisationId(app.dataSource, "HP.UBND") }],
        sections: [{ numbering: "I.", heading: "KẾT QUẢ", children: [{ numbering: "1.", heading: "Dịch vụ công", body: "Tổng số hồ sơ tiếp nhận là 409 hồ sơ." }] }],
      },
    });
    await step("updateReport", "report.update", "ubnd.haian", `mutation($i: UpdateReportInput!) { updateReport(input: $i) { id } }`, { i: { id: report.id, expectedVersion: await version("document", report.id), place: "Hải An" } });
    const figure = await step("addReportFigure", "report.add_figure", "ubnd.haian", `mutation($i: AddFigureInput!) { addReportFigure(input: $i) { id } }`, { i: { sectionId: report.sections[0].children[0].id, label: "hồ sơ tiếp nhận", kind: "COUNT", text: "409", value: 409, spanStart: 27, spanEnd: 30 } });
    await step("linkReportFigure", "report.link_figure", "ubnd.haian", `mutation($i: LinkFigureInput!) { linkReportFigure(input: $i) { id } }`, { i: { figureId: figure.id, measurementId: ids.measurement } });
    const sent = await step("submitReport", "report.submit", "ubnd.haian", `mutation($i: VersionedDocumentInput!) { submitReport(input: $i) { id version } }`, { i: { id: report.id, expectedVersion: await version("document", report.id) } });
    await step("returnReport", "report.return", "ubnd.haiphong", `mutation($i: ReturnReportInput!) { returnReport(input: $i) { id } }`, { i: { id: sent.id, expectedVersion: sent.version, reason: "Bổ sung số liệu" } });
    const revised = await step("reviseReport", "report.revise", "ubnd.haian", `mutation($i: VersionedDocumentInput!) { reviseReport(input: $i) { id version } }`, { i: { id: sent.id, expectedVersion: await version("document", sent.id) } });
    const resent = await step("submitReport", "report.submit", "ubnd.haian", `mutation($i: VersionedDocumentInput!) { submitReport(input: $i) { id version } }`, { i: { id: revised.id, expectedVersion: revised.version } });
    await step("acceptReport", "report.accept", "ubnd.haiphong", `mutation($i: VersionedDocumentInput!) { acceptReport(input: $i) { id } }`, { i: { id: resent.id, expectedVersion: resent.version } });
    const text = seedText("004");
    await step("importReport", "report.import", "bcd.haian", `mutation($o: ID!, $t: String!) { importReport(organisationId: $o, text: $t) { id } }`, { o: await organisationId(app.dataSource, "HP.HAI-AN.BCD"), t: text });
    await step("createReportSchedule", "report.schedule", "bcd.haian", `mutation($i: CreateReportScheduleInput!) { createReportSchedule(input: $i) { id } }`, { i: { organisationId: await organisationId(app.dataSource, "HP.HAI-AN.UBND"), periodKind: "WEEK", dueAfterDays: 1, activeFrom: "2026-01-01" } });
  };

  it("runs every mutation of the schema once, each appending exactly one event", async () => {
    // given the demo data; when every mutation runs once, in an order where each is accepted
    await logsIn();
    await administersTheDirectory();
    await writesDocuments();
    await assignsAndTracksWork();
    await reportsAndImports();
    // then every mutation of the schema was among them
    const schema = buildSchema(readFileSync(join(__dirname, "../schema/schema.graphql"), "utf8"));
    // Bulk upserts append one event per record they change, not one per call: tests/sync/ counts those.
    const perCall = Object.keys(schema.getMutationType()!.getFields()).filter((name) => !name.startsWith("bulkUpsert"));
    expect([...covered].sort()).toEqual(perCall.sort());
  });
});
