import { organisationId } from "../factories";
import { startTestApp, type TestApp } from "../harness";
import { inTransaction, PoolUseInTransactionError } from "../../src/transaction";
import type { Context } from "../../src/context";

/**
 * With a pool of one connection, a write that asked the pool for a second connection while holding
 * its own would wait forever (or, with the pool guard, fail): every write path below must succeed.
 */
describe("every write runs on its transaction's one connection", () => {
  let app: TestApp;
  let editor: string;
  let coordinator: string;
  let ubnd: string;

  beforeAll(async () => {
    app = await startTestApp({ DB_POOL_SIZE: "1", DB_ACQUIRE_TIMEOUT: "3s" });
    editor = await app.login("ubnd.haian");
    coordinator = await app.login("bcd.haian");
    ubnd = await organisationId(app.dataSource, "HP.HAI-AN.UBND");
  });
  afterAll(() => app.close());

  it("refuses a pool connection to code inside a write transaction", async () => {
    const ctx = { db: app.dataSource.manager } as Context;
    await expect(inTransaction(ctx, () => app.dataSource.query("SELECT 1"))).rejects.toBeInstanceOf(PoolUseInTransactionError);
    // The transaction's own connection works, and the pool serves again once it is over.
    await expect(inTransaction(ctx, (tx) => tx.db.query("SELECT 1 AS one"))).resolves.toEqual([{ one: 1 }]);
    await expect(app.dataSource.query("SELECT 2 AS two")).resolves.toEqual([{ two: 2 }]);
  });

  it("creates, cites, assigns, measures, drafts, imports and submits on a pool of one", async () => {
    const ok = async (query: string, variables: Record<string, unknown>, token = editor) => {
      const result = await app.gql(query, variables, { token });
      expect(result.errors).toBeUndefined();
      return result.data;
    };
    const plan = await ok(`mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id version } }`, {
      input: { type: "PLAN", reference: "44/KH-UBND", issuerId: ubnd, issuedOn: "2026-03-10", title: "Kế hoạch số hóa hồ sơ năm 2026" },
    });
    const planId = plan.createDocument.id;
    await ok(`mutation($input: AddLegalBasisInput!) { addLegalBasis(input: $input) { id } }`, {
      input: { documentId: planId, relation: "BASED_ON", target: { citation: "Kế hoạch số 907/KH-UBND ngày 03/02/2026 của UBND thành phố Hải Phòng" } },
    });
    await ok(`mutation($input: UpdateDocumentInput!) { updateDocument(input: $input) { version } }`, { input: { id: planId, expectedVersion: plan.createDocument.version, title: "Kế hoạch số hóa hồ sơ hộ tịch năm 2026" } });
    const notice = await ok(
      `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`,
      { input: { type: "NOTICE", noticeKind: "ASSIGNMENT", reference: "11-TB/BCĐ", issuerId: await organisationId(app.dataSource, "HP.HAI-AN.BCD"), issuedOn: "2026-02-12", title: "Phân công nhiệm vụ" } },
      coordinator,
    );
    const task = await ok(
      `mutation($input: CreateTaskInput!) { createTask(input: $input) { id version } }`,
      { input: { assignedById: notice.createDocument.id, code: "2", title: "Cấp chữ ký số", leadOrganisationId: ubnd, cadence: "SCHEDULED", dueOn: "2026-08-31" } },
      coordinator,
    );
    const indicator = await ok(
      `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { id } }`,
      { input: { definedById: notice.createDocument.id, code: "CT2", name: "Tỷ lệ cán bộ có chữ ký số cá nhân", measureKind: "RATIO", unit: "cán bộ", targets: [{ organisationId: ubnd, targetValue: 80 }] } },
      coordinator,
    );
    const measured = await ok(`mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { id status } }`, {
      input: { indicatorId: indicator.createIndicator.id, organisationId: ubnd, periodEnd: "2026-03-31", numerator: 15, denominator: 27 },
    });
    await ok(`mutation($input: CorrectMeasurementInput!) { correctMeasurement(input: $input) { id } }`, { input: { supersedesId: measured.recordMeasurement.id, periodEnd: "2026-03-31", numerator: 16, denominator: 27 } });
    await ok(`mutation($input: AddTaskUpdateInput!) { addTaskUpdate(input: $input) { id } }`, { input: { taskId: task.createTask.id, status: "IN_PROGRESS", reportedOn: "2026-04-01" } });
    await ok(`mutation($input: UpdateTaskInput!) { updateTask(input: $input) { version } }`, { input: { id: task.createTask.id, expectedVersion: task.createTask.version, dueOn: "2026-09-30" } });
    const report = await ok(`mutation($input: CreateReportInput!) { createReport(input: $input) { id version } }`, {
      input: {
        issuerId: ubnd,
        title: "Kết quả chuyển đổi số tháng 8/2026",
        periodKind: "MONTH",
        periodStart: "2026-08-01",
        periodEnd: "2026-08-31",
        legalBases: [{ citation: "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị" }],
        recipients: [{ organisationId: await organisationId(app.dataSource, "HP.UBND"), purpose: "báo cáo" }],
        sections: [{ numbering: "I.", heading: "KẾT QUẢ", body: "Đã cấp 15/27 chữ ký số." }],
      },
    });
    await ok(`mutation($input: VersionedDocumentInput!) { submitReport(input: $input) { reportStatus } }`, { input: { id: report.createReport.id, expectedVersion: report.createReport.version } });
    const imported = await ok(`mutation($org: ID!, $text: String!) { importReport(organisationId: $org, text: $text) { id } }`, {
      org: ubnd,
      text: "ỦY BAN NHÂN DÂN\nPHƯỜNG HẢI AN\n\nSố: /BC-UBND\n\nHải An, ngày 30 tháng 9 năm 2026\n\nBÁO CÁO\nKết quả chuyển đổi số tháng 9 năm 2026\n\nCăn cứ Kế hoạch số 907/KH-UBND ngày 03/02/2026 của UBND thành phố Hải Phòng;\n\nI. KẾT QUẢ\nĐã số hóa 1.250 hồ sơ.\n\nNơi nhận:\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn Hải\n",
    });
    expect(imported.importReport.id).toBeTruthy();
  });
});
