import { DocumentType } from "../../src/citations";
import { seedReport } from "./seed-report";

const { text, report, slice, figureIn } = seedReport("001");

describe("seed 001: Thường trực HĐND xã Nghi Dương, Q1/2026", () => {
  it("reads a numbered state header written with a space before the slash", () => {
    // then
    const { documentNumber, place, date, documentType } = report.header;
    expect(documentNumber).toMatchObject({ number: "11", symbol: "BC-HĐND", system: "STATE", written: "11 /BC-HĐND" });
    expect(documentNumber!.reference?.normalised).toBe("11/BC-HĐND");
    expect(place?.text).toBe("Nghi Dương");
    expect(date).toMatchObject({ day: 10, month: 4, year: 2026, iso: "2026-04-10" });
    expect(documentType).toBe(DocumentType.REPORT);
  });

  it("reads the title and its quarter", () => {
    // then
    expect(report.title?.text).toMatch(/^Kết quả thực hiện Nghị quyết số 57-NQ\/TW ngày 22\/12\/2024 của Bộ Chính trị/);
    expect(report.title?.text).toMatch(/chuyển đổi số quốc gia” Quý I năm 2026$/);
    expect(report.period).toMatchObject({ kind: "QUARTER", start: "2026-01-01", end: "2026-03-31", source: "TITLE" });
    expect(slice(report.period!.phrase.span)).toBe("Quý I năm 2026");
  });

  it("reads the four bases of the opening paragraph with spans on the whole text", () => {
    // then
    const { source, citations, paragraphs } = report.legalBases;
    expect(source).toBe("OPENING");
    expect(citations.map((c) => c.reference)).toEqual(["57-NQ/TW", "21-KH/ĐU", "47-KH/ĐU", "420-CV/ĐU"]);
    expect(slice(paragraphs[0])).toMatch(/^Thực hiện Nghị quyết số 57-NQ\/TW.*thực hiện Nghị quyết 57-NQ\/TW;$/);
    expect(slice(citations[3].spans[0])).toBe("Công văn số 420-CV/ĐU ngày 08/4/2026 của Đảng ủy xã");
  });

  it("answers the letter named again in the closing sentence", () => {
    // then
    expect(report.respondsTo?.citation).toMatchObject({ documentType: DocumentType.OFFICIAL_LETTER, reference: "420-CV/ĐU" });
    expect(slice(report.respondsTo!.mention)).toMatch(/^công văn Số 420 - CV\/ĐU/);
    expect(report.closing?.text).toMatch(/^Trên đây là báo cáo của Thường trực HĐND xã.*\.\/\.$/);
  });

  it("builds five chapters with their numbered parts", () => {
    // then
    const tree = report.sections.map((s) => [s.numbering, s.heading, s.children.map((c) => c.numbering)]);
    expect(tree).toEqual([
      ["I.", "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", ["1.", "2.", "3.", "4.", "5."]],
      ["II.", "KẾT QUẢ ĐẠT ĐƯỢC", ["1.", "2.", "3.", "4.", "5.", "6.", "7."]],
      ["III.", "ĐÁNH GIÁ CHUNG", ["1.", "2.", "3."]],
      ["IV.", "PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2026", ["1.", "2.", "3.", "4.", "5."]],
      ["V.", "KIẾN NGHỊ, ĐỀ XUẤT", ["1.", "2.", "3."]],
    ]);
    expect(report.sections[2].children.map((c) => c.heading)).toEqual(["Ưu điểm", "Tồn tại, hạn chế", "Nguyên nhân"]);
    expect(slice(report.sections[4].children[2].bodySpan)).toMatch(/bảo đảm đồng bộ, hiệu quả\.$/);
  });

  it("reads recipients with their purpose, the archive and the signature", () => {
    // then
    expect(report.recipients.map((r) => [r.name, r.purpose])).toEqual([
      ["Đảng ủy xã", "báo cáo"],
      ["Ban Chỉ đạo về thực hiện Chuyển đổi số", null],
      ["Văn phòng Đảng ủy", null],
    ]);
    expect(slice(report.recipients[0].span)).toBe("Đảng ủy xã");
    expect(report.archive?.text).toBe("VT");
    expect(report.signature).toMatchObject({
      onBehalfOf: "TM. THƯỜNG TRỰC HĐND",
      deputy: "KT. CHỦ TỊCH",
      title: "PHÓ CHỦ TỊCH",
      signer: { text: "Phạm Thị Thanh" },
    });
  });

  it("finds the percentages and the count of supervisions, and nothing in the dates", () => {
    // when
    const deputies = figureIn("bảo đảm 100% đại biểu", "100%");
    const supervisions = figureIn("02 cuộc giám sát", "02");

    // then
    expect(deputies).toMatchObject({ kind: "PERCENTAGE", value: 100, sectionPath: ["I.", "1."] });
    expect(supervisions).toMatchObject({ kind: "COUNT", value: 2, sectionPath: ["I.", "3."] });
    expect(report.figures.map((f) => f.text)).toEqual(["100%", "02", "100%"]);
  });
});
