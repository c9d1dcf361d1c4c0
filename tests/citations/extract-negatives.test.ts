import { MAX_CITATION_TEXT_LENGTH, TextTooLongError, extractCitations } from "../../src/citations";

describe("extractCitations: what is not a citation", () => {
  it.each([
    ["a phone number", "Điện thoại: 0225.3842.123 hoặc 0912 345 678"],
    ["a date alone", "Hải An, ngày 19 tháng 6 năm 2026. Tính đến ngày 29/4/2026."],
    ["a project by number", "thực hiện Đề án 06 và Tổ công tác thực hiện Đề án 06/CP"],
    ["percentages", "tỷ lệ đạt 99,73%, trên 90% người dân, 100% hồ sơ"],
    ["ratios", "15/27 đại biểu, hoàn thành 09/17 mục tiêu, 22.581/57.566 tài khoản"],
    ["URLs", "trên website nq57.vn, pakn.nq57.vn, https://kktsc.mof.gov.vn/ và https://zalo.me/g/dnlkrs346"],
    ["the draft header of a state report", "\n\nSố: /BC-HĐND\n\nHải An, ngày 19 tháng 6 năm 2026\n\n## BÁO CÁO\n"],
    ["the numbered header of a state report", "Số: 11 /BC-HĐND\n\nNghi Dương, ngày 10 tháng 4 năm 2026\n\nBÁO CÁO"],
    ["the draft header of a Party report", "*\n\nSố - BC/ĐU\n\nÔ Chợ Dừa, ngày tháng 5 năm 2026\n\nBÁO CÁO"],
    ["a header below the title", "BÁO CÁO\nSố: 11/BC-HĐND\n"],
    ["a reference with a blank number", "theo Kế hoạch số /KH-UBND ngày 5/3/2026"],
    ["a type word with no number", "ban hành kế hoạch triển khai, cụ thể hóa vào chương trình công tác, chương trình giám sát năm 2026"],
    ["a type word followed by a year", "Căn cứ Chương trình công tác năm 2026 và Kế hoạch hành động của Thành ủy"],
    ["'số' meaning digital", "Kế hoạch chuyển đổi số 2026; Báo cáo số liệu chi tiết: 11952 hồ sơ"],
    ["a count before a type word", "Ủy ban nhân dân phường đã ban hành 01 Báo cáo, 07 Văn bản triển khai thực hiện"],
    ["a type word before a ratio", "tại Báo cáo 16/16 chỉ tiêu; Kế hoạch số 15/27"],
    ["a type word before a percentage", "Kế hoạch 100% hoàn thành"],
    ["a numbered stage of a report", "16/16 chỉ tiêu tại Báo cáo giai đoạn 1 và 34/34 chỉ tiêu tại Báo cáo giai đoạn 2"],
    ["a verb with a date", "hướng dẫn người dân ngày 5/3/2026 tại nhà văn hóa"],
    ["a capitalised verb with a date", "Báo cáo tình hình ngày 15/01/2026 như sau. Quyết định đầu tư ngày 3/4/2026."],
    ["an empty text", ""],
  ])("finds nothing in %s", (_name, text) => {
    // when
    const citations = extractCitations(text);

    // then
    expect(citations).toEqual([]);
  });
});

describe("extractCitations: size guard", () => {
  it("refuses a text over the limit with TextTooLongError", () => {
    // given
    const text = "a".repeat(MAX_CITATION_TEXT_LENGTH + 1);

    // when
    const attempt = () => extractCitations(text);

    // then
    expect(MAX_CITATION_TEXT_LENGTH).toBe(1_000_000);
    expect(attempt).toThrow(TextTooLongError);
    expect(attempt).toThrow(expect.objectContaining({ length: MAX_CITATION_TEXT_LENGTH + 1, limit: MAX_CITATION_TEXT_LENGTH }));
  });

  it("accepts a text of exactly the limit", () => {
    // given
    const text = `Nghị quyết số 57-NQ/TW. ${"x".repeat(MAX_CITATION_TEXT_LENGTH - 24)}`;

    // when
    const citations = extractCitations(text);

    // then
    expect(text).toHaveLength(MAX_CITATION_TEXT_LENGTH);
    expect(citations.map((c) => c.reference)).toEqual(["57-NQ/TW"]);
  });

  it("reads a 900 000-character report of repeated citations", () => {
    // given
    const paragraph =
      "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, Bộ Văn hóa, Thể thao; Kế hoạch 37 và Kế hoạch số 02 UBND phường, " +
      "15/27 đại biểu, 99,73%. ";
    const text = paragraph.repeat(Math.floor(900_000 / paragraph.length));

    // when
    const citations = extractCitations(text);

    // then
    const repeats = Math.floor(900_000 / paragraph.length);
    expect(citations.map((c) => [c.reference, c.number, c.spans.length])).toEqual([
      ["57-NQ/TW", "57", repeats],
      [null, "2", repeats],
    ]);
  });

  it.each([
    ["type words", "Kế hoạch số Nghị quyết Thông báo kết luận ", []],
    ["dashes and slashes", "Số 1 - 2 / 3 - - / / 4-A/B-C-D-E ", []],
    ["digits", "1234567 12/12/2024 1/1/1/1/1 ", []],
    ["an issuer that never ends", "Kế hoạch số 5/KH-UBND của Ủy ban, Sở, Ban, Phòng và Ban ", [["5/KH-UBND", "Ủy ban, Sở, Ban, Phòng và Ban"]]],
    ["NFD text", "Thông báo kết luận cuộc họp Ban chỉ đạo ngày 15/4/2026 ".normalize("NFD"), [[null, null]]],
  ])("reads 900 000 characters of %s", (_name, unit, expected) => {
    // given
    const repeats = Math.floor(900_000 / unit.length);
    const text = unit.repeat(repeats);

    // when
    const citations = extractCitations(text);

    // then
    expect(citations.map((c) => [c.reference, c.issuerName])).toEqual(expected);
    expect(citations.every((c) => c.spans.length === repeats)).toBe(true);
  });
});
