import { auditCount, organisationId } from "./factories";
import { startTestApp, type TestApp } from "./harness";

const CREATE = `mutation($input: CreateReportInput!) { createReport(input: $input) { id version reportStatus reference sections { id numbering body } } }`;
const STATE = `id version reportStatus reference number issuedOn submittedAt reviewNote`;
const step = (name: string, input = "VersionedDocumentInput") => `mutation($input: ${input}!) { ${name}(input: $input) { ${STATE} } }`;

describe("report workflow", () => {
  let app: TestApp;
  let clerk: string;
  let head: string;
  let city: string;

  beforeAll(async () => {
    app = await startTestApp();
    clerk = await app.login("chuyenvien.ubnd.haian");
    head = await app.login("ubnd.haian");
    city = await app.login("ubnd.haiphong");
  });
  afterAll(() => app.close());

  async function draft(overrides: Record<string, unknown> = {}) {
    const result = await app.gql(
      CREATE,
      {
        input: {
          issuerId: await organisationId(app.dataSource, "HP.HAI-AN.UBND"),
          title: "Kết quả thực hiện Nghị quyết số 57-NQ/TW tháng 5/2026",
          periodKind: "MONTH",
          periodStart: "2026-05-01",
          periodEnd: "2026-05-31",
          recipients: [{ organisationId: await organisationId(app.dataSource, "HP.UBND"), purpose: "báo cáo" }, { name: "Lưu: VT" }],
          legalBases: [{ citation: "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị" }],
          sections: [{ numbering: "I.", heading: "KẾT QUẢ", children: [{ numbering: "1.", heading: "Chính quyền số", body: "Tổng số hồ sơ tiếp nhận là 409 hồ sơ, trong đó 409 hồ sơ trực tuyến (đạt 100%)." }] }],
          ...overrides,
        },
      },
      { token: clerk },
    );
    expect(result.errors).toBeUndefined();
    return result.data.createReport;
  }

  it("runs DRAFT -> SUBMITTED -> RETURNED -> new version -> ACCEPTED with the right roles, refusing every wrong one", async () => {
    const reportEvents = async () => (await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action LIKE 'report.%' AND action <> 'report.create'`))[0].n;
    const eventsBefore = await reportEvents();
    const report = await draft();
    expect(report.reportStatus).toBe("DRAFT");
    const input = { id: report.id, expectedVersion: report.version };

    // An editor cannot sign; the admin cannot see the report at all; another body's approver neither.
    expect((await app.gql(step("submitReport"), { input }, { token: clerk })).errors![0].extensions.code).toBe("FORBIDDEN");
    expect((await app.gql(step("submitReport"), { input }, { token: await app.login("admin") })).errors![0].extensions.code).toBe("NOT_FOUND");
    expect((await app.gql(step("submitReport"), { input }, { token: await app.login("ubnd.phulien") })).errors![0].extensions.code).toBe("NOT_FOUND");

    // The ward's 2026 register holds Báo cáo số 24/BC-UBND (seed report 004) and whatever other tests
    // of this file submitted first: the report takes the next number.
    const [{ last }] = await app.dataSource.query(
      `SELECT max(d.number::int) AS last FROM document d JOIN organisation o ON o.id = d.issuer_id
        WHERE o.code = 'HP.HAI-AN.UBND' AND d.symbol = 'BC-UBND' AND d.issued_year = 2026 AND d.number ~ '^[0-9]+$'`,
    );
    expect(last).toBeGreaterThanOrEqual(24);
    const before = await auditCount(app.dataSource);
    const submitted = await app.gql(step("submitReport"), { input }, { token: head });
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data.submitReport).toMatchObject({ reportStatus: "SUBMITTED", number: String(last + 1), reference: `${last + 1}/BC-UBND` });
    expect(submitted.data.submitReport.issuedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await auditCount(app.dataSource)).toBe(before + 1);
    const sent = submitted.data.submitReport;

    // Nobody edits a submitted report, through any path.
    const edit = await app.gql(`mutation($input: UpdateReportInput!) { updateReport(input: $input) { id } }`, { input: { id: sent.id, expectedVersion: sent.version, title: "Sửa" } }, { token: head });
    expect(edit.errors![0].extensions.code).toBe("FORBIDDEN");
    const asDocument = await app.gql(`mutation($input: UpdateDocumentInput!) { updateDocument(input: $input) { id } }`, { input: { id: sent.id, expectedVersion: sent.version, title: "Sửa" } }, { token: head });
    expect(asDocument.errors![0].extensions.code).toBe("FORBIDDEN");
    const basis = await app.gql(`mutation($input: AddLegalBasisInput!) { addLegalBasis(input: $input) { id } }`, { input: { documentId: sent.id, relation: "BASED_ON", target: { citation: "Kế hoạch số 317/KH-UBND ngày 02/12/2025" } } }, { token: head });
    expect(basis.errors![0].extensions.code).toBe("FORBIDDEN");

    // Only an approver of a recipient reviews it: the ward's coordinator reads it but is no recipient.
    const review = { id: sent.id, expectedVersion: sent.version };
    expect((await app.gql(step("acceptReport"), { input: review }, { token: await app.login("bcd.haian") })).errors![0].extensions.code).toBe("FORBIDDEN");
    expect((await app.gql(step("acceptReport"), { input: review }, { token: head })).errors![0].extensions.code).toBe("FORBIDDEN");
    const returned = await app.gql(step("returnReport", "ReturnReportInput"), { input: { ...review, reason: "Bổ sung số liệu dịch vụ công trực tuyến" } }, { token: city });
    expect(returned.data.returnReport).toMatchObject({ reportStatus: "RETURNED", reviewNote: "Bổ sung số liệu dịch vụ công trực tuyến" });

    const revised = await app.gql(`mutation($input: VersionedDocumentInput!) { reviseReport(input: $input) { id reportStatus reference replaces { id reportStatus } sections { numbering children { body } } } }`, { input: { id: sent.id, expectedVersion: returned.data.returnReport.version } }, { token: clerk });
    expect(revised.errors).toBeUndefined();
    expect(revised.data.reviseReport).toMatchObject({ reportStatus: "DRAFT", reference: "/BC-UBND", replaces: { id: sent.id, reportStatus: "RETURNED" } });
    expect(revised.data.reviseReport.sections[0].children[0].body).toContain("409 hồ sơ");
    const old = await app.gql(`query($id: ID!) { report(id: $id) { reportStatus replacedBy { id } } }`, { id: sent.id }, { token: head });
    expect(old.data.report).toEqual({ reportStatus: "RETURNED", replacedBy: { id: revised.data.reviseReport.id } });

    const [{ version }] = await app.dataSource.query(`SELECT version FROM document WHERE id = $1`, [Buffer.from(revised.data.reviseReport.id, "base64url").toString().split(":")[1]]);
    const second = await app.gql(step("submitReport"), { input: { id: revised.data.reviseReport.id, expectedVersion: version } }, { token: head });
    expect(second.data.submitReport).toMatchObject({ reportStatus: "SUBMITTED", reference: `${last + 2}/BC-UBND` });
    const accepted = await app.gql(step("acceptReport"), { input: { id: second.data.submitReport.id, expectedVersion: second.data.submitReport.version } }, { token: city });
    expect(accepted.data.acceptReport.reportStatus).toBe("ACCEPTED");
    // submit, return, revise, submit, accept: five events of this report's chain, whatever ran before
    expect((await reportEvents()) - eventsBefore).toBe(5);
  });

  it("refuses a stale version and a repeated submission", async () => {
    const report = await draft();
    const stale = await app.gql(step("submitReport"), { input: { id: report.id, expectedVersion: report.version + 1 } }, { token: head });
    expect(stale.errors![0].extensions.code).toBe("CONFLICT");
    const sent = await app.gql(step("submitReport"), { input: { id: report.id, expectedVersion: report.version } }, { token: head });
    const again = await app.gql(step("submitReport"), { input: { id: report.id, expectedVersion: sent.data.submitReport.version } }, { token: head });
    expect(again.errors![0].extensions.code).toBe("CONFLICT");
  });

  describe("bad input (BAD_USER_INPUT, nothing written)", () => {
    it("refuses a period that ends before it starts", async () => {
      const before = await auditCount(app.dataSource);
      const result = await app.gql(CREATE, { input: { issuerId: await organisationId(app.dataSource, "HP.HAI-AN.UBND"), title: "Báo cáo", periodKind: "MONTH", periodStart: "2026-05-31", periodEnd: "2026-05-01" } }, { token: clerk });
      expect(result.errors![0].extensions.code).toBe("BAD_USER_INPUT");
      expect(result.errors![0].extensions.fields![0].field).toBe("periodEnd");
      expect(await auditCount(app.dataSource)).toBe(before);
    });

    it("refuses a figure whose span lies outside its section", async () => {
      const report = await draft();
      const section = report.sections[0];
      const before = await auditCount(app.dataSource);
      const figures = async () => (await app.dataSource.query(`SELECT count(*)::int AS n FROM report_figure`))[0].n;
      const figuresBefore = await figures();
      const result = await app.gql(
        `mutation($input: AddFigureInput!) { addReportFigure(input: $input) { id } }`,
        { input: { sectionId: section.id, label: "hồ sơ", kind: "COUNT", text: "409", value: 409, spanStart: 500, spanEnd: 503 } },
        { token: clerk },
      );
      expect(result.errors![0].extensions.code).toBe("BAD_USER_INPUT");
      expect(result.errors![0].extensions.fields![0].field).toBe("spanEnd");
      expect(await auditCount(app.dataSource)).toBe(before);
      expect(await figures()).toBe(figuresBefore);
    });

    it("refuses 10 MB of text to import and a text with no header", async () => {
      const organisation = await organisationId(app.dataSource, "HP.HAI-AN.UBND");
      const IMPORT = `mutation($org: ID!, $text: String!) { importReport(organisationId: $org, text: $text) { id } }`;
      const before = await auditCount(app.dataSource);
      const huge = await app.gql(IMPORT, { org: organisation, text: "Số: /BC-UBND\nBÁO CÁO\n" + "x".repeat(10 * 1024 * 1024) }, { token: clerk });
      expect(huge.errors![0].extensions.code).toBe("BAD_USER_INPUT");
      const headless = await app.gql(IMPORT, { org: organisation, text: "Ủy ban nhân dân phường đã triển khai nhiều nhiệm vụ chuyển đổi số trong tháng." }, { token: clerk });
      expect(headless.errors![0].extensions.code).toBe("BAD_USER_INPUT");
      expect(headless.errors![0].extensions.fields![0].field).toBe("text");
      expect(await auditCount(app.dataSource)).toBe(before);
    });
  });
});
