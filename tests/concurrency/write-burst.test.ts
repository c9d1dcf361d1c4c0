import { organisationId } from "../factories";
import { startTestApp, type GraphQLResponse, type TestApp } from "../harness";

/**
 * Bursts of concurrent writes as an end-of-quarter ward or a retrying integrator sends them, on a
 * pool smaller than the burst: every call answers, exactly one write per version wins, and other
 * requests keep being served throughout.
 */
const CREATE_DOCUMENT = `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id version } }`;
const UPDATE_DOCUMENT = `mutation($input: UpdateDocumentInput!) { updateDocument(input: $input) { id version title } }`;
const CREATE_TASK = `mutation($input: CreateTaskInput!) { createTask(input: $input) { id version } }`;
const UPDATE_TASK = `mutation($input: UpdateTaskInput!) { updateTask(input: $input) { id version } }`;
const CREATE_REPORT = `mutation($input: CreateReportInput!) { createReport(input: $input) { id version } }`;
const SUBMIT_REPORT = `mutation($input: VersionedDocumentInput!) { submitReport(input: $input) { id reportStatus reference } }`;
const IMPORT = `mutation($org: ID!, $text: String!) { importReport(organisationId: $org, text: $text) { id legalBases { target { id reference } } } }`;

function codes(results: GraphQLResponse[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const result of results) {
    const code = result.errors ? result.errors[0].extensions.code : "OK";
    counts[code] = (counts[code] ?? 0) + 1;
  }
  return counts;
}

/** A ward report citing the same two documents that no one has stored yet. */
function wardReport(month: number): string {
  return `ỦY BAN NHÂN DÂN
PHƯỜNG HẢI AN

Số: /BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hải An, ngày 28 tháng ${month} năm 2026

BÁO CÁO
Kết quả thực hiện chuyển đổi số tháng ${month} năm 2026

Căn cứ Kế hoạch số 412/KH-UBND ngày 05/01/2026 của UBND thành phố Hải Phòng về chuyển đổi số năm 2026;
Thực hiện Công văn số 9031/UBND-VX ngày 12/02/2026 của UBND thành phố Hải Phòng, UBND phường báo cáo như sau:

I. KẾT QUẢ
1. Chính quyền số
Tổng số hồ sơ tiếp nhận trong tháng là ${400 + month} hồ sơ, trong đó ${390 + month} hồ sơ trực tuyến.
II. PHƯƠNG HƯỚNG
Tiếp tục triển khai.

Nơi nhận:
- UBND thành phố;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn Hải
`;
}

describe("concurrent writes on a pool smaller than the burst", () => {
  let app: TestApp;
  let editor: string;
  let coordinator: string;
  let clerk: string;
  let ubnd: string;

  beforeAll(async () => {
    app = await startTestApp({ DB_POOL_SIZE: "5" });
    [editor, coordinator, clerk] = await Promise.all([app.login("ubnd.haian"), app.login("bcd.haian"), app.login("chuyenvien.ubnd.haian")]);
    ubnd = await organisationId(app.dataSource, "HP.HAI-AN.UBND");
  });
  afterAll(() => app.close());

  /** Sends the burst while a reader keeps asking who it is; returns both sets of answers. */
  async function burst(calls: Array<() => Promise<GraphQLResponse>>): Promise<{ writes: GraphQLResponse[]; reads: GraphQLResponse[] }> {
    let done = false;
    const reads: GraphQLResponse[] = [];
    const reader = (async () => {
      while (!done) reads.push(await app.gql(`{ me { id } }`, {}, { token: editor }));
    })();
    const writes = await Promise.all(calls.map((call) => call()));
    done = true;
    await reader;
    return { writes, reads };
  }

  async function eventsFor(globalId: string, action: string): Promise<number> {
    const id = Buffer.from(globalId, "base64url").toString().split(":")[1];
    const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM audit_event WHERE entity_id = $1 AND action = $2`, [id, action]);
    return count;
  }

  it("answers 50 updates of one document with one version: one wins, 49 CONFLICT, one audit event", async () => {
    const created = await app.gql(CREATE_DOCUMENT, { input: { type: "PLAN", reference: "31/KH-UBND", issuerId: ubnd, issuedOn: "2026-03-02", title: "Kế hoạch chuyển đổi số năm 2026" } }, { token: editor });
    expect(created.errors).toBeUndefined();
    const { id, version } = created.data.createDocument;

    const { writes, reads } = await burst(
      Array.from({ length: 50 }, (_, i) => () => app.gql(UPDATE_DOCUMENT, { input: { id, expectedVersion: version, title: `Kế hoạch chuyển đổi số năm 2026 (bản ${i})` } }, { token: editor })),
    );

    expect(codes(writes)).toEqual({ OK: 1, CONFLICT: 49 });
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((read) => read.data?.me?.id)).toBe(true);
    expect(await eventsFor(id, "document.update")).toBe(1);
    const after = await app.gql(`query($id: ID!) { document(id: $id) { version title } }`, { id }, { token: editor });
    expect(after.data.document.version).toBe(version + 1);
    expect(after.data.document.title).toBe(writes.find((w) => !w.errors)!.data.updateDocument.title);
  });

  it("answers 50 updates of one task with one version: one wins, 49 CONFLICT, one audit event", async () => {
    const notice = await app.gql(CREATE_DOCUMENT, { input: { type: "NOTICE", noticeKind: "ASSIGNMENT", reference: "09-TB/BCĐ", issuerId: await organisationId(app.dataSource, "HP.HAI-AN.BCD"), issuedOn: "2026-02-10", title: "Phân công nhiệm vụ chuyển đổi số" } }, { token: coordinator });
    const task = await app.gql(CREATE_TASK, { input: { assignedById: notice.data.createDocument.id, code: "3", title: "Số hóa hồ sơ hộ tịch", leadOrganisationId: ubnd, cadence: "SCHEDULED", dueOn: "2026-09-30" } }, { token: coordinator });
    expect(task.errors).toBeUndefined();
    const { id, version } = task.data.createTask;

    const { writes, reads } = await burst(
      Array.from({ length: 50 }, (_, i) => () => app.gql(UPDATE_TASK, { input: { id, expectedVersion: version, dueOn: `2026-10-${String((i % 28) + 1).padStart(2, "0")}` } }, { token: editor })),
    );

    expect(codes(writes)).toEqual({ OK: 1, CONFLICT: 49 });
    expect(reads.every((read) => read.data?.me?.id)).toBe(true);
    expect(await eventsFor(id, "task.update")).toBe(1);
  });

  it("answers 30 concurrent submissions of one report: one is signed and numbered, the others CONFLICT", async () => {
    const report = await app.gql(
      CREATE_REPORT,
      { input: { issuerId: ubnd, title: "Kết quả chuyển đổi số tháng 7/2026", periodKind: "MONTH", periodStart: "2026-07-01", periodEnd: "2026-07-31", sections: [{ numbering: "I.", heading: "KẾT QUẢ", body: "Đã số hóa 1.250 hồ sơ." }] } },
      { token: clerk },
    );
    expect(report.errors).toBeUndefined();
    const { id, version } = report.data.createReport;

    const { writes } = await burst(Array.from({ length: 30 }, () => () => app.gql(SUBMIT_REPORT, { input: { id, expectedVersion: version } }, { token: editor })));

    expect(codes(writes)).toEqual({ OK: 1, CONFLICT: 29 });
    expect(writes.find((w) => !w.errors)!.data.submitReport.reportStatus).toBe("SUBMITTED");
    expect(await eventsFor(id, "report.submit")).toBe(1);
  });

  it("imports 12 different reports at once that cite the same new documents: all succeed, one placeholder per document", async () => {
    const { writes, reads } = await burst(Array.from({ length: 12 }, (_, i) => () => app.gql(IMPORT, { org: ubnd, text: wardReport(i + 1) }, { token: editor })));

    expect(codes(writes)).toEqual({ OK: 12 });
    expect(reads.every((read) => read.data?.me?.id)).toBe(true);
    const targets = writes.map((w) => w.data.importReport.legalBases.map((basis: { target: { id: string; reference: string } }) => `${basis.target.reference}=${basis.target.id}`).sort());
    expect(new Set(targets.map((t) => t.join(","))).size).toBe(1);
    const placeholders = await app.dataSource.query(`SELECT reference, count(*)::int AS count FROM document WHERE reference IN ('412/KH-UBND', '9031/UBND-VX') GROUP BY reference ORDER BY reference`);
    expect(placeholders).toEqual([
      { reference: "412/KH-UBND", count: 1 },
      { reference: "9031/UBND-VX", count: 1 },
    ]);
  });
});
