import { issuerMismatch, parseReportText, type ImportTarget } from "../../src/report-import";

const HAI_AN = { name: "Phường Hải An", level: "COMMUNE" as const };
const UBND_HAI_AN: ImportTarget = { name: "Ủy ban nhân dân phường Hải An", shortName: "UBND phường Hải An", kind: "PEOPLES_COMMITTEE", locality: HAI_AN };

/** The header of a report as a commune body writes it, over its own lines. */
const report = (header: string) =>
  `${header}\n\nSố: 15/BC-UBND\n\nHải An, ngày 12 tháng 3 năm 2026\n\nBÁO CÁO\nKết quả chuyển đổi số tháng 3 năm 2026\n\nI. KẾT QUẢ\n1. Trong tháng, đã cấp 120 tài khoản.\n`;
const bodyOf = (header: string) => parseReportText(report(header)).header.issuingBody;

describe("issuerMismatch: the issuing body in the header against the target organisation", () => {
  it.each([
    ["the body on one line", "ỦY BAN NHÂN DÂN PHƯỜNG HẢI AN"],
    ["the body over two lines", "ỦY BAN NHÂN DÂN\nPHƯỜNG HẢI AN"],
    ["the superior body above it", "UBND THÀNH PHỐ HẢI PHÒNG\nỦY BAN NHÂN DÂN PHƯỜNG HẢI AN"],
    ["abbreviations", "UBND PHƯỜNG HẢI AN"],
  ])("accepts %s", (_name, header) => {
    // then
    expect(issuerMismatch(bodyOf(header), UBND_HAI_AN)).toBeNull();
  });

  it.each([
    ["another commune", "ỦY BAN NHÂN DÂN\nXÃ THẠCH KIM", "PLACE"],
    ["another commune under the same city", "UBND THÀNH PHỐ HẢI PHÒNG\nỦY BAN NHÂN DÂN PHƯỜNG PHÙ LIỄN", "PLACE"],
    ["the city itself", "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", "PLACE"],
    ["another body of the same ward", "HỘI ĐỒNG NHÂN DÂN PHƯỜNG HẢI AN", "BODY"],
    ["the Party committee of the ward", "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG\nĐẢNG ỦY PHƯỜNG HẢI AN", "BODY"],
  ])("refuses %s", (_name, header, mismatch) => {
    // then
    expect(issuerMismatch(bodyOf(header), UBND_HAI_AN)).toBe(mismatch);
  });

  it("says nothing when the header names no body", () => {
    // then
    expect(issuerMismatch(null, UBND_HAI_AN)).toBeNull();
  });

  it("matches a department by its own name, and a city body by the city", () => {
    // given
    const department: ImportTarget = { name: "Phòng Văn hóa - Xã hội phường Hải An", shortName: "Phòng VH-XH", kind: "DEPARTMENT", locality: HAI_AN };
    const city: ImportTarget = { name: "Ủy ban nhân dân thành phố Hải Phòng", kind: "PEOPLES_COMMITTEE", locality: { name: "Thành phố Hải Phòng", level: "PROVINCE" } };

    // then
    expect(issuerMismatch(bodyOf("UBND PHƯỜNG HẢI AN\nPHÒNG VĂN HÓA - XÃ HỘI"), department)).toBeNull();
    expect(issuerMismatch(bodyOf("UBND PHƯỜNG HẢI AN\nVĂN PHÒNG HĐND VÀ UBND"), department)).toBe("BODY");
    expect(issuerMismatch(bodyOf("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG"), city)).toBeNull();
  });

  it("finds a place whose name holds a place word", () => {
    // given
    const target: ImportTarget = { name: "Ủy ban nhân dân phường Thanh Phương", kind: "PEOPLES_COMMITTEE", locality: { name: "Phường Thanh Phương", level: "COMMUNE" } };

    // then
    expect(issuerMismatch(bodyOf("ỦY BAN NHÂN DÂN\nPHƯỜNG THANH PHƯƠNG"), target)).toBeNull();
  });
});
