import { DocumentType } from "../../src/citations";

/** What a reader sees cited in a passage: type, reference as written (zeros kept), date or year. */
export interface CitedDocument {
  documentType: DocumentType;
  reference: string | null;
  issuedOn: string | null;
  issuedYear: number | null;
}

export interface Passage {
  name: string;
  text: string;
  cited: CitedDocument[];
}

const { LAW, RESOLUTION, PLAN, NOTICE, OFFICIAL_LETTER, DECISION, DIRECTIVE, DECREE, PROGRAMME, CIRCULAR, CONCLUSION, SUBMISSION } = DocumentType;
const doc = (documentType: DocumentType, reference: string | null, issuedOn: string | null, issuedYear = issuedOn ? Number(issuedOn.slice(0, 4)) : null): CitedDocument => ({
  documentType,
  reference,
  issuedOn,
  issuedYear,
});

/**
 * Passages written for these tests in the manner of commune plans, decisions and reports: legal
 * bases ("Căn cứ ..."), lists of tasks, meeting notes, deadlines and contact lines. Each lists the
 * documents a careful reader finds cited, in order of first mention.
 */
export const PASSAGES: Passage[] = [
  {
    name: "the bases of a commune decision",
    text:
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n" +
      "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15;\n" +
      "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;\n" +
      "Theo đề nghị của Trưởng phòng Văn hóa - Xã hội tại Tờ trình ngày 02/3/2026.",
    cited: [doc(LAW, null, "2025-06-16"), doc(LAW, "64/2025/QH15", null, 2025), doc(DECREE, "30/2020/NĐ-CP", "2020-03-05"), doc(SUBMISSION, null, "2026-03-02")],
  },
  {
    name: "laws cited by name and year",
    text: "Việc đăng ký thực hiện theo Luật Hộ tịch năm 2014, Bộ luật Dân sự năm 2015 và các văn bản hướng dẫn; luật sư, công chứng viên phối hợp tuyên truyền pháp luật năm 2026.",
    cited: [doc(LAW, null, null, 2014), doc(LAW, null, null, 2015)],
  },
  {
    name: "a date after the issuer",
    text: "Thực hiện Quyết định số 505/QĐ-TTg của Thủ tướng Chính phủ ngày 22 tháng 4 năm 2022 về Ngày Chuyển đổi số quốc gia, UBND xã xây dựng kế hoạch hưởng ứng.",
    cited: [doc(DECISION, "505/QĐ-TTg", "2022-04-22")],
  },
  {
    name: "a dotted date and a year only",
    text:
      "Nghị quyết số 57-NQ/TW ban hành ngày 22.12.2024 của Bộ Chính trị mở đường; trước đó, Chỉ thị 15/CT-TTg năm 2020 " +
      "yêu cầu giãn cách; Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ năm 2020 tiếp tục được áp dụng.",
    cited: [doc(RESOLUTION, "57-NQ/TW", "2024-12-22"), doc(DIRECTIVE, "15/CT-TTg", null, 2020), doc(DIRECTIVE, "16/CT-TTg", null, 2020)],
  },
  {
    name: "letters without 'số' and a numbered list glued to its items",
    text:
      "Các văn bản chỉ đạo đã nhận: 1Chỉ thị 15/CT-TTg; 2Công văn 562/BKHCN-VCL ngày 14/3/2025 của Bộ Khoa học và Công nghệ; " +
      "3Văn bản 1187/UBND-VX ngày 20/3/2025.",
    cited: [doc(DIRECTIVE, "15/CT-TTg", null), doc(OFFICIAL_LETTER, "562/BKHCN-VCL", "2025-03-14"), doc(OFFICIAL_LETTER, "1187/UBND-VX", "2025-03-20")],
  },
  {
    name: "National Assembly numbering and years inside the symbol",
    text:
      "Triển khai Nghị quyết số 93/2025/QH15 của Quốc hội, Nghị quyết 190/2025/QH15 và Thông tư 02/2026/TT-BKHCN " +
      "hướng dẫn chi tiết; Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân.",
    cited: [doc(RESOLUTION, "93/2025/QH15", null, 2025), doc(RESOLUTION, "190/2025/QH15", null, 2025), doc(CIRCULAR, "02/2026/TT-BKHCN", null, 2026), doc(DECREE, "13/2023/NĐ-CP", null, 2023)],
  },
  {
    name: "leading zeros as Decree 30 writes them",
    text:
      "Căn cứ Kế hoạch số 01-KH/BCĐ ngày 06/01/2026 của Ban Chỉ đạo phường và Chương trình số 03-CTr/ĐU ngày 09/01/2026; " +
      "các nội dung tại Kế hoạch 01-KH/BCĐ được giao cụ thể theo Quyết định số 07/QĐ-UBND ngày 12/01/2026.",
    cited: [doc(PLAN, "01-KH/BCĐ", "2026-01-06"), doc(PROGRAMME, "03-CTr/ĐU", "2026-01-09"), doc(DECISION, "07/QĐ-UBND", "2026-01-12")],
  },
  {
    name: "meeting dates and deadlines next to citations",
    text:
      "Thực hiện Thông báo số 12-TB/ĐU về kết luận của Ban Thường vụ tại hội nghị ngày 10/3/2026, đề nghị các chi bộ " +
      "báo cáo kết quả trước ngày 30/6/2026; Kế hoạch số 45/KH-UBND, tổ chức hội nghị ngày 15/4/2026 tại hội trường.",
    cited: [doc(NOTICE, "12-TB/ĐU", null), doc(PLAN, "45/KH-UBND", null)],
  },
  {
    name: "a project, phone numbers and the header of a plan",
    text:
      "ỦY BAN NHÂN DÂN\nXÃ THẠCH KIM\n\nSố: 18/KH-UBND\n\nThạch Kim, ngày 05 tháng 02 năm 2026\n\nKẾ HOẠCH\n" +
      "Triển khai Đề án 06 năm 2026\n\nĐầu mối: đồng chí Nguyễn Văn Nam, điện thoại 0239.3856.246 hoặc 0912 345 678; " +
      "Tổ công tác Đề án 06 họp ngày 10/02/2026.",
    cited: [],
  },
  {
    name: "a conclusion, a notice of conclusions and a back-reference",
    text:
      "Quán triệt Kết luận số 127-KL/TW ngày 28/02/2025 của Bộ Chính trị, Ban Bí thư và Thông báo kết luận số 05-TB/ĐU " +
      "ngày 20/01/2026 của Thường trực Đảng ủy; các nhiệm vụ của Kết luận 127 được lồng ghép vào chương trình công tác năm 2026.",
    cited: [doc(CONCLUSION, "127-KL/TW", "2025-02-28"), doc(NOTICE, "05-TB/ĐU", "2026-01-20")],
  },
];
