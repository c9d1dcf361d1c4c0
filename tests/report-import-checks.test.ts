import { nextNumber, organisationId } from "./factories";
import { startTestApp, type TestApp } from "./harness";

const IMPORT = `mutation($org: ID!, $text: String!, $confirm: Boolean) {
  importReport(organisationId: $org, text: $text, confirmIssuingBody: $confirm) {
    id issuer { code }
    legalBases { relation citationText target { reference referenceAsWritten } }
    figures { text label }
  }
}`;

/** A monthly report of a ward People's Committee, headed by `header`, citing its bases in a deliberate order. */
function reportText(header: string, number: number): string {
  return [
    header,
    `Số: ${number}/BC-UBND`,
    "Hải An, ngày 30 tháng 6 năm 2026",
    "BÁO CÁO",
    "Kết quả chuyển đổi số tháng 6 năm 2026",
    `Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025; Thực hiện Kế hoạch số 09/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân phường; Công văn 562/BKHCN-VCL ngày 14/3/2025 của Bộ Khoa học và Công nghệ; Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;`,
    "I. KẾT QUẢ",
    "1. Dịch vụ công trực tuyến",
    "Trong 6 tháng đầu năm, tỷ lệ hồ sơ trực tuyến toàn trình đạt 95,06%; có 15/27 cán bộ có chữ ký số.",
    "Nơi nhận:",
    "- UBND thành phố;",
    "- Lưu: VT.",
    "TM. ỦY BAN NHÂN DÂN",
    "CHỦ TỊCH",
    "Trần Văn Minh",
  ].join("\n\n");
}

describe("importReport: checks an auditor can rely on", () => {
  let app: TestApp;
  let haiAn: string;
  let token: string;
  beforeAll(async () => {
    app = await startTestApp();
    haiAn = await organisationId(app.dataSource, "HP.HAI-AN.UBND");
    token = await app.login("ubnd.haian");
  });
  afterAll(() => app.close());

  it("refuses a text whose header names another commune's body, naming the header, and writes nothing", async () => {
    // given
    const text = reportText("ỦY BAN NHÂN DÂN\nXÃ THẠCH KIM", nextNumber());
    const [{ n: before }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM document`);

    // when
    const result = await app.gql(IMPORT, { org: haiAn, text }, { token });

    // then
    expect(result.errors![0].extensions.code).toBe("BAD_USER_INPUT");
    const [problem] = result.errors![0].extensions.fields as { field: string; message: string }[];
    expect(problem.field).toBe("header.issuingBody");
    expect(problem.message).toContain("ỦY BAN NHÂN DÂN XÃ THẠCH KIM");
    const [{ n: after }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM document`);
    expect(after).toBe(before);
  });

  it("imports it when the caller confirms the issuing body", async () => {
    // when
    const result = await app.gql(IMPORT, { org: haiAn, text: reportText("ỦY BAN NHÂN DÂN\nXÃ THẠCH KIM", nextNumber()), confirm: true }, { token });

    // then
    expect(result.errors).toBeUndefined();
    expect(result.data.importReport.issuer.code).toBe("HP.HAI-AN.UBND");
  });

  it("accepts its own header without confirmation, keeps the bases in the written order and labels figures by what they measure", async () => {
    // when
    const result = await app.gql(IMPORT, { org: haiAn, text: reportText("UBND THÀNH PHỐ HẢI PHÒNG\nỦY BAN NHÂN DÂN PHƯỜNG HẢI AN", nextNumber()) }, { token });

    // then
    expect(result.errors).toBeUndefined();
    const report = result.data.importReport;
    expect(report.legalBases.filter((l: any) => l.relation === "BASED_ON").map((l: any) => [l.relation, l.target.referenceAsWritten])).toEqual([
      ["BASED_ON", null],
      ["BASED_ON", "09/KH-UBND"],
      ["BASED_ON", "562/BKHCN-VCL"],
      ["BASED_ON", "57-NQ/TW"],
    ]);
    expect(report.figures.map((f: any) => [f.text, f.label])).toEqual([
      ["95,06%", "tỷ lệ hồ sơ trực tuyến toàn trình"],
      ["15/27", "cán bộ có chữ ký số"],
    ]);
  });
});
