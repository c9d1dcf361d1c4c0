import { DocumentType } from "../../src/citations";
import { MAX_REPORT_TEXT_LENGTH, ReportImportError, parseReportText } from "../../src/report-import";

const HEADER = "Số: 05/BC-UBND\nHải An, ngày 10 tháng 4 năm 2026\n\nBÁO CÁO\nKết quả thực hiện quý I năm 2026\n\n";

function failure(text: string): ReportImportError {
  try {
    parseReportText(text);
  } catch (error) {
    if (error instanceof ReportImportError) return error;
    throw error;
  }
  throw new Error("parseReportText accepted the text");
}

const bilingual = (message: string) => message.split(" / ").length === 2;

describe("parseReportText refuses", () => {
  it.each([[""], ["   \n\t\r\n  "]])("an empty text %j with EMPTY", (text) => {
    // when
    const error = failure(text);

    // then
    expect(error).toMatchObject({ name: "ReportImportError", reason: "EMPTY" });
    expect(bilingual(error.message)).toBe(true);
  });

  it("a text one character over the limit with TOO_LONG, before reading it", () => {
    // given
    const text = HEADER + "x".repeat(MAX_REPORT_TEXT_LENGTH + 1 - HEADER.length);

    // when
    const error = failure(text);

    // then
    expect(MAX_REPORT_TEXT_LENGTH).toBe(1_000_000);
    expect(error.reason).toBe("TOO_LONG");
    expect(error.message).toContain(String(MAX_REPORT_TEXT_LENGTH + 1));
  });

  it("a paragraph of prose with NO_HEADER", () => {
    // given
    const prose =
      "Sáng nay trời trong xanh, chúng tôi đi bộ quanh hồ và báo cáo với nhau về 15 cây phượng vừa trồng. " +
      "Sau đó cả nhóm ghé quán nước, bàn chuyện số liệu của năm 2026 rồi về nhà.";

    // when
    const error = failure(prose);

    // then
    expect(error.reason).toBe("NO_HEADER");
    expect(bilingual(error.message)).toBe(true);
  });

  it("a title and body with neither a 'Số' line nor a kind line with NO_HEADER", () => {
    // given
    const text = "Kết quả thực hiện chuyển đổi số quý I năm 2026\n\nI. KẾT QUẢ\n1. Hạ tầng\nĐã lắp đặt 25 camera.";

    // then
    expect(failure(text).reason).toBe("NO_HEADER");
  });

  it("a plan with NOT_A_REPORT, naming the kind it found", () => {
    // given
    const plan = "UBND PHƯỜNG HẢI AN\nSố: 12/KH-UBND\nHải An, ngày 5 tháng 1 năm 2026\n\nKẾ HOẠCH\nTriển khai chuyển đổi số năm 2026\n";

    // when
    const error = failure(plan);

    // then
    expect(error).toMatchObject({ reason: "NOT_A_REPORT", documentType: DocumentType.PLAN });
    expect(error.message).toBe("Văn bản là kế hoạch, không phải báo cáo / The document is a plan, not a report");
  });

  it("a header whose symbol names another kind, with no kind line, with NOT_A_REPORT", () => {
    // when
    const error = failure("Số: 88/QĐ-UBND\nHà Nội, ngày 1 tháng 2 năm 2026\nVề việc giao chỉ tiêu\n");

    // then
    expect(error).toMatchObject({ reason: "NOT_A_REPORT", documentType: DocumentType.DECISION });
  });

  it("a bare 'Số' line in a text using 'báo cáo' only as a verb with NOT_A_REPORT", () => {
    // given
    const text = "Số: 12\nUBND phường báo cáo kết quả như sau:\nĐã hoàn thành 5 nhiệm vụ.";

    // then
    expect(failure(text)).toMatchObject({ reason: "NOT_A_REPORT", documentType: null });
  });
});

describe("parseReportText accepts", () => {
  it("a report of exactly the maximum length", () => {
    // given
    const text = HEADER + "x".repeat(MAX_REPORT_TEXT_LENGTH - HEADER.length);

    // when
    const report = parseReportText(text);

    // then
    expect(text).toHaveLength(MAX_REPORT_TEXT_LENGTH);
    expect(report.header.documentNumber?.number).toBe("05");
  });

  it("a report whose only header is its symbol", () => {
    // when
    const report = parseReportText("Số: 15/BC-UBND\nHà Nội, ngày 1 tháng 2 năm 2026\nTình hình tháng 01/2026\n1. Kết quả\nĐạt 5 nhiệm vụ.");

    // then
    expect(report.header.kind).toBeNull();
    expect(report.header.documentType).toBe(DocumentType.REPORT);
    expect(report.title?.text).toBe("Tình hình tháng 01/2026");
    expect(report.period).toMatchObject({ kind: "MONTH", start: "2026-01-01", end: "2026-01-31" });
  });

  it("a report with no 'Số' line, no recipients and no signature, leaving them empty", () => {
    // when
    const report = parseReportText("BÁO CÁO\nTình hình thực hiện nhiệm vụ\n\nCác đơn vị đã hoàn thành 3 nhiệm vụ.");

    // then
    expect(report.header.documentNumber).toBeNull();
    expect(report.header.date).toBeNull();
    expect(report.period).toBeNull();
    expect(report.sections).toEqual([]);
    expect(report.recipients).toEqual([]);
    expect(report.archive).toBeNull();
    expect(report.signature).toBeNull();
    expect(report.figures.map((f) => f.text)).toEqual(["3"]);
  });
});
