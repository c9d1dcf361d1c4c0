import { DocumentType, extractCitations, normaliseReference, parseReferenceQuery } from "../../src/citations";
import { PASSAGES } from "./passages";

const only = (text: string) => {
  const citations = extractCitations(text);
  expect(citations).toHaveLength(1);
  return citations[0];
};

describe("extractCitations: passages written as officials write", () => {
  it.each(PASSAGES.map((p) => [p.name, p] as const))("finds exactly what a reader finds in %s", (_name, passage) => {
    // when
    const citations = extractCitations(passage.text);

    // then
    expect(citations.map(({ documentType, reference, issuedOn, issuedYear }) => ({ documentType, reference, issuedOn, issuedYear }))).toEqual(passage.cited);
  });
});

describe("extractCitations: a law cited by name", () => {
  it.each([
    ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", "Luật Tổ chức chính quyền địa phương", "2025-06-16", 2025],
    ["theo quy định của Luật Hộ tịch năm 2014.", "Luật Hộ tịch", null, 2014],
    ["áp dụng Bộ luật Lao động năm 2019 và", "Bộ luật Lao động", null, 2019],
  ])("%j is a LAW without reference, dated as written", (text, title, issuedOn, issuedYear) => {
    // when
    const citation = only(text);

    // then
    expect(citation).toMatchObject({ documentType: DocumentType.LAW, reference: null, number: null, issuedOn, issuedYear, title });
  });

  it("keeps two laws of one name and different years apart, and joins two mentions of one", () => {
    // when
    const citations = extractCitations("Luật Đất đai năm 2013 hết hiệu lực khi Luật Đất đai năm 2024 có hiệu lực; Luật Đất đai năm 2024 quy định");

    // then
    expect(citations.map((c) => [c.title, c.issuedYear, c.spans.length])).toEqual([
      ["Luật Đất đai", 2013, 1],
      ["Luật Đất đai", 2024, 2],
    ]);
  });

  it("keeps two laws passed on the same day apart", () => {
    // when
    const citations = extractCitations("Căn cứ Luật Dữ liệu ngày 30 tháng 11 năm 2024; Căn cứ Luật Công nghiệp công nghệ số ngày 14 tháng 6 năm 2025; Căn cứ Luật Lưu trữ ngày 30 tháng 11 năm 2024;");

    // then
    expect(citations.map((c) => c.title)).toEqual(["Luật Dữ liệu", "Luật Công nghiệp công nghệ số", "Luật Lưu trữ"]);
  });

  it.each([
    ["a lawyer", "Luật sư Trần Văn Bình ngày 5/3/2026 tham gia tư vấn"],
    ["the law in general", "tuyên truyền, phổ biến pháp luật năm 2026 cho người dân"],
    ["a plan named by what it covers", "Kế hoạch hành động năm 2026 và Chương trình công tác năm 2026"],
  ])("cites nothing for %s", (_name, text) => {
    // then
    expect(extractCitations(text)).toEqual([]);
  });
});

describe("extractCitations: the document's own date, wherever it is written", () => {
  it.each([
    ["after the issuer", "Quyết định số 505/QĐ-TTg của Thủ tướng Chính phủ ngày 22 tháng 4 năm 2022 về", "2022-04-22", null],
    ["dotted", "Nghị quyết số 57-NQ/TW ban hành ngày 22.12.2024 của Bộ Chính trị", "2024-12-22", null],
    ["as a year only", "Chỉ thị 15/CT-TTg năm 2020 của Thủ tướng Chính phủ", null, 2020],
    ["as a year after the issuer", "Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ năm 2020 về", null, 2020],
  ])("reads a date %s", (_name, text, issuedOn, year) => {
    // when
    const citation = only(text);

    // then
    expect(citation.issuedOn).toBe(issuedOn);
    expect(citation.issuedYear).toBe(year ?? Number(issuedOn!.slice(0, 4)));
    expect(citation.citedAs).toBe(text.replace(/ về$/, ""));
  });

  it.each([
    ["a meeting", "Thông báo số 12-TB/ĐU về kết luận tại hội nghị ngày 10/3/2026"],
    ["a deadline", "Công văn số 88/UBND-VP, đề nghị báo cáo trước ngày 30/6/2026"],
    ["a deadline after the issuer", "Công văn số 88/UBND-VP của UBND xã trước ngày 30/6/2026"],
    ["a span of years", "Chương trình số 04-CTr/ĐU năm 2021 - 2025"],
  ])("takes no date from %s", (_name, text) => {
    // when
    const citation = only(text);

    // then
    expect([citation.issuedOn, citation.issuedYear]).toEqual([null, null]);
  });

  it("joins a year written after a reference to the document issued that year or before, never after", () => {
    // when
    const citations = extractCitations(
      "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; sơ kết thực hiện Nghị quyết 57-NQ/TW năm 2025. Quyết định số 06/QĐ-UBND ngày 3/2/2026 thay thế Quyết định 06/QĐ-UBND năm 2025.",
    );

    // then
    expect(citations.map((c) => [c.reference, c.issuedYear, c.spans.length])).toEqual([
      ["57-NQ/TW", 2024, 2],
      ["06/QĐ-UBND", 2026, 1],
      ["06/QĐ-UBND", 2025, 1],
    ]);
  });
});

describe("extractCitations: references without 'số' and glued list items", () => {
  it.each([
    ["Công văn 562/BKHCN-VCL ngày 14/3/2025", DocumentType.OFFICIAL_LETTER, "562/BKHCN-VCL"],
    ["Văn bản 2795/VHXXH ngày 14/01/2026", DocumentType.OFFICIAL_LETTER, "2795/VHXXH"],
    ["Luật 93/2025/QH15", DocumentType.LAW, "93/2025/QH15"],
    ["1Chỉ thị 15/CT-TTg;", DocumentType.DIRECTIVE, "15/CT-TTg"],
    ["2Kế hoạch số 37-KH/ĐU;", DocumentType.PLAN, "37-KH/ĐU"],
  ])("%j", (text, documentType, reference) => {
    // when
    const citation = only(text);

    // then
    expect(citation).toMatchObject({ documentType, reference });
    expect(citation.citedAs.startsWith(citation.citedAs.match(/\p{L}.*/u)![0])).toBe(true);
  });
});

describe("extractCitations: leading zeros", () => {
  it("keeps the number as written in `reference` and drops the zeros from `number`", () => {
    // when
    const citation = only("Kế hoạch số 01-KH/BCĐ ngày 06/01/2026 của Ban Chỉ đạo");

    // then
    expect(citation).toMatchObject({ reference: "01-KH/BCĐ", number: "1" });
  });

  it("still normalises spacing, dashes and the case of codes", () => {
    // when
    const citation = only("theo Quyết định số 06 / QĐ – TTG ngày 02/01/2025");

    // then
    expect(citation.reference).toBe("06/QĐ-TTg");
  });

  it("treats one document written with and without zeros as one, reported as first written", () => {
    // when
    const citations = extractCitations("Kế hoạch số 05/KH-UBND ngày 10/01/2026 ... nội dung Kế hoạch số 5/KH-UBND ngày 10/01/2026");

    // then
    expect(citations.map((c) => [c.reference, c.spans.length])).toEqual([["05/KH-UBND", 2]]);
  });

  it("ignores the zeros for identity and search keys", () => {
    // then
    expect(normaliseReference("01-KH/BCĐ")).toBe(normaliseReference("1-KH/BCĐ"));
    expect(normaliseReference("05/KH-UBND")).toBe("5/KH-UBND");
    expect(parseReferenceQuery("kh 01")).toEqual(parseReferenceQuery("kh 1"));
    expect(parseReferenceQuery("01-KH/BCĐ")).toEqual(parseReferenceQuery("1-KH/BCĐ"));
  });
});
