import { seedReport } from "./seed-report";

const { text, report, slice, figureIn } = seedReport("004");

describe("seed 004: Ban Chỉ đạo phường Hải An, week 08/01/2026 to 14/01/2026", () => {
  it("reads the header of a steering committee with a date giving only its year", () => {
    // then
    const { documentNumber, place, date } = report.header;
    expect(documentNumber).toMatchObject({ number: null, symbol: "BC-BCĐ", system: "STATE" });
    expect(documentNumber!.reference).toMatchObject({ typeCode: "BC", issuerCode: "BCĐ" });
    expect(place?.text).toBe("Hải An");
    expect(date).toMatchObject({ day: null, month: null, year: 2026, iso: null });
  });

  it("ends the title before the period line and reads the week from it", () => {
    // then
    expect(report.title?.text).toMatch(/^Kết quả lãnh đạo, chỉ đạo tổ chức thực hiện Nghị quyết số 57-NQ\/TW/);
    expect(report.title?.text).toMatch(/Thông báo kết luận số 47-TB\/TGV ngày 17\/10\/2025 của Tổ Giúp việc$/);
    expect(report.period).toMatchObject({ kind: "WEEK", start: "2026-01-08", end: "2026-01-14", source: "PERIOD_LINE" });
    expect(slice(report.period!.phrase.span)).toBe("(Từ 08/01/2026 đến 14/01/2026)");
  });

  it("takes the title's citations as bases, the body having no opening paragraph", () => {
    // then
    expect(report.legalBases.source).toBe("TITLE");
    expect(report.legalBases.citations.map((c) => c.reference)).toEqual(["57-NQ/TW", "07-TB/CQTTCĐ", "47-TB/TGV"]);
    expect(report.legalBases.paragraphs).toEqual([report.title!.span]);
    expect(report.respondsTo).toBeNull();
  });

  it("nests Roman chapters under lettered parts and keeps the repeated II.", () => {
    // then
    const tree = report.sections.map((s) => [s.numbering, s.heading, s.children.map((c) => `${c.numbering} ${c.heading}`)]);
    expect(tree).toEqual([
      ["A.", "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI THỰC HIỆN", []],
      ["B.", "TÌNH HÌNH, KẾT QUẢ THỰC HIỆN", [
        "I. VỀ CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "II. VỀ HOÀN THIỆN THỂ CHẾ, CƠ CHẾ, CHÍNH SÁCH",
        "II. VỀ CHUYỂN ĐỔI SỐ TẠI UBND PHƯỜNG", "IV. ĐỀ XUẤT, KIẾN NGHỊ",
      ]],
    ]);
    const results = report.sections[1].children[1].children[0];
    expect(results.children.map((c) => [c.numbering, c.level])).toEqual([
      ["a.", 4], ["b.", 4], ["c.", 4], ["d.", 4], ["đ.", 4], ["e.", 4],
    ]);
    const meetings = report.sections[1].children[0].children[0];
    expect(meetings.heading).toMatch(/^Thống kê số cuộc họp\/Phiên họp .* các cơ quan liên quan$/);
    expect(slice(meetings.bodySpan)).toBe("Không phát sinh nội dung mới.");
  });

  it("reads recipients, the archive and a two-title signature", () => {
    // then
    expect(report.recipients.map((r) => r.name)).toEqual(["UBKT ĐU", "VP HĐND và UBND phường"]);
    expect(report.archive?.text).toBe("VT phường, VHXX");
    expect(report.signature).toMatchObject({
      onBehalfOf: null,
      title: "TRƯỞNG BAN",
      titles: ["TRƯỞNG BAN", "CHỦ TỊCH UBND PHƯỜNG"],
      signer: { text: "Cao Huy Hiếu" },
    });
  });

  it("reads the indicator ratios and the procedure and dossier counts", () => {
    // when
    const dossiers = figureIn("là 409 hồ sơ", "409");

    // then
    expect(figureIn("16/16 chỉ tiêu", "16/16")).toMatchObject({ kind: "RATIO", numerator: 16, denominator: 16 });
    expect(figureIn("34/34 chỉ tiêu", "34/34")).toMatchObject({ numerator: 34, denominator: 34, sectionPath: ["B.", "I.", "2."] });
    expect(slice(dossiers.withUnitSpan)).toBe("409 hồ sơ");
    expect(dossiers.sectionPath).toEqual(["B.", "II.", "1.", "a)"]);
    expect(figureIn("(TTHC): 377", "377")).toMatchObject({ kind: "COUNT", value: 377, label: { text: "Tổng số thủ tục hành chính (TTHC)" } });
    expect(figureIn("toàn trình: 216", "216")).toMatchObject({ value: 216 });
    expect(figureIn("một phần: 161", "161")).toMatchObject({ value: 161 });
  });

  it("takes no plan, stage, date, URL or two-tier government for a figure", () => {
    // then
    const written = report.figures.map((f) => f.text);
    for (const notAFigure of ["02", "1", "2", "09/10", "346", "2025", "08/01/2026", "222"]) {
      expect(written).not.toContain(notAFigure);
    }
  });
});
