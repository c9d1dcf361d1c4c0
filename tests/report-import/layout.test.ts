import { parseReportText, type ReportSection, type TextSpan } from "../../src/report-import";

const STATE_TABLE = `| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
| PHƯỜNG HẢI AN | Độc lập - Tự do - Hạnh phúc |
| Số: 125/BC-UBND | _Hải An, ngày 05 tháng 01 năm 2027_ |

**BÁO CÁO**
**Tình hình thực hiện chuyển đổi số**
**quý IV**
---------------

Căn cứ Công văn số 7/SKHCN-CNTT ngày 02/01/2026 của Sở Khoa học và Công nghệ về việc triển khai phần mềm;
Thực hiện Văn bản số 88/UBND-VP ngày 20/12/2026 của UBND thành phố về việc báo cáo kết quả chuyển đổi số, UBND phường báo cáo như sau:

PHẦN I. KẾT QUẢ
1. Hạ tầng
- Đã lắp đặt 25 camera.
1.1. Mạng
a) Cáp quang: 1.250 hộ.
PHẦN II. PHƯƠNG HƯỚNG
Không.

Nơi nhận:                                   TM. ỦY BAN NHÂN DÂN
- Như trên;                                 KT. CHỦ TỊCH
- UBND thành phố (để b/c);                  PHÓ CHỦ TỊCH
- Lưu: VT.
                                            (Đã ký)
                                            Nguyễn Văn An
`;

const PARTY = `ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
ĐẢNG ỦY PHƯỜNG BA ĐÌNH
*
Số 24-BC/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM
Ba Đình, ngày 30 tháng 6 năm 2026

BÁO CÁO
sơ kết 6 tháng đầu năm 2026 thực hiện Nghị quyết 57-NQ/TW

Ban Thường vụ Đảng ủy báo cáo như sau:

I- KẾT QUẢ
Trên 95% đảng viên cài đặt Sổ tay đảng viên.
II- NHIỆM VỤ
- Tiếp tục triển khai.

T/M BAN THƯỜNG VỤ
BÍ THƯ

Trần Thị Bình
`;

const outline = (sections: ReportSection[]): unknown[] =>
  sections.map((s) => [s.numbering, s.level, ...(s.children.length > 0 ? [outline(s.children)] : [])]);

describe("a state report laid out as a table", () => {
  const report = parseReportText(STATE_TABLE);
  const slice = (span: TextSpan) => STATE_TABLE.slice(span.start, span.end);

  it("reads the issuing body, the number and the italic date from table cells, mottos left out", () => {
    // then
    expect(report.header.issuingBody?.name).toBe("ỦY BAN NHÂN DÂN PHƯỜNG HẢI AN");
    expect(report.header.issuingBody?.lines.map((l) => slice(l.span))).toEqual(["ỦY BAN NHÂN DÂN", "PHƯỜNG HẢI AN"]);
    expect(report.header.documentNumber).toMatchObject({ number: "125", symbol: "BC-UBND", reference: { normalised: "125/BC-UBND" } });
    expect(report.header.place?.text).toBe("Hải An");
    expect(report.header.date?.iso).toBe("2027-01-05");
  });

  it("joins a bold title written on two lines and puts its quarter in the year before a January report", () => {
    // then
    expect(report.title?.text).toBe("Tình hình thực hiện chuyển đổi số quý IV");
    expect(report.period).toMatchObject({ kind: "QUARTER", start: "2026-10-01", end: "2026-12-31" });
  });

  it("reads both opening bases and answers the letter that asks for a report, not the first letter", () => {
    // then
    expect(report.legalBases.source).toBe("OPENING");
    expect(report.legalBases.paragraphs).toHaveLength(2);
    expect(report.legalBases.citations.map((c) => c.reference)).toEqual(["7/SKHCN-CNTT", "88/UBND-VP"]);
    expect(report.respondsTo?.citation.reference).toBe("88/UBND-VP");
  });

  it("nests parts, numbers, dotted numbers and letters", () => {
    // then
    expect(outline(report.sections)).toEqual([
      ["PHẦN I.", 1, [["1.", 2, [["1.1.", 3, [["a)", 4]]]]]]],
      ["PHẦN II.", 1],
    ]);
    expect(slice(report.sections[1].bodySpan)).toBe("Không.");
  });

  it("splits recipients from the signature written in the column beside them", () => {
    // then
    expect(report.recipients.map((r) => [r.name, r.purpose])).toEqual([
      ["Như trên", null],
      ["UBND thành phố", "để b/c"],
    ]);
    expect(report.archive?.text).toBe("VT");
    expect(report.signature).toMatchObject({
      onBehalfOf: "TM. ỦY BAN NHÂN DÂN",
      deputy: "KT. CHỦ TỊCH",
      title: "PHÓ CHỦ TỊCH",
      signer: { text: "Nguyễn Văn An" },
    });
  });
});

describe("a Party report laid out after Guidance 36", () => {
  const report = parseReportText(PARTY);

  it("reads the two lines of the issuing body and the Party number", () => {
    // then
    expect(report.header.issuingBody?.lines.map((l) => l.text)).toEqual(["ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", "ĐẢNG ỦY PHƯỜNG BA ĐÌNH"]);
    expect(report.header.documentNumber).toMatchObject({ number: "24", symbol: "BC/ĐU", system: "PARTY" });
  });

  it("reads the half year of a lower case title", () => {
    // then
    expect(report.title?.text).toBe("sơ kết 6 tháng đầu năm 2026 thực hiện Nghị quyết 57-NQ/TW");
    expect(report.period).toMatchObject({ kind: "HALF_YEAR", start: "2026-01-01", end: "2026-06-30" });
  });

  it("falls back to the title's citation when the paragraph before the first heading states no basis", () => {
    // then
    expect(report.legalBases.source).toBe("TITLE");
    expect(report.legalBases.citations.map((c) => c.reference)).toEqual(["57-NQ/TW"]);
  });

  it("reads Roman headings written with a dash and a signature without a recipient list", () => {
    // then
    expect(report.sections.map((s) => [s.numbering, s.heading])).toEqual([["I-", "KẾT QUẢ"], ["II-", "NHIỆM VỤ"]]);
    expect(report.recipients).toEqual([]);
    expect(report.signature).toMatchObject({ onBehalfOf: "T/M BAN THƯỜNG VỤ", title: "BÍ THƯ", signer: { text: "Trần Thị Bình" } });
    expect(PARTY.slice(report.sections[1].bodySpan.start, report.sections[1].bodySpan.end)).toBe("- Tiếp tục triển khai.");
  });
});

describe("headings", () => {
  it("read a letter I after H as a letter, and bullets, dates and counts at a line start as text", () => {
    // when
    const report = parseReportText(
      "BÁO CÁO\nTình hình\n\nH. PHẦN H\nI. PHẦN I\n1. Mục\n- 2. không phải tiêu đề\n+ a) cũng không\n27/3/2026 họp.\n2.433 đối tượng.\n",
    );

    // then
    expect(outline(report.sections)).toEqual([["H.", 1], ["I.", 1, [["1.", 2]]]]);
    expect(report.sections[1].style).toBe("UPPER_LETTER");
  });
});

describe("titles", () => {
  it("may open with 'Triển khai' when they end without punctuation, unlike an opening paragraph", () => {
    // when
    const titled = parseReportText("BÁO CÁO\nTriển khai Nghị quyết số 57-NQ/TW quý I năm 2026\n\nI. KẾT QUẢ\n");
    const untitled = parseReportText("BÁO CÁO\nThực hiện Công văn số 12/UBND-VP ngày 02/01/2026, UBND báo cáo như sau:\n\nI. KẾT QUẢ\n");

    // then
    expect(titled.title?.text).toBe("Triển khai Nghị quyết số 57-NQ/TW quý I năm 2026");
    expect(titled.legalBases.source).toBe("TITLE");
    expect(untitled.title).toBeNull();
    expect(untitled.legalBases).toMatchObject({ source: "OPENING", citations: [{ reference: "12/UBND-VP" }] });
    expect(untitled.respondsTo?.citation.reference).toBe("12/UBND-VP");
  });

  it("continue after a blank line only in lower case, and stop before a paragraph ending in a colon", () => {
    // when
    const report = parseReportText(
      "BÁO CÁO\nKết quả thực hiện nhiệm vụ chuyển đổi số\n\ntrên địa bàn phường quý I năm 2026\n\nThường trực HĐND đạt được một số kết quả như sau:\n\n1. Kết quả\n",
    );

    // then
    expect(report.title?.text).toBe("Kết quả thực hiện nhiệm vụ chuyển đổi số trên địa bàn phường quý I năm 2026");
    expect(report.title?.lines).toHaveLength(2);
    expect(report.period).toMatchObject({ kind: "QUARTER", start: "2026-01-01" });
  });
});

describe("a date written above the signature", () => {
  it("is not the header's date, and does not hide the kind line", () => {
    // when
    const report = parseReportText(
      "Số: 05/BC-UBND\n\nBÁO CÁO\nKết quả quý I năm 2026\n\n1. Kết quả\nĐạt 5 nhiệm vụ.\n\nHải An, ngày 10 tháng 4 năm 2026\nCHỦ TỊCH\n\nNguyễn Văn A\n",
    );

    // then
    expect(report.header.kind?.text).toBe("BÁO CÁO");
    expect(report.header.date).toBeNull();
    expect(report.title?.text).toBe("Kết quả quý I năm 2026");
    expect(report.signature).toMatchObject({ title: "CHỦ TỊCH", signer: { text: "Nguyễn Văn A" } });
  });
});

describe("inline headings", () => {
  it("split at a colon inside or after bold markup", () => {
    // when
    const report = parseReportText("BÁO CÁO\nTình hình\n\n**1. Hạ tầng:** Đã lắp 25 camera.\n**2. Dữ liệu**: Không phát sinh.\n");

    // then
    expect(report.sections.map((s) => s.heading)).toEqual(["Hạ tầng", "Dữ liệu"]);
    expect(report.figures.map((f) => [f.text, f.sectionPath])).toEqual([["25", ["1."]]]);
  });
});
