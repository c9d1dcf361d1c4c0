import { DocumentType, extractCitations } from "../../src/citations";

const only = (text: string) => {
  const citations = extractCitations(text);
  expect(citations).toHaveLength(1);
  return citations[0];
};

describe("extractCitations: the word before the reference decides the type", () => {
  it.each([
    ["Thực hiện Kế hoạch hành động số 37-KH/ĐU ngày 05/02/2026.", DocumentType.PLAN, "37-KH/ĐU"],
    ["Theo Thông báo kết luận số 07-TB/CQTTCĐ ngày 15/10/2025.", DocumentType.NOTICE, "07-TB/CQTTCĐ"],
    ["Theo Quy chế làm việc số 05-QC/ĐU ngày 1/8/2025.", DocumentType.REGULATION, "05-QC/ĐU"],
    ["Thực hiện Văn bản số 335/VP-TH ngày 10/01/2026.", DocumentType.OFFICIAL_LETTER, "335/VP-TH"],
    ["Thực hiện Công văn số 4720/VP-VX ngày 29/4/2026.", DocumentType.OFFICIAL_LETTER, "4720/VP-VX"],
    ["Xem Tờ trình số 12/TTr-UBND ngày 3/3/2026.", DocumentType.SUBMISSION, "12/TTr-UBND"],
    ["Căn cứ Quy định số 230-QĐ/TW ngày 24/2/2026.", DocumentType.RULE, "230-QĐ/TW"],
    ["Căn cứ Quyết định số 06/QĐ-TTg ngày 02/01/2025.", DocumentType.DECISION, "06/QĐ-TTg"],
    ["Theo Chương trình công tác số 01-CTr/BCĐ ngày 09/01/2026.", DocumentType.PROGRAMME, "01-CTr/BCĐ"],
    ["Theo Chương trình hành động số 03-CTr/ĐU ngày 1/3/2025.", DocumentType.PROGRAMME, "03-CTr/ĐU"],
    ["Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016.", DocumentType.DIRECTIVE, "05-CT/TW"],
    ["Theo Hướng dẫn số 36-HD/VPTW ngày 03/4/2018.", DocumentType.GUIDANCE, "36-HD/VPTW"],
    ["Thực hiện Kết luận số 10-KL/TW ngày 1/9/2021.", DocumentType.CONCLUSION, "10-KL/TW"],
    ["Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020.", DocumentType.DECREE, "30/2020/NĐ-CP"],
    ["Theo Thông tư số 24/2025/TT-BVHTTDL ngày 30/12/2025.", DocumentType.CIRCULAR, "24/2025/TT-BVHTTDL"],
    ["Đã có Báo cáo số 24/BC-UBND ngày 15/01/2026.", DocumentType.REPORT, "24/BC-UBND"],
    ["Căn cứ Luật Dữ liệu số 60/2024/QH15 ngày 30/11/2024.", DocumentType.LAW, "60/2024/QH15"],
    ["Thực hiện Nghị quyết số 71/NQ-CP ngày 01/4/2025.", DocumentType.RESOLUTION, "71/NQ-CP"],
  ])("%j", (text, documentType, reference) => {
    // when
    const citation = only(text);

    // then
    expect(citation).toMatchObject({ documentType, reference });
  });
});

describe("extractCitations: shapes of a citation", () => {
  it("reads a citation without 'số'", () => {
    // when
    const citation = only("Thực hiện Nghị quyết 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá");

    // then
    expect(citation).toEqual({
      documentType: DocumentType.RESOLUTION,
      reference: "57-NQ/TW",
      number: "57",
      issuedOn: "2024-12-22",
      issuedYear: 2024,
      title: null,
      issuerName: "Bộ Chính trị",
      citedAs: "Nghị quyết 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị",
      spans: [{ start: 10, end: 62 }],
    });
  });

  it("reads 'Số' capitalised mid-sentence with stray spaces in the symbol", () => {
    // when
    const citation = only("theo nội dung công văn Số 420 - CV/ĐU ngày 08/4/2026 của Văn phòng Đảng ủy xã./.");

    // then
    expect(citation).toMatchObject({
      documentType: DocumentType.OFFICIAL_LETTER,
      reference: "420-CV/ĐU",
      number: "420",
      issuedOn: "2026-04-08",
      issuerName: "Văn phòng Đảng ủy xã",
    });
  });

  it.each([
    ["Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị", "2024-12-22"],
    ["Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị", "2024-12-22"],
    ["Kế hoạch số 21-KH/ĐU ngày 22/9/2025", "2025-09-22"],
    ["Công văn số 56/UBND-VHXXH ngày 8/8/2025", "2025-08-08"],
    ["Kế hoạch số 47-KH/ĐU ngày 23/01/2026", "2026-01-23"],
    ["Chỉ thị số 15/CT-TTg ngày 27 tháng 9 năm 2019", "2019-09-27"],
    ["Chỉ thị số 15/CT-TTg, ngày 27 tháng 9 năm 2019", "2019-09-27"],
    ["Quyết định số 02/QĐ-BCĐ ban hành ngày 27/3/2026", "2026-03-27"],
    ["KẾ HOẠCH SỐ 05/KH-UBND NGÀY 27/03/2026", "2026-03-27"],
  ])("reads the date of %j", (text, issuedOn) => {
    // when
    const citation = only(text);

    // then
    expect(citation.issuedOn).toBe(issuedOn);
  });

  it.each([
    ["a stray space after the dash", "Nghị quyết số 57- NQ/TW của Bộ Chính trị"],
    ["spaces around the dash", "Nghị quyết số 57 - NQ/TW của Bộ Chính trị"],
    ["an en dash", "Nghị quyết số 57–NQ/TW của Bộ Chính trị"],
    ["a line break inside the symbol", "Nghị quyết số 57-\nNQ/TW của Bộ Chính trị"],
    ["a line break before the number", "Nghị quyết số\n57-NQ/TW của Bộ Chính trị"],
    ["a line break inside the type word", "Nghị\nquyết số 57-NQ/TW của Bộ Chính trị"],
    ["double spaces", "Nghị quyết  số  57-NQ/TW  của  Bộ Chính trị"],
    ["an ALL-CAPS title", "TRIỂN KHAI NGHỊ QUYẾT SỐ 57-NQ/TW CỦA BỘ CHÍNH TRỊ VỀ ĐỘT PHÁ"],
  ])("normalises a reference written with %s", (_name, text) => {
    // when
    const citation = only(text);

    // then
    expect(citation.reference).toBe("57-NQ/TW");
    expect(citation.issuerName?.toLowerCase()).toBe("bộ chính trị");
  });

  it("reads a numbered notice without a symbol: reference null, number kept", () => {
    // when
    const citation = only("Tại thông báo số 02 ngày 27/3/2026, HĐND phường được giao 03 nhiệm vụ");

    // then
    expect(citation).toMatchObject({ documentType: DocumentType.NOTICE, reference: null, number: "2", issuedOn: "2026-03-27" });
  });

  it("reads 'Kế hoạch số 02' with neither symbol nor date as a citation with a number only", () => {
    // when
    const citation = only("c) Chuyển đổi số theo Kế hoạch số 02 UBND phường Hải An (Kết quả thực hiện)");

    // then
    expect(citation).toEqual(
      expect.objectContaining({ documentType: DocumentType.PLAN, reference: null, number: "2", issuedOn: null, issuerName: null, citedAs: "Kế hoạch số 02" }),
    );
  });

  it("leaves issuedOn null for a reference without a date", () => {
    // when
    const citation = only("UBND phường đã có Công văn số 222/UBND-VHXXH giao các trường Trung học cơ sở triển khai.");

    // then
    expect(citation).toMatchObject({ reference: "222/UBND-VHXXH", issuedOn: null, issuerName: null });
  });

  it("keeps a citation whose date does not exist, without a date", () => {
    // when
    const citation = only("Văn bản số 12/UBND-VP ngày 31/02/2026 của UBND phường");

    // then
    expect(citation).toMatchObject({ reference: "12/UBND-VP", issuedOn: null, issuerName: "UBND phường" });
  });

  it.each([
    ["Căn cứ Luật Dữ liệu ngày 30/11/2024;", "2024-11-30"],
    ["Căn cứ Luật Khoa học, công nghệ và đổi mới sáng tạo ngày 27/6/2025;", "2025-06-27"],
  ])("reads a law cited by name and date, %j, with reference and number null", (text, issuedOn) => {
    // when
    const citation = only(text);

    // then
    expect(citation).toMatchObject({ documentType: DocumentType.LAW, reference: null, number: null, issuedOn });
  });

  it("reads a notice of conclusions cited by meeting and date", () => {
    // when
    const citation = only("và thông báo kết luận cuộc họp Ban chỉ đạo ngày 15/4/2026, HĐND phường");

    // then
    expect(citation).toMatchObject({ documentType: DocumentType.NOTICE, reference: null, number: null, issuedOn: "2026-04-15" });
    expect(citation.citedAs).toBe("thông báo kết luận cuộc họp Ban chỉ đạo ngày 15/4/2026");
  });
});

describe("extractCitations: spans", () => {
  it("points every span at the exact mention, in UTF-16 offsets of the input", () => {
    // given
    const text = "🇻🇳 Thực hiện Kế hoạch số 05/KH-HĐND ngày 27/03/2026 của Thường trực HĐND về chuyển đổi số.";

    // when
    const { spans, citedAs } = only(text);

    // then
    expect(text.slice(spans[0].start, spans[0].end)).toBe("Kế hoạch số 05/KH-HĐND ngày 27/03/2026 của Thường trực HĐND");
    expect(citedAs).toBe(text.slice(spans[0].start, spans[0].end));
  });

  it("maps spans back into NFD input", () => {
    // given
    const text = "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá".normalize("NFD");

    // when
    const citation = only(text);

    // then
    const { start, end } = citation.spans[0];
    expect(text.slice(start, end).normalize("NFC")).toBe("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị");
    expect(citation.citedAs).toBe(text.slice(start, end));
    expect(citation.issuerName).toBe("Bộ Chính trị");
  });
});
