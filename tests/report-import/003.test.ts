import { seedReport } from "./seed-report";

const { text, report, slice, figureIn } = seedReport("003");

describe("seed 003: Đảng ủy phường Ô Chợ Dừa, 5/2026", () => {
  it("reads the Party header with a blank number, the star left out", () => {
    // then
    const { documentNumber, place, date, issuingBody } = report.header;
    expect(documentNumber).toMatchObject({ number: null, symbol: "BC/ĐU", system: "PARTY", written: "- BC/ĐU" });
    expect(documentNumber!.reference).toMatchObject({ system: "PARTY", typeCode: "BC", issuerCode: "ĐU" });
    expect(slice(documentNumber!.span)).toBe("Số - BC/ĐU");
    expect(place?.text).toBe("Ô Chợ Dừa");
    expect(date).toMatchObject({ day: null, month: 5, year: 2026, iso: null });
    expect(issuingBody).toBeNull();
  });

  it("reads the month of the title", () => {
    // then
    expect(report.title?.text).toMatch(/^Kết quả thực hiện Nghị quyết số 57-NQ\/TW của Bộ Chính trị/);
    expect(report.title?.text).toMatch(/phường Ô Chợ Dừa tháng 5\/2026$/);
    expect(report.period).toMatchObject({ kind: "MONTH", start: "2026-05-01", end: "2026-05-31" });
    expect(slice(report.period!.phrase.span)).toBe("tháng 5/2026");
  });

  it("reads the bases from the first paragraph of section I.1, as no paragraph precedes the first heading", () => {
    // then
    const { source, citations, paragraphs } = report.legalBases;
    expect(source).toBe("FIRST_SECTION");
    expect(citations.map((c) => c.reference)).toEqual(["57-NQ/TW"]);
    expect(slice(paragraphs[0])).toMatch(/^Thực hiện Nghị quyết số 57-NQ\/TW, ngày 22\/12\/2024/);
    expect(report.respondsTo).toBeNull();
  });

  it("builds the three chapters", () => {
    // then
    const tree = report.sections.map((s) => [s.numbering, s.heading, s.children.map((c) => `${c.numbering} ${c.heading}`)]);
    expect(tree).toEqual([
      ["I.", "KẾT QUẢ TRIỂN KHAI THỰC HIỆN", [
        "1. Công tác lãnh đạo, chỉ đạo", "2. Kết quả thực hiện các chỉ tiêu, nhiệm vụ",
        "3. Kết quả cụ thể trên các lĩnh vực", "4. Công tác kiểm tra, giám sát",
      ]],
      ["II.", "ĐÁNH GIÁ CHUNG", ["1. Ưu điểm", "2. Tồn tại, hạn chế và nguyên nhân", "3. Bài học kinh nghiệm"]],
      ["III.", "NHIỆM VỤ TRỌNG TÂM THÁNG 06/2026", [
        "1. Duy trì và nâng cao hiệu quả Chính quyền số", "2. Đẩy mạnh rà soát và nâng cấp hạ tầng công nghệ",
        "3. Phát triển Xã hội số và Kinh tế số", "4. Số hóa và quản trị dữ liệu",
      ]],
    ]);
    const inline = report.sections[2].children[3];
    expect(slice(inline.bodySpan)).toMatch(/^Tập trung nguồn lực[\s\S]*của Thành phố\.$/);
    expect(report.closing?.text).toMatch(/^Trên đây là Báo cáo về kết quả/);
  });

  it("strips table noise from recipients and reads the archive written without a colon", () => {
    // then
    expect(report.recipients.map((r) => r.name)).toEqual([
      "Ban Chỉ đạo 57 Thành ủy", "Văn phòng Thành ủy", "Thường trực Đảng ủy phường", "Ban Chỉ đạo 57 Đảng ủy phường",
      "HĐND - UBND phường", "Ủy ban MTTQ và các tổ chức CT-XH phường", "Các phòng, ban, ngành, đoàn thể trực thuộc",
    ]);
    expect(report.archive?.text).toBe("VPĐU");
  });

  it("reads a signature by order of the standing committee", () => {
    // then
    expect(report.signature).toMatchObject({
      onBehalfOf: null,
      byOrderOf: "T/L BAN THƯỜNG VỤ",
      title: "CHÁNH VĂN PHÒNG",
      signer: { text: "Nguyễn Minh Đức" },
    });
    expect(report.signature!.lines.map((l) => l.mode)).toEqual(["BY_ORDER", "TITLE"]);
  });

  it("reads the task ratios, percentages with decimals and counts", () => {
    // then
    expect(figureIn("11/11 nhiệm vụ", "11/11")).toMatchObject({ kind: "RATIO", numerator: 11, denominator: 11, sectionPath: ["I.", "2."] });
    expect(figureIn("04/04 nhiệm vụ", "04/04")).toMatchObject({ numerator: 4, denominator: 4 });
    expect(figureIn("31/31 nhiệm vụ", "31/31")).toMatchObject({ numerator: 31, denominator: 31 });
    expect(figureIn("tỷ lệ 99,73%", "99,73%")).toMatchObject({ kind: "PERCENTAGE", value: 99.73 });
    expect(figureIn("đạt 94,23%", "94,23%")).toMatchObject({ value: 94.23, qualifiers: ["REACHED"] });
    expect(figureIn("đạt trên 95%", "95%")).toMatchObject({ value: 95, qualifiers: ["REACHED", "OVER"] });
    expect(figureIn("Kết quả đạt trên 90%", "90%")).toMatchObject({ value: 90, qualifiers: ["REACHED", "OVER"] });
    expect(figureIn("437 thủ tục", "437")).toMatchObject({ kind: "COUNT", value: 437, sectionPath: ["I.", "3."] });
    expect(figureIn("của 46 Tổ", "46")).toMatchObject({ kind: "COUNT", value: 46, sectionPath: ["I.", "1."] });
  });

  it("takes no annex, committee, plan, network generation or month for a figure", () => {
    // then
    const written = report.figures.map((f) => f.text);
    for (const notAFigure of ["04", "57", "37", "4", "5", "6", "1", "5/2026", "05/2026", "06/2026"]) {
      expect(written).not.toContain(notAFigure);
    }
  });
});
