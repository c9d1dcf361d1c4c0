import { DocumentType, extractCitations } from "../../src/citations";
import { seedReport } from "./seed-report";

const { text, report, slice, figureIn } = seedReport("000");

describe("seed 000: HĐND phường Hải An, Q2/2026", () => {
  it("reads the unnumbered state header, place and date", () => {
    // then
    const { documentNumber, place, date, documentType, kind, issuingBody } = report.header;
    expect(documentNumber).toMatchObject({ number: null, symbol: "BC-HĐND", system: "STATE" });
    expect(documentNumber!.reference).toMatchObject({ number: null, typeCode: "BC", issuerCode: "HĐND" });
    expect(slice(documentNumber!.span)).toBe("Số: /BC-HĐND");
    expect(place?.text).toBe("Hải An");
    expect(date).toMatchObject({ day: 19, month: 6, year: 2026, iso: "2026-06-19" });
    expect(slice(date!.span)).toBe("ngày 19 tháng 6 năm 2026");
    expect(documentType).toBe(DocumentType.REPORT);
    expect(slice(kind!.span)).toBe("BÁO CÁO");
    expect(issuingBody).toBeNull();
  });

  it("reads the markdown title without its decoration", () => {
    // then
    expect(report.title?.text).toMatch(/^Kết quả quý II về việc triển khai thực hiện Nghị quyết số 57-NQ\/TW/);
    expect(report.title?.text).toMatch(/phương hướng, nhiệm vụ quý III năm 2026$/);
    expect(slice(report.title!.span)).not.toContain("#");
  });

  it("takes the first quarter of the title, in the year of the report", () => {
    // then
    expect(report.period).toMatchObject({ kind: "QUARTER", start: "2026-04-01", end: "2026-06-30", source: "TITLE" });
    expect(slice(report.period!.phrase.span)).toBe("quý II");
  });

  it("falls back to the title's citation for the bases, and answers no letter", () => {
    // then
    expect(report.legalBases.source).toBe("TITLE");
    expect(report.legalBases.citations.map((c) => c.reference)).toEqual(["57-NQ/TW"]);
    expect(report.respondsTo).toBeNull();
    expect(report.citations).toEqual(extractCitations(text));
  });

  it("builds sections by numbering style, not by markdown depth", () => {
    // then
    const tree = report.sections.map((s) => [s.numbering, s.heading, s.children.map((c) => c.numbering)]);
    expect(tree).toEqual([
      ["I.", "KẾT QUẢ THỰC HIỆN QUÝ II/2026", ["1.", "2.", "3.", "4.", "5."]],
      ["II.", "KHÓ KHĂN, TỒN TẠI, HẠN CHẾ", []],
      ["III.", "NHIỆM VỤ TRONG THỜI GIAN TỚI", []],
    ]);
    const first = report.sections[0].children[0];
    expect(first.heading).toBe("Về công tác chỉ đạo, điều hành");
    expect(first.children.map((c) => [c.numbering, c.heading, c.level])).toEqual([
      ["1.1.", "Thống kê số nhiệm vụ", 3],
      ["1.2.", "Công tác lãnh đạo, chỉ đạo điều hành", 3],
    ]);
    expect(slice(first.children[1].headingSpan)).toBe("1.2. Công tác lãnh đạo, chỉ đạo điều hành");
    expect(slice(report.sections[2].bodySpan)).toMatch(/^- Rà soát, ban hành[\s\S]*cá nhân\.\/\.$/);
  });

  it("reads recipients, the archive and the signature", () => {
    // then
    expect(report.recipients.map((r) => r.name)).toEqual(["TT Đảng ủy, HĐND phường"]);
    expect(report.archive?.text).toBe("VT");
    expect(report.signature).toMatchObject({
      onBehalfOf: "TM. HỘI ĐỒNG NHÂN DÂN",
      deputy: "KT. CHỦ TỊCH",
      title: "PHÓ CHỦ TỊCH",
      signer: { text: "Vũ Văn Lăng" },
    });
    expect(slice(report.signature!.signer!.span)).toBe("Vũ Văn Lăng");
  });

  it("finds the ratio and the counts of tasks and deputies with exact spans", () => {
    // when
    const ratio = figureIn("15/27 đại biểu", "15/27");
    const assigned = figureIn("giao 03 nhiệm vụ:", "03");
    const signatures = figureIn("02 chữ ký số", "02");

    // then
    expect(ratio).toMatchObject({ kind: "RATIO", numerator: 15, denominator: 27, unit: { text: "đại biểu" } });
    expect(assigned).toMatchObject({ kind: "COUNT", value: 3 });
    expect(slice(assigned.withUnitSpan)).toBe("03 nhiệm vụ");
    expect(slice(signatures.withUnitSpan)).toBe("02 chữ ký số");
    expect(signatures.sectionPath).toEqual(["I.", "4."]);
    for (const [anchor, written] of [["hoàn thành 01 nhiệm vụ", "01 nhiệm vụ"], ["vụ, 02 nhiệm vụ đang", "02 nhiệm vụ"], ["còn 12 đại biểu", "12 đại biểu"]]) {
      const figure = figureIn(anchor, written.split(" ")[0]);
      expect(slice(figure.withUnitSpan)).toBe(written);
      expect(figure.sectionPath).toEqual(["I.", "1.", "1.1."]);
    }
  });

  it("takes no date, year, reference or heading number for a figure", () => {
    // then
    const written = report.figures.map((f) => f.text);
    for (const notAFigure of ["27/3", "27/3/2026", "2026", "15/4", "05", "11", "57", "1.1", "1.2"]) {
      expect(written).not.toContain(notAFigure);
    }
    expect(report.figures.every((f) => slice(f.span) === f.text)).toBe(true);
  });
});
