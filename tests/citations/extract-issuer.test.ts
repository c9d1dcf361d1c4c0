import { extractCitations } from "../../src/citations";

const issuers = (text: string) => extractCitations(text).map((c) => c.issuerName);

describe("extractCitations: issuer names", () => {
  it.each([
    ["stops at ' về '", "Kế hoạch số 05/KH-HĐND ngày 27/03/2026 của Thường trực Hội đồng nhân dân về thực hiện", "Thường trực Hội đồng nhân dân"],
    ["stops at ' về việc'", "Công văn số 4720/VP-VX ngày 29/4/2026 của Văn phòng Ủy ban nhân dân thành phố về việc triển khai", "Văn phòng Ủy ban nhân dân thành phố"],
    ["stops at ';'", "Kế hoạch số 47-KH/ĐU ngày 23/01/2026 của Ban Thường vụ Đảng ủy xã; Công việc", "Ban Thường vụ Đảng ủy xã"],
    ["stops at ','", "Nghị quyết số 57-NQ/TW của Bộ Chính trị, Kế hoạch hành động của Thành ủy", "Bộ Chính trị"],
    ["stops at '('", "Quyết định số 215/QĐ-CAHP-ANM ngày 12/01/2026 của Công an thành phố (theo đề nghị)", "Công an thành phố"],
    ["stops at a line break", "Thông báo kết luận số 47-TB/TGV ngày 17/10/2025 của Tổ Giúp việc\n(Từ 08/01/2026 đến 14/01/2026)", "Tổ Giúp việc"],
    ["stops at a full stop", "Quyết định số 215/QĐ-CAHP-ANM ngày 12/01/2026 của Công an thành phố. UBND phường", "Công an thành phố"],
    ["stops at a verb", "Quyết định số 06/QĐ-TTg ngày 02/01/2025 của Thủ tướng Chính phủ phê duyệt Đề án", "Thủ tướng Chính phủ"],
    ["stops at 'và' before a lower-case word", "Nghị quyết số 57-NQ/TW của Bộ Chính trị và phương hướng, nhiệm vụ quý III", "Bộ Chính trị"],
    ["keeps 'và' inside a name", "Công văn số 58/SKH-CN-HTS&CN ngày 08/01/2026 của Sở Khoa học và Công nghệ thành phố về việc", "Sở Khoa học và Công nghệ thành phố"],
    ["keeps a dash inside a name", "Công văn số 2795/VHXXH ngày 14/01/2026 của phòng Văn hóa - Xã hội triển khai báo cáo", "phòng Văn hóa - Xã hội"],
    ["keeps a list ending in 'và'", "Thông tư số 24/2025/TT-BVHTTDL ngày 30/12/2025 của Bộ Văn hóa, Thể thao và Du lịch quy định về", "Bộ Văn hóa, Thể thao và Du lịch"],
    ["keeps a longer list ending in 'và'", "Kết luận số 10-KL/TW ngày 1/9/2021 của Bộ Chính trị, Ban Bí thư, Quốc hội và Chính phủ về", "Bộ Chính trị, Ban Bí thư, Quốc hội và Chính phủ"],
    ["keeps an abbreviation with a full stop", "Kế hoạch số 317/KH-UBND ngày 02/12/2025 của UBND TP. Hải Phòng về việc", "UBND TP. Hải Phòng"],
    ["reads an ALL-CAPS issuer", "NGHỊ QUYẾT SỐ 57-NQ/TW NGÀY 22/12/2024 CỦA BỘ CHÍNH TRỊ VỀ ĐỘT PHÁ", "BỘ CHÍNH TRỊ"],
  ])("%s", (_name, text, issuerName) => {
    // when
    const result = issuers(text);

    // then
    expect(result).toEqual([issuerName]);
  });

  it("stops at the next citation", () => {
    // when
    const result = issuers("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ");

    // then
    expect(result).toEqual(["Bộ Chính trị", "Chính phủ"]);
  });

  it("does not end an issuer with the 'và' that joins the next citation", () => {
    // when
    const result = issuers("Chỉ thị số 05-CT/TU ngày 3/4/2026 của Ban Thường vụ Thành ủy và Hướng dẫn số 12-HD/BTGTU ngày 5/4/2026 của Ban Tuyên giáo Thành ủy");

    // then
    expect(result).toEqual(["Ban Thường vụ Thành ủy", "Ban Tuyên giáo Thành ủy"]);
  });

  it("gives the issuer of a list to every document in it", () => {
    // given
    const text =
      "Kế hoạch số 21-KH/ĐU ngày 22/9/2025 và Kế hoạch số 47-KH/ĐU ngày 23/01/2026 của Ban Thường vụ Đảng ủy xã; Công văn số 420-CV/ĐU ngày 08/4/2026 của Đảng ủy xã về việc";

    // when
    const result = issuers(text);

    // then
    expect(result).toEqual(["Ban Thường vụ Đảng ủy xã", "Ban Thường vụ Đảng ủy xã", "Đảng ủy xã"]);
  });

  it("does not share an issuer between documents of different issuer codes", () => {
    // when
    const result = issuers("Nghị quyết số 57-NQ/TW và Nghị quyết số 71/NQ-CP của Chính phủ");

    // then
    expect(result).toEqual([null, "Chính phủ"]);
  });

  it("does not share an issuer across other words", () => {
    // when
    const result = issuers("Kế hoạch số 13/KH-UBND ngày 10/3/2026 về khoa học và Kế hoạch số 14/KH-UBND ngày 11/3/2026 của UBND phường");

    // then
    expect(result).toEqual([null, "UBND phường"]);
  });

  it("never uses the symbol's issuer code as an issuer name", () => {
    // when
    const result = issuers("Thông báo số 11/TB-HĐND phường về việc phân công nhiệm vụ");

    // then
    expect(result).toEqual([null]);
  });
});
