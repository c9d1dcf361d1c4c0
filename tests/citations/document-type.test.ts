import { DOCUMENT_TYPE_CODES, DOCUMENT_TYPE_LABELS, DocumentType, documentTypeFromCode, documentTypeFromWord } from "../../src/citations";

describe("documentTypeFromWord", () => {
  it.each([
    ["Nghị quyết", DocumentType.RESOLUTION],
    ["Kế hoạch hành động", DocumentType.PLAN],
    ["Thông báo kết luận", DocumentType.NOTICE],
    ["Công văn", DocumentType.OFFICIAL_LETTER],
    ["Văn bản", DocumentType.OFFICIAL_LETTER],
    ["Quyết định", DocumentType.DECISION],
    ["Báo cáo", DocumentType.REPORT],
    ["Chương trình công tác", DocumentType.PROGRAMME],
    ["Chương trình hành động", DocumentType.PROGRAMME],
    ["Thông tư", DocumentType.CIRCULAR],
    ["Chỉ thị", DocumentType.DIRECTIVE],
    ["Hướng dẫn", DocumentType.GUIDANCE],
    ["Kết luận", DocumentType.CONCLUSION],
    ["Quy chế làm việc", DocumentType.REGULATION],
    ["Quy định", DocumentType.RULE],
    ["Nghị định", DocumentType.DECREE],
    ["Luật", DocumentType.LAW],
    ["Tờ trình", DocumentType.SUBMISSION],
  ])("maps %j to %s", (word, type) => {
    // when
    const result = documentTypeFromWord(word);

    // then
    expect(result).toBe(type);
  });

  it.each(["KẾ HOẠCH HÀNH ĐỘNG", "kế  hoạch\nhành động", "Kế hoạch hành động".normalize("NFD"), "ke hoach hanh dong"])(
    "ignores case, spacing and diacritics in %j",
    (word) => {
      // when
      const result = documentTypeFromWord(word);

      // then
      expect(result).toBe(DocumentType.PLAN);
    },
  );

  it.each(["Đề án", "Phụ lục", "Kế", "", "quyết"])("returns null for %j, which names no document type", (word) => {
    // when
    const result = documentTypeFromWord(word);

    // then
    expect(result).toBeNull();
  });
});

describe("labels and codes", () => {
  it("labels every type in Vietnamese and codes Quy định as QĐ, Luật as none", () => {
    // when
    const types = Object.values(DocumentType);

    // then
    expect(types.filter((t) => !DOCUMENT_TYPE_LABELS[t])).toEqual([]);
    expect(DOCUMENT_TYPE_LABELS[DocumentType.OFFICIAL_LETTER]).toBe("Công văn");
    expect(DOCUMENT_TYPE_CODES[DocumentType.RULE]).toBe("QĐ");
    expect(DOCUMENT_TYPE_CODES[DocumentType.PROGRAMME]).toBe("CTr");
    expect(DOCUMENT_TYPE_CODES[DocumentType.LAW]).toBeNull();
  });

  it("reads QĐ as DECISION and an unknown code as nothing", () => {
    // when
    const results = ["QĐ", "kh", "TTr", "VHXXH"].map(documentTypeFromCode);

    // then
    expect(results).toEqual([DocumentType.DECISION, DocumentType.PLAN, DocumentType.SUBMISSION, null]);
  });
});
