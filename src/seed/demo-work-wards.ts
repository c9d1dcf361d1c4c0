import type { DemoIndicator, DemoTask } from "./demo-work";

/**
 * The work UBND phường Hải An reports through its Ban Chỉ đạo (report 004, week 08-14/01/2026) and
 * the Nghi Dương council's own figures (report 001), so that every ward body with an account has
 * a working dashboard:
 * - UBND Hải An: the city's plans 317/KH-UBND (digital infrastructure) and 292/KH-UBND (planning
 *   database) and the central plan 02-KH/BCĐTW assign it five tasks; the free Wifi at the
 *   residential cultural houses, due by the end of Q1/2026, was still in progress on 14/01/2026,
 *   so it is overdue from 01/04/2026 on. Its online-dossier, end-to-end online service and
 *   business-service figures are measured against targets (the 80% end-to-end target is the demo's,
 *   the report gives none).
 * - Thường trực HĐND Nghi Dương: 100% of deputies studied the resolution; 02 thematic supervisions
 *   on digital transformation in Q1 against four a year (the demo's target).
 */
const DONE_BY_REPORT_004 = (reportedOn: string) => [{ status: "DONE" as const, reportedOn, source: "report:004" }];
const IN_PROGRESS_ON_14_01 = [{ status: "IN_PROGRESS" as const, reportedOn: "2026-01-14", source: "report:004" }];

export const WARD_TASKS: DemoTask[] = [
  { key: "HP.HAI-AN.UBND:HT01", assignedBy: "HP.UBND:317/KH-UBND:2025", code: "HT01", title: "Triển khai Wifi kết nối Internet tốc độ cao phục vụ miễn phí tại nhà văn hóa thôn, khu dân cư", lead: "HP.HAI-AN.UBND", cadence: "SCHEDULED", dueOn: "2026-03-31", updates: IN_PROGRESS_ON_14_01 },
  { key: "HP.HAI-AN.UBND:HT02", assignedBy: "HP.UBND:317/KH-UBND:2025", code: "HT02", title: "Đề nghị thẩm định, phê duyệt cấp độ an toàn hệ thống thông tin mạng nội bộ của UBND phường", lead: "HP.HAI-AN.UBND", cadence: "SCHEDULED", dueOn: "2026-01-31", updates: DONE_BY_REPORT_004("2026-01-12") },
  { key: "HP.HAI-AN.UBND:QH01", assignedBy: "HP.UBND:292/KH-UBND:2025", code: "QH01", title: "Báo cáo kết quả thực hiện Đề án hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch", lead: "HP.HAI-AN.UBND", cadence: "SCHEDULED", dueOn: "2026-01-15", updates: DONE_BY_REPORT_004("2026-01-14") },
  { key: "HP.HAI-AN.UBND:GS01", assignedBy: "TW.BCD:2-KH/BCĐTW", code: "GS01", title: "Cập nhật hằng ngày nhiệm vụ, tiến độ, kết quả thực hiện lên Hệ thống giám sát, đánh giá nq57.vn", lead: "HP.HAI-AN.UBND", cadence: "ONGOING", dueOn: null, updates: IN_PROGRESS_ON_14_01 },
  { key: "HP.HAI-AN.UBND:GS02", assignedBy: "TW.BCD:2-KH/BCĐTW", code: "GS02", title: "Kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông trên môi trường điện tử", lead: "HP.HAI-AN.UBND", cadence: "ONGOING", dueOn: null, updates: IN_PROGRESS_ON_14_01 },
];

const YEAR_2026 = { periodStart: "2026-01-01", periodEnd: "2026-12-31", effectiveFrom: "2026-01-01" };
const WEEK_OF_REPORT_004 = { periodStart: "2026-01-08", periodEnd: "2026-01-14" };

export const WARD_INDICATORS: DemoIndicator[] = [
  {
    key: "HP.HAI-AN.UBND:CS01", definedBy: "HP.UBND:317/KH-UBND:2025", code: "CS01", name: "Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến", measureKind: "RATIO", unit: "hồ sơ", accumulation: "IN_PERIOD",
    targets: [{ org: "HP.HAI-AN.UBND", targetValue: 90, ...YEAR_2026 }],
    measurements: [{ org: "HP.HAI-AN.UBND", ...WEEK_OF_REPORT_004, numerator: 409, denominator: 409, source: { document: "report:004", quote: "- Tổng số hồ sơ tiếp nhận là 409 hồ sơ, trong đó 409 sơ trực tuyến (đạt 100%).", spanStart: 9136, spanEnd: 9139 } }],
  },
  {
    key: "HP.HAI-AN.UBND:CS02", definedBy: "HP.UBND:317/KH-UBND:2025", code: "CS02", name: "Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình", measureKind: "RATIO", unit: "thủ tục",
    targets: [{ org: "HP.HAI-AN.UBND", targetValue: 80, ...YEAR_2026 }],
    measurements: [{ org: "HP.HAI-AN.UBND", periodEnd: "2026-01-14", numerator: 216, denominator: 377, source: { document: "report:004", quote: "- Tổng số thủ tục hành chính (TTHC): 377; số lượng TTHC cung cấp dịch vụ công trực tuyến toàn trình: 216, cung cấp dịch vụ công trực tuyến một phần: 161.", spanStart: 9053, spanEnd: 9056 } }],
  },
  {
    key: "HP.HAI-AN.UBND:CS03", definedBy: "HP.UBND:317/KH-UBND:2025", code: "CS03", name: "Tỷ lệ thủ tục hành chính liên quan đến doanh nghiệp đủ điều kiện được cung cấp dịch vụ công trực tuyến", measureKind: "PERCENT", unit: "%",
    targets: [{ org: "HP.HAI-AN.UBND", targetValue: 100, ...YEAR_2026 }],
    measurements: [{ org: "HP.HAI-AN.UBND", periodEnd: "2026-01-14", value: 100, source: { document: "report:004", quote: "- Việc cung cấp DVCTT liên quan đến doanh nghiệp đạt tỷ lệ % (mục tiêu 100% đến hết năm 2026): Các TTHC đủ điều kiện cung cấp DVCTT đạt 100%.", spanStart: 9323, spanEnd: 9327 } }],
  },
  {
    key: "HP.HAI-AN.UBND:HT03", definedBy: "HP.UBND:317/KH-UBND:2025", code: "HT03", name: "Tỷ lệ nhà văn hóa thôn, khu dân cư có Wifi kết nối Internet tốc độ cao miễn phí", measureKind: "PERCENT", unit: "%",
    targets: [{ org: "HP.HAI-AN.UBND", targetValue: 100, ...YEAR_2026 }],
    measurements: [],
  },
  {
    key: "HP.NGHI-DUONG.HDND:QT01", definedBy: "HP.NGHI-DUONG.DU:47-KH/ĐU:2026", code: "QT01", name: "Tỷ lệ đại biểu HĐND xã được nghiên cứu, học tập Nghị quyết số 57-NQ/TW", measureKind: "PERCENT", unit: "%",
    targets: [{ org: "HP.NGHI-DUONG.HDND.TT", targetValue: 100, ...YEAR_2026 }],
    measurements: [{ org: "HP.NGHI-DUONG.HDND.TT", periodStart: "2026-01-01", periodEnd: "2026-03-31", value: 100, source: { document: "report:001", quote: "bảo đảm 100% đại biểu HĐND, cán bộ, đảng viên được nghiên cứu, học tập đầy đủ nội dung Nghị quyết.", spanStart: 1146, spanEnd: 1150 } }],
  },
  {
    key: "HP.NGHI-DUONG.HDND:GS01", definedBy: "HP.NGHI-DUONG.DU:47-KH/ĐU:2026", code: "GS01", name: "Số cuộc giám sát chuyên đề về chuyển đổi số của Thường trực HĐND xã", measureKind: "COUNT", unit: "cuộc",
    targets: [{ org: "HP.NGHI-DUONG.HDND.TT", targetValue: 4, ...YEAR_2026 }],
    measurements: [{ org: "HP.NGHI-DUONG.HDND.TT", periodStart: "2026-01-01", periodEnd: "2026-03-31", value: 2, source: { document: "report:001", quote: "Trong Quý I năm 2026, Thường trực HĐND xã đã tổ chức 02 cuộc giám sát chuyên đề về chuyển đổi số trên địa bàn", spanStart: 3846, spanEnd: 3848 } }],
  },
];
