import { parseReportText, type ParsedReport } from "../../src/report-import";

const HEADER = "Số: 05/BC-UBND\nHải An, ngày 10 tháng 4 năm 2026\n\nBÁO CÁO\nKết quả thực hiện quý I năm 2026\n\n";

function figuresOf(body: string): { text: string; report: ParsedReport } {
  const text = HEADER + body;
  return { text, report: parseReportText(text) };
}

const written = (report: ParsedReport) => report.figures.map((f) => f.text);

describe("candidate figures", () => {
  it("leave out dates, day/month pairs, month/year pairs, years and year ranges", () => {
    // when
    const { report } = figuresOf(
      "1. Kết quả\nNgày 27/3/2026, ngày 06/08 và từ 08/01 đến 14/01/2026 đã họp; trong tháng 5/2026, năm 2026, " +
        "nhiệm kỳ 2026 - 2031, năm học 2025 - 2026, giai đoạn 2026–2030, hạn 15/4.\n",
    );

    // then
    expect(written(report)).toEqual([]);
  });

  it("leave out references, citations, naming numbers, versions, network generations and enumerators", () => {
    // when
    const { report } = figuresOf(
      "1. Kết quả\nTheo Kế hoạch số 12/KH-UBND, Nghị quyết 57, Đề án 06/CP, Đề án 06, Phụ lục 04, Ban Chỉ đạo 57, " +
        "giai đoạn 1, lần thứ 4, Kế hoạch 02-KH/BCĐTW, phần mềm 4.0, sóng 4G/5G, thiết bị BML10, (1) rà soát, " +
        "Điều 5, chính quyền địa phương 2 cấp.\n",
    );

    // then
    expect(written(report)).toEqual([]);
  });

  it("leave out URLs, e-mail addresses and phone numbers", () => {
    // when
    const { report } = figuresOf(
      "1. Liên hệ\nXem https://nq57.vn/bao-cao/2026, pakn.nq57.vn, www.dcs.vn hoặc vp2026@haiphong.gov.vn; " +
        "điện thoại 0225.3822.123, 0912 345 678, đường dây nóng 1900 1234.\n",
    );

    // then
    expect(written(report)).toEqual([]);
  });

  it("read a count with a total, a zero and a number glued to a colon label", () => {
    // when
    const { report, text } = figuresOf("1. Hồ sơ\nTổng số 409 hồ sơ; trực tiếp: 0 hồ sơ; Bộ Tư pháp: 226 hồ sơ.\n");

    // then
    expect(report.figures.map((f) => [f.kind, "value" in f ? f.value : null, f.label?.text ?? null])).toEqual([
      ["COUNT", 409, "Tổng số"],
      ["COUNT", 0, "trực tiếp"],
      ["COUNT", 226, "Bộ Tư pháp"],
    ]);
    expect(report.figures.map((f) => text.slice(f.withUnitSpan.start, f.withUnitSpan.end))).toEqual(["409 hồ sơ", "0 hồ sơ", "226 hồ sơ"]);
  });

  it("read qualifiers written before a number, in text order", () => {
    // when
    const { report } = figuresOf("1. Kinh tế số\nCó khoảng trên 80% hộ kinh doanh, gần 1.200 tài khoản, dưới 5% sự cố, ít nhất 3 buổi.\n");

    // then
    expect(report.figures.map((f) => [f.text, f.qualifiers])).toEqual([
      ["80%", ["ABOUT", "OVER"]],
      ["1.200", ["ABOUT"]],
      ["5%", ["UNDER"]],
      ["3", ["AT_LEAST"]],
    ]);
  });

  it("end a unit before a verb, a function word or an abbreviation", () => {
    // when
    const { report, text } = figuresOf(
      "1. Kết quả\n15/27 đại biểu HĐND được cấp chữ ký; 2.433 đối tượng người có công; 100% hồ sơ giải quyết đúng hạn; " +
        "khoảng 3.000 thiết bị đối với ứng dụng; 437 thủ tục hành chính cấp phường; thời gian xử lý trung bình 2 ngày.\n",
    );

    // then
    expect(report.figures.map((f) => f.unit && text.slice(f.unit.span.start, f.unit.span.end))).toEqual([
      "đại biểu", "đối tượng người", "hồ sơ", "thiết bị", "thủ tục hành chính", "ngày",
    ]);
  });

  it("tell a ratio from a day and month by the order of its parts and the word before it", () => {
    // when
    const { report } = figuresOf("1. Kết quả\nHoàn thành 06/08 nhiệm vụ, 24/7 trực, đến ngày 06/08 còn 0/5 việc.\n");

    // then
    expect(report.figures.map((f) => (f.kind === "RATIO" ? [f.numerator, f.denominator] : f.text))).toEqual([[6, 8], [0, 5]]);
  });

  it("place each figure in its sentence and its innermost section", () => {
    // when
    const { report, text } = figuresOf(
      "I. KẾT QUẢ\n1. Hạ tầng\nĐã lắp 25 camera. TP. Hải Phòng hỗ trợ 3 máy chủ.\n1.1. Mạng\na) Cáp quang: 1.250 hộ.\nII. KIẾN NGHỊ\nCấp thêm 2 máy.\n",
    );

    // then
    expect(report.figures.map((f) => [f.text, f.sectionPath, text.slice(f.sentenceSpan.start, f.sentenceSpan.end)])).toEqual([
      ["25", ["I.", "1."], "Đã lắp 25 camera."],
      ["3", ["I.", "1."], "TP. Hải Phòng hỗ trợ 3 máy chủ."],
      ["1.250", ["I.", "1.", "1.1.", "a)"], "Cáp quang: 1.250 hộ."],
      ["2", ["II."], "Cấp thêm 2 máy."],
    ]);
    expect(report.figures.map((f) => f.sectionIndex)).toEqual([1, 1, 3, 4]);
  });

  it("keep spans on the caller's text when it is decomposed (NFD)", () => {
    // given
    const text = (HEADER + "1. Kết quả\nĐã tích hợp Sổ sức khỏe điện tử đối với 22.581/57.566 tài khoản (đạt 39%).\n").normalize("NFD");

    // when
    const report = parseReportText(text);

    // then
    expect(report.figures.map((f) => text.slice(f.span.start, f.span.end))).toEqual(["22.581/57.566", "39%"]);
    expect(text.slice(report.figures[0].label!.span.start, report.figures[0].label!.span.end)).toBe(
      "tích hợp Sổ sức khỏe điện tử đối với".normalize("NFD"),
    );
    expect(report.figures[0].label?.text).toBe("tích hợp Sổ sức khỏe điện tử đối với");
  });
});
