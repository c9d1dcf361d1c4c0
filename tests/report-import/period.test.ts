import { classifyRange, parseReportText } from "../../src/report-import";

const report = (dateLine: string, title: string, body = "1. Kết quả\nĐã hoàn thành.") =>
  parseReportText(`Số: 05/BC-UBND\n${dateLine}\n\nBÁO CÁO\n${title}\n\n${body}\n`);

describe("classifyRange", () => {
  it.each([
    ["2026-01-08", "2026-01-14", "WEEK"],
    ["2026-02-01", "2026-02-28", "MONTH"],
    ["2024-02-01", "2024-02-29", "MONTH"],
    ["2026-04-01", "2026-06-30", "QUARTER"],
    ["2026-07-01", "2026-12-31", "HALF_YEAR"],
    ["2026-01-01", "2026-12-31", "YEAR"],
    ["2026-01-01", "2026-04-16", "AD_HOC"],
    ["2026-02-01", "2026-04-30", "AD_HOC"],
    ["2026-01-08", "2026-01-15", "AD_HOC"],
  ] as const)("reads %s to %s as %s", (start, end, kind) => {
    // then
    expect(classifyRange(start, end)).toBe(kind);
  });
});

describe("the report's period", () => {
  it.each([
    ["Kết quả quý II/2026", "QUARTER", "2026-04-01", "2026-06-30", "quý II/2026"],
    ["Kết quả QUÝ III NĂM 2026", "QUARTER", "2026-07-01", "2026-09-30", "QUÝ III NĂM 2026"],
    ["Kết quả tháng 05/2026", "MONTH", "2026-05-01", "2026-05-31", "tháng 05/2026"],
    ["Kết quả tháng 12 năm 2025", "MONTH", "2025-12-01", "2025-12-31", "tháng 12 năm 2025"],
    ["Sơ kết 6 tháng cuối năm 2025", "HALF_YEAR", "2025-07-01", "2025-12-31", "6 tháng cuối năm 2025"],
    ["Sơ kết sáu tháng đầu năm 2026", "HALF_YEAR", "2026-01-01", "2026-06-30", "sáu tháng đầu năm 2026"],
    ["Kết quả 9 tháng đầu năm 2025", "AD_HOC", "2025-01-01", "2025-09-30", "9 tháng đầu năm 2025"],
    ["Kết quả 3 tháng cuối năm 2025", "QUARTER", "2025-10-01", "2025-12-31", "3 tháng cuối năm 2025"],
    ["Tổng kết năm 2025 và phương hướng năm 2026", "YEAR", "2025-01-01", "2025-12-31", "năm 2025"],
    ["Tình hình từ ngày 01/4/2026 đến ngày 30/4/2026", "MONTH", "2026-04-01", "2026-04-30", "từ ngày 01/4/2026 đến ngày 30/4/2026"],
    ["Tình hình (từ 01/4 đến 10/4/2026)", "AD_HOC", "2026-04-01", "2026-04-10", "(từ 01/4 đến 10/4/2026)"],
  ] as const)("of the title %j is %s %s..%s", (title, kind, start, end, phrase) => {
    // when
    const { period } = report("Hải An, ngày 20 tháng 6 năm 2026", title);

    // then
    expect(period).toMatchObject({ kind, start, end, source: "TITLE" });
    expect(period?.phrase.text).toBe(phrase);
  });

  it("ignores dates in the title, a Resolution's date included", () => {
    // when
    const { period } = report("Hải An, ngày 20 tháng 6 năm 2026", "Thực trạng theo Kế hoạch ngày 15 tháng 4 năm 2026 và ngày 22/12/2024");

    // then
    expect(period).toBeNull();
  });

  it("does not take the month of a week for the period", () => {
    // when
    const { period } = report("Hải An, ngày 20 tháng 1 năm 2026", "Kết quả công tác tuần 2 tháng 1 năm 2026");

    // then
    expect(period).toBeNull();
  });

  it("completes a phrase without a year from the report's date, the year before when far ahead of it", () => {
    // when
    const december = report("Hải An, ngày 08 tháng 01 năm 2027", "Kết quả tháng 12");
    const june = report("Hải An, ngày 19 tháng 6 năm 2026", "Kết quả quý II và phương hướng quý III năm 2026");

    // then
    expect(december.period).toMatchObject({ kind: "MONTH", start: "2026-12-01" });
    expect(june.period).toMatchObject({ kind: "QUARTER", start: "2026-04-01", end: "2026-06-30" });
  });

  it("is read from the first paragraphs when the title has none, but never from a bare year there", () => {
    // when
    const fromBody = report("Hải An, ngày 5 tháng 4 năm 2026", "Kết quả chuyển đổi số", "Trong tháng 3/2026, phường đã triển khai.");
    const bareYear = report("Hải An, ngày 5 tháng 4 năm 2026", "Kết quả chuyển đổi số", "Ngay từ đầu năm 2026, phường đã triển khai.");

    // then
    expect(fromBody.period).toMatchObject({ kind: "MONTH", start: "2026-03-01", source: "BODY" });
    expect(bareYear.period).toBeNull();
  });
});
