import { seedReport } from "./seed-report";

const { text, report, slice, figureIn } = seedReport("002");

describe("seed 002: UBND phường Phù Liễn, Q1/2026 review", () => {
  it("reads the unnumbered header and a date without its day", () => {
    // then
    const { documentNumber, place, date } = report.header;
    expect(documentNumber).toMatchObject({ number: null, symbol: "BC-UBND", system: "STATE" });
    expect(place?.text).toBe("Phù Liễn");
    expect(date).toMatchObject({ day: null, month: 4, year: 2026, iso: null });
    expect(slice(date!.span)).toBe("ngày tháng 4 năm 2026");
  });

  it("reads the title and the first quarter at its end", () => {
    // then
    expect(report.title?.text).toMatch(/^Sơ kết tình hình, kết quả triển khai thực hiện Nghị quyết số 57-NQ\/TW/);
    expect(report.title?.text).toMatch(/trên địa bàn phường Phù Liễn quý I năm 2026$/);
    expect(report.period).toMatchObject({ kind: "QUARTER", start: "2026-01-01", end: "2026-03-31" });
    expect(slice(report.period!.phrase.span)).toBe("quý I năm 2026");
  });

  it("reads the requesting letter as the only basis and as the letter answered", () => {
    // then
    expect(report.legalBases.source).toBe("OPENING");
    expect(report.legalBases.citations.map((c) => c.reference)).toEqual(["4720/VP-VX"]);
    expect(report.respondsTo?.citation.reference).toBe("4720/VP-VX");
    expect(slice(report.respondsTo!.mention)).toMatch(/^Công văn số 4720\/VP-VX ngày 29\/4\/2026/);
  });

  it("keeps the list items of chapter IV as headings, numbered as written (3. skipped)", () => {
    // then
    const tree = report.sections.map((s) => [s.numbering, s.heading.slice(0, 30), s.children.map((c) => c.numbering)]);
    expect(tree).toEqual([
      ["I.", "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TỔ", ["1.", "2."]],
      ["II.", "KẾT QUẢ TRIỂN KHAI THỰC HIỆN T", ["1.", "2.", "3."]],
      ["III.", "ĐÁNH GIÁ CHUNG", ["1.", "2."]],
      ["IV.", "NHIỆM VỤ, GIẢI PHÁP TRONG QUÝ ", ["1.", "2.", "4.", "5.", "6.", "7.", "8.", "9."]],
      ["V.", "ĐỀ XUẤT, KIẾN NGHỊ", []],
    ]);
    const digital = report.sections[1].children[1];
    expect(digital.children.map((c) => `${c.numbering} ${c.heading}`)).toEqual([
      "2.1. Hạ tầng số", "2.2. Chính quyền số", "2.3. Phát triển Dữ liệu số", "2.4. Nguồn nhân lực số",
      "2.5. Kinh tế số", "2.6. Xã hội số", "2.7. An toàn thông tin",
    ]);
    expect(slice(report.sections[4].bodySpan)).toMatch(/^- Đề nghị thành phố[\s\S]*Công nghệ số cộng đồng\.$/);
  });

  it("reads recipients, the archive and the signature", () => {
    // then
    expect(report.recipients.map((r) => r.name)).toEqual([
      "Sở Khoa học và Công nghệ thành phố", "CT, các PCT UBND phường", "Các phòng, đơn vị thuộc phường",
    ]);
    expect(report.archive?.text).toBe("VT, VHXX");
    expect(report.signature).toMatchObject({ onBehalfOf: "TM. ỦY BAN NHÂN DÂN", deputy: null, title: "CHỦ TỊCH", signer: { text: "Phạm Văn Diện" } });
  });

  it("reads the task ratios and the counts of the programme", () => {
    // then
    expect(figureIn("09/17 mục tiêu", "09/17")).toMatchObject({ kind: "RATIO", numerator: 9, denominator: 17 });
    expect(figureIn("06/08 nhiệm vụ", "06/08")).toMatchObject({ kind: "RATIO", numerator: 6, denominator: 8 });
    for (const [anchor, written, value] of [
      ["là: 17 mục tiêu", "17 mục tiêu", 17], ["25 nhiệm vụ;", "25 nhiệm vụ", 25],
      ["có 08 nhiệm vụ", "08 nhiệm vụ", 8], ["và 17 nhiệm vụ", "17 nhiệm vụ", 17],
    ] as const) {
      const figure = figureIn(anchor, written.split(" ")[0]);
      expect(figure).toMatchObject({ kind: "COUNT", value, sectionPath: ["II.", "1."] });
      expect(slice(figure.withUnitSpan)).toBe(written);
    }
  });

  it("reads dossier counts and procedures", () => {
    // when
    const dossiers = figureIn("tổng số: 11952 hồ sơ", "11952");

    // then
    expect(dossiers).toMatchObject({ kind: "COUNT", value: 11952, unit: { text: "hồ sơ" }, sectionPath: ["II.", "2.", "2.2."] });
    expect(slice(dossiers.withUnitSpan)).toBe("11952 hồ sơ");
    expect(figureIn("niêm yết 377 thủ tục", "377")).toMatchObject({ value: 377, unit: { text: "thủ tục hành chính" } });
    expect(figureIn("toàn trình: 218 thủ tục.", "218")).toMatchObject({ value: 218, label: { text: "Thủ tục hành chính toàn trình" } });
    expect(figureIn("một phần: 159 thủ tục.", "159")).toMatchObject({ value: 159 });
    expect(figureIn("2.433 đối tượng", "2.433")).toMatchObject({ kind: "COUNT", value: 2433 });
    expect(figureIn("khoảng 3.000 thiết bị", "3.000")).toMatchObject({ value: 3000, qualifiers: ["OVER", "ABOUT"] });
  });

  it("reads the VNeID ratios written with thousands separators, each with its percentage in the same sentence", () => {
    // when
    const health = figureIn("22.581/57.566", "22.581/57.566");
    const healthShare = figureIn("(đạt 39%)", "39%");
    const social = figureIn("10.509/40.924 tài khoản an sinh", "10.509/40.924");
    const licence = figureIn("11.735/40.924", "11.735/40.924");

    // then
    expect(health).toMatchObject({ kind: "RATIO", numerator: 22581, denominator: 57566, label: { text: "tích hợp Sổ sức khỏe điện tử đối với" } });
    expect(healthShare).toMatchObject({ kind: "PERCENTAGE", value: 39, qualifiers: ["REACHED"] });
    expect(healthShare.sentenceSpan).toEqual(health.sentenceSpan);
    expect(slice(health.sentenceSpan)).toMatch(/^Triển khai tích hợp các tiện ích.*\(đạt tỷ lệ 29%\)\.$/);
    expect(social).toMatchObject({ numerator: 10509, denominator: 40924 });
    expect(licence).toMatchObject({ numerator: 11735, denominator: 40924 });
    expect(figureIn("(đạt 26%)", "26%")).toMatchObject({ value: 26 });
    expect(figureIn("(đạt tỷ lệ 29%)", "29%")).toMatchObject({ value: 29 });
  });

  it("takes no project number, version, term of office or date for a figure", () => {
    // then
    const written = report.figures.map((f) => f.text);
    for (const notAFigure of ["06", "4.0", "2026", "2031", "29/4", "16/4", "01/01", "4720", "71"]) {
      expect(written).not.toContain(notAFigure);
    }
  });
});
