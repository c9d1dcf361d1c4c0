import { DocumentType, extractCitations } from "../../src/citations";

const summary = (text: string) =>
  extractCitations(text).map((c) => ({ reference: c.reference, number: c.number, issuedOn: c.issuedOn, spans: c.spans.length }));

describe("extractCitations: one citation per document", () => {
  it("merges every mention of the same reference, dated or not, into one citation with a span each", () => {
    // given
    const text =
      "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; quán triệt Nghị quyết số 57-NQ/TW đến đảng viên; " +
      "tinh thần Nghị quyết 57-NQ/TW.";

    // when
    const citations = extractCitations(text);

    // then
    expect(citations).toHaveLength(1);
    expect(citations[0].spans.map((s) => text.slice(s.start, s.end))).toEqual([
      "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị",
      "Nghị quyết số 57-NQ/TW",
      "Nghị quyết 57-NQ/TW",
    ]);
  });

  it("takes the date and issuer from whichever mention states them first", () => {
    // given
    const text =
      "Quyết định số 215/QĐ-CAHP-ANM về phê duyệt cấp độ. Theo Quyết định số 215/QĐ-CAHP-ANM ngày 12/01/2026 của Công an thành phố.";

    // when
    const [citation] = extractCitations(text);

    // then
    expect(citation).toMatchObject({ issuedOn: "2026-01-12", issuerName: "Công an thành phố", citedAs: "Quyết định số 215/QĐ-CAHP-ANM" });
    expect(citation.spans).toHaveLength(2);
  });

  it("attaches later short back-references to the document cited in full", () => {
    // given
    const text =
      "Thực hiện Kế hoạch hành động số 37-KH/ĐU ngày 05/02/2026 của Đảng ủy phường. Triển khai Phụ lục 04 của Kế hoạch 37, " +
      "theo đúng tiến độ Kế hoạch 37. Theo Kế hoạch 37-KH/ĐU của Đảng ủy Phường: tiếp tục. Nghị quyết số 57-NQ/TW; theo Nghị quyết 57 của Bộ Chính trị. " +
      "Thông tư số 24/2025/TT-BVHTTDL ngày 30/12/2025; theo quy định tại Thông tư 24/2025/TT-BVHTTDL.";

    // when
    const result = summary(text);

    // then
    expect(result).toEqual([
      { reference: "37-KH/ĐU", number: "37", issuedOn: "2026-02-05", spans: 4 },
      { reference: "57-NQ/TW", number: "57", issuedOn: null, spans: 2 },
      { reference: "24/2025/TT-BVHTTDL", number: "24", issuedOn: "2025-12-30", spans: 2 },
    ]);
  });

  it("attaches a back-reference written before the full citation too", () => {
    // given
    const text = "Theo Kế hoạch 37, và cụ thể là Kế hoạch số 37-KH/ĐU ngày 05/02/2026.";

    // when
    const citations = extractCitations(text);

    // then
    expect(citations).toHaveLength(1);
    expect(citations[0].citedAs).toBe("Kế hoạch số 37-KH/ĐU ngày 05/02/2026");
    expect(citations[0].spans.map((s) => text.slice(s.start, s.end))).toEqual(["Kế hoạch 37", "Kế hoạch số 37-KH/ĐU ngày 05/02/2026"]);
  });

  it("drops a bare back-reference when no document of that type and number is cited", () => {
    // when
    const citations = extractCitations("Theo Kế hoạch 37 và Nghị quyết 57 của Bộ Chính trị.");

    // then
    expect(citations).toEqual([]);
  });

  it("does not attach a back-reference to a document of another type with the same number", () => {
    // when
    const result = summary("Nghị quyết số 57-NQ/TW ngày 22/12/2024; theo Kế hoạch 57.");

    // then
    expect(result).toEqual([{ reference: "57-NQ/TW", number: "57", issuedOn: "2024-12-22", spans: 1 }]);
  });

  it("keeps the same number under two symbols as two documents", () => {
    // given
    const text =
      "Công văn số 2795/VHXXH ngày 14/01/2026 của phòng Văn hóa - Xã hội. UBND phường đã có Công văn số 2795/UBND-VHXXH ngày 27/12/2025 gửi Sở.";

    // when
    const result = summary(text);

    // then
    expect(result).toEqual([
      { reference: "2795/VHXXH", number: "2795", issuedOn: "2026-01-14", spans: 1 },
      { reference: "2795/UBND-VHXXH", number: "2795", issuedOn: "2025-12-27", spans: 1 },
    ]);
  });

  it("keeps the same state reference issued in two years as two documents", () => {
    // when
    const result = summary("Kế hoạch số 05/KH-UBND ngày 10/01/2025 và Kế hoạch số 05/KH-UBND ngày 12/01/2026.");

    // then
    expect(result).toEqual([
      { reference: "05/KH-UBND", number: "5", issuedOn: "2025-01-10", spans: 1 },
      { reference: "05/KH-UBND", number: "5", issuedOn: "2026-01-12", spans: 1 },
    ]);
  });

  it("keeps a Party plan and a ward plan with the same number apart when the short one names another issuer", () => {
    // given
    const text = "nhiệm vụ trong Kế hoạch 02-KH/BCĐTW lên Hệ thống. Chuyển đổi số theo Kế hoạch số 02 UBND phường Hải An (kết quả).";

    // when
    const result = summary(text);

    // then
    expect(result).toEqual([
      { reference: "02-KH/BCĐTW", number: "2", issuedOn: null, spans: 1 },
      { reference: null, number: "2", issuedOn: null, spans: 1 },
    ]);
  });

  it("attaches 'Kế hoạch số 37' naming no other issuer to the plan 37-KH/ĐU", () => {
    // when
    const result = summary("Kế hoạch hành động số 37-KH/ĐU ngày 05/02/2026 của Đảng ủy phường; theo Kế hoạch số 37 của Đảng ủy phường.");

    // then
    expect(result).toEqual([{ reference: "37-KH/ĐU", number: "37", issuedOn: "2026-02-05", spans: 2 }]);
  });

  it("merges repeated mentions of a numbered document without a symbol", () => {
    // when
    const result = summary("Tại thông báo số 02 ngày 27/3/2026 của Ban Chỉ đạo; theo Thông báo số 02, HĐND phường thực hiện.");

    // then
    expect(result).toEqual([{ reference: null, number: "2", issuedOn: "2026-03-27", spans: 2 }]);
  });

  it("joins a number and date without symbol to the document cited with that symbol, number and date", () => {
    // when
    const result = summary("Kế hoạch số 05/KH-HĐND ngày 27/03/2026; Kế hoạch số 05 ngày 27/3/2026.");

    // then
    expect(result).toEqual([{ reference: "05/KH-HĐND", number: "5", issuedOn: "2026-03-27", spans: 2 }]);
  });

  it("reads every reference of a list that shares one type word, each as its own document", () => {
    // given
    const text = "Căn cứ Nghị quyết số 18-NQ/TW, số 19-NQ/TW và số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương; số lượng 15/27.";

    // when
    const citations = extractCitations(text);

    // then
    expect(citations.map((c) => [c.documentType, c.reference, c.issuerName, c.citedAs])).toEqual([
      [DocumentType.RESOLUTION, "18-NQ/TW", "Ban Chấp hành Trung ương", "Nghị quyết số 18-NQ/TW"],
      [DocumentType.RESOLUTION, "19-NQ/TW", "Ban Chấp hành Trung ương", "số 19-NQ/TW"],
      [DocumentType.RESOLUTION, "20-NQ/TW", "Ban Chấp hành Trung ương", "số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương"],
    ]);
  });

  it("does not read a count after a reference as another document of the list", () => {
    // when
    const result = summary("Kế hoạch số 21-KH/ĐU và số 03 nhiệm vụ được giao");

    // then
    expect(result).toEqual([{ reference: "21-KH/ĐU", number: "21", issuedOn: null, spans: 1 }]);
  });

  it("lists citations in order of first mention", () => {
    // when
    const types = extractCitations("Quyết định số 1/QĐ-UBND; Chỉ thị số 2/CT-UBND; Quyết định số 1/QĐ-UBND.").map((c) => c.documentType);

    // then
    expect(types).toEqual([DocumentType.DECISION, DocumentType.DIRECTIVE]);
  });
});
