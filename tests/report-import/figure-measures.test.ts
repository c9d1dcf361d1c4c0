import { parseReportText, type ParsedReport } from "../../src/report-import";

const HEADER = "Số: 21/BC-UBND\nThạch Kim, ngày 05 tháng 7 năm 2026\n\nBÁO CÁO\nKết quả chuyển đổi số 6 tháng đầu năm 2026\n\n1. Kết quả\n";

function figuresOf(body: string): { text: string; report: ParsedReport } {
  const text = `${HEADER}${body}\n`;
  return { text, report: parseReportText(text) };
}

describe("candidate figures: durations and periods", () => {
  it.each([
    ["a duration opening the sentence", "Trong 6 tháng, xã đã cấp 420 tài khoản định danh.", ["420"]],
    ["a period of the year", "6 tháng đầu năm, xã đã cấp 420 tài khoản định danh.", ["420"]],
    ["time since a start", "Sau 3 tháng triển khai, 96% hồ sơ được tiếp nhận trực tuyến.", ["96%"]],
    ["the past years", "Trong 02 năm qua đã tổ chức 12 lớp tập huấn.", ["12"]],
    ["consecutive years", "Xã đạt chuẩn 3 năm liền, 100% thôn có điểm truy cập.", ["100%"]],
  ])("leaves out %s", (_name, body, expected) => {
    // when
    const { report } = figuresOf(body);

    // then
    expect(report.figures.map((f) => f.text)).toEqual(expected);
  });

  it("keeps a time measured, with the words before it as what it measures", () => {
    // when
    const { report } = figuresOf("Thời gian giải quyết hồ sơ trung bình 2,5 ngày.");

    // then
    expect(report.figures.map((f) => [f.text, f.measures?.text])).toEqual([["2,5", "Thời gian giải quyết hồ sơ trung bình"]]);
  });
});

describe("candidate figures: the phrase each figure measures", () => {
  it.each([
    ["a rate ending its clause", "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 95,06%.", "95,06%", "Tỷ lệ hồ sơ trực tuyến toàn trình"],
    ["a share after 'chiếm'", "Hồ sơ nộp qua dịch vụ công chiếm 87%;", "87%", "Hồ sơ nộp qua dịch vụ công"],
    ["a rate followed by what it is of", "Kết quả: 95,06% hồ sơ được số hóa, lưu trữ điện tử.", "95,06%", "hồ sơ được số hóa"],
    ["a ratio of officials", "Đến nay, có 15/27 cán bộ có chữ ký số cá nhân.", "15/27", "cán bộ có chữ ký số cá nhân"],
    ["a count of things", "Xã đã cấp 1.250 tài khoản định danh điện tử mức 2.", "1.250", "tài khoản định danh điện tử mức"],
    ["a label and value pair", "Thủ tục hành chính toàn trình: 218 thủ tục.", "218", "Thủ tục hành chính toàn trình"],
  ])("reads %s", (_name, body, written, measures) => {
    // when
    const { report } = figuresOf(body);

    // then
    const figure = report.figures.find((f) => f.text === written);
    expect(figure?.measures?.text).toBe(measures);
  });

  it("never gives the figure itself as what it measures", () => {
    // when
    const { report } = figuresOf("Đạt 100%; 95,06%; tăng 12 so với quý trước. Tỷ lệ: 98%.");

    // then
    for (const figure of report.figures) expect(figure.measures?.text ?? "").not.toContain(figure.text);
  });
});
