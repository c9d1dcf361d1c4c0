import { DocumentType } from "../citations";

/**
 * The documents the five seed reports (tests/fixtures/seeds) cite, the five reports themselves, and
 * the legal-basis links between them that the text states. Pure data: every quote is copied
 * from the seed text and checked by tests/demo-documents.test.ts.
 *
 * Relations follow the README (legal bases): "căn cứ" and "thực hiện" are BASED_ON, "triển khai" IMPLEMENTS.
 *
 * Keys: "57-NQ/TW" for the resolution everything traces to; "report:NNN" for the seed reports;
 * otherwise "<issuer>:<normalised reference>[:<year of issue>]" (the year only when the date is
 * known), and "<issuer>:<type code> số <number>[:<date>]" for documents cited without a symbol.
 * A Thường trực HĐND numbers its documents in the HĐND's register ("KH-HĐND"), so Kế hoạch
 * 05/KH-HĐND is keyed under HP.HAI-AN.HDND although the Thường trực issued it.
 */

export type DemoRelation = "BASED_ON" | "IMPLEMENTS" | "ADJUSTS" | "REPLACES" | "RESPONDS_TO";
export type DemoNoticeKind = "ASSIGNMENT" | "CONCLUSION" | "ADJUSTMENT";

/** A document the seed reports cite, or a seed report itself. */
export interface DemoDocument {
  /** Stable key used by links, e.g. "57-NQ/TW", "HP.HAI-AN.HDND:5/KH-HĐND:2026", "report:000". */
  key: string;
  type: DocumentType;
  /** Number and symbol as officials write it ("05/KH-HĐND", "57-NQ/TW", "Số: /BC-HĐND" header of an unnumbered draft -> "/BC-HĐND"); null when the text gives none. */
  reference: string | null;
  /** Organisation code from demo-organisations.ts when the issuer exists there. */
  issuer?: string;
  /** Issuer as cited when it is not in the demo organisations (e.g. "Bộ Nông nghiệp và Môi trường"). */
  issuerName?: string;
  /** ISO date of issue when known. */
  issuedOn?: string;
  place?: string;
  /** Trích yếu (subject) when the seeds state it ("về thực hiện Nghị quyết 57-NQ/TW ..."); omit otherwise. */
  title?: string;
  signer?: string;
  /** Plans: the year they cover and their period. Reports: their reporting period. */
  planYear?: number;
  periodStart?: string;
  periodEnd?: string;
  noticeKind?: DemoNoticeKind;
  /** false: known only from a citation (an unverified placeholder until its issuer confirms it). */
  verified: boolean;
  /** Which seed file mentions it first, and the exact quote of that first mention (must be a substring of the seed text). */
  source: { seed: string; quote: string };
}

/** A typed legal-basis link between two demo documents, with the citation text it came from. */
export interface DemoLink {
  from: string;
  relation: DemoRelation;
  to: string;
  /** Exact text (a substring of the seed) the link is read from. */
  citation: string;
  seed: string;
}

const {
  RESOLUTION, PLAN, NOTICE, OFFICIAL_LETTER, DECISION, REPORT, PROGRAMME, CIRCULAR,
} = DocumentType;

/** HĐND phường Hải An, Q2/2026. */
const S000 = "000_8b3b633907b88ef3.txt";
/** Thường trực HĐND xã Nghi Dương, Q1/2026. */
const S001 = "001_6f199bee88b1f82b.txt";
/** UBND phường Phù Liễn, Q1/2026. */
const S002 = "002_adbbb63db80dde0e.txt";
/** Đảng ủy phường Ô Chợ Dừa, 5/2026. */
const S003 = "003_d9b6f91330304b42.txt";
/** Ban Chỉ đạo phường Hải An, week 08/01/2026 to 14/01/2026. */
const S004 = "004_e1c8a3459853513f.txt";

const YEAR_2026 = { planYear: 2026, periodStart: "2026-01-01", periodEnd: "2026-12-31" } as const;

const NQ57 = "57-NQ/TW";

/** The five seed reports. */
const REPORTS: DemoDocument[] = [
  {
    key: "report:000", type: REPORT, reference: "/BC-HĐND", issuer: "HP.HAI-AN.HDND",
    issuedOn: "2026-06-19", place: "Hải An",
    title: "Kết quả quý II về việc triển khai thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị và phương hướng, nhiệm vụ quý III năm 2026",
    signer: "Vũ Văn Lăng", periodStart: "2026-04-01", periodEnd: "2026-06-30",
    verified: true, source: { seed: S000, quote: "Số: /BC-HĐND" },
  },
  {
    key: "report:001", type: REPORT, reference: "11/BC-HĐND", issuer: "HP.NGHI-DUONG.HDND.TT",
    issuedOn: "2026-04-10", place: "Nghi Dương",
    title: "Kết quả thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về “đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia” Quý I năm 2026",
    signer: "Phạm Thị Thanh", periodStart: "2026-01-01", periodEnd: "2026-03-31",
    verified: true, source: { seed: S001, quote: "Số: 11 /BC-HĐND" },
  },
  {
    key: "report:002", type: REPORT, reference: "/BC-UBND", issuer: "HP.PHU-LIEN.UBND",
    place: "Phù Liễn",
    title: "Sơ kết tình hình, kết quả triển khai thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trên địa bàn phường Phù Liễn quý I năm 2026",
    signer: "Phạm Văn Diện", periodStart: "2026-01-01", periodEnd: "2026-03-31",
    verified: true, source: { seed: S002, quote: "Số: /BC-UBND" },
  },
  {
    key: "report:003", type: REPORT, reference: "-BC/ĐU", issuer: "HN.O-CHO-DUA.DU",
    place: "Ô Chợ Dừa",
    title: "Kết quả thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số phường Ô Chợ Dừa tháng 5/2026",
    signer: "Nguyễn Minh Đức", periodStart: "2026-05-01", periodEnd: "2026-05-31",
    verified: true, source: { seed: S003, quote: "Số - BC/ĐU" },
  },
  {
    key: "report:004", type: REPORT, reference: "/BC-BCĐ", issuer: "HP.HAI-AN.BCD",
    place: "Hải An",
    title: "Kết quả lãnh đạo, chỉ đạo tổ chức thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; Thông báo kết luận số 07-TB/CQTTCĐ ngày 15/10/2025 của đồng chí Tổng Bí thư Tô Lâm, Trưởng Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; Thông báo kết luận số 47-TB/TGV ngày 17/10/2025 của Tổ Giúp việc",
    signer: "Cao Huy Hiếu", periodStart: "2026-01-08", periodEnd: "2026-01-14",
    verified: true, source: { seed: S004, quote: "Số: /BC-BCĐ" },
  },
];

/** Cited first in 000 (HĐND phường Hải An). */
const CITED_IN_000: DemoDocument[] = [
  {
    key: NQ57, type: RESOLUTION, reference: "57-NQ/TW", issuer: "TW.BCT", issuedOn: "2024-12-22",
    title: "về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
    verified: true, source: { seed: S000, quote: "Nghị quyết số 57-NQ/TW của Bộ Chính trị" },
  },
  {
    // The text names no issuer; tasks were assigned to the HĐND in it.
    key: "HP.HAI-AN:TB số 02:2026-03-27", type: NOTICE, reference: null, issuedOn: "2026-03-27",
    noticeKind: "ASSIGNMENT",
    verified: false, source: { seed: S000, quote: "thông báo số 02 ngày 27/3/2026" },
  },
  {
    // Conclusions of a meeting of the ward's Ban Chỉ đạo.
    key: "HP.HAI-AN.BCD:TB kết luận:2026-04-15", type: NOTICE, reference: null, issuer: "HP.HAI-AN.BCD",
    issuedOn: "2026-04-15", noticeKind: "CONCLUSION",
    verified: false, source: { seed: S000, quote: "thông báo kết luận cuộc họp Ban chỉ đạo ngày 15/4/2026" },
  },
  {
    key: "HP.HAI-AN.HDND:5/KH-HĐND:2026", type: PLAN, reference: "05/KH-HĐND", issuer: "HP.HAI-AN.HDND.TT",
    issuedOn: "2026-03-27",
    title: "về thực hiện Nghị quyết 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia trên địa bàn phường năm 2026",
    ...YEAR_2026,
    verified: true,
    source: { seed: S000, quote: "Kế hoạch số 05/KH-HĐND ngày 27/03/2026 của Thường trực Hội đồng nhân dân" },
  },
  {
    // No date given.
    key: "HP.HAI-AN.HDND:11/TB-HĐND", type: NOTICE, reference: "11/TB-HĐND", issuer: "HP.HAI-AN.HDND",
    title: "về việc phân công nhiệm vụ triển khai thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị năm 2026",
    noticeKind: "ASSIGNMENT",
    verified: false, source: { seed: S000, quote: "Thông báo số 11/TB-HĐND" },
  },
];

/** Cited first in 001 (Thường trực HĐND xã Nghi Dương). */
const CITED_IN_001: DemoDocument[] = [
  {
    // "của Ban Thường vụ Đảng ủy xã" is shared with 47-KH/ĐU; no subject given.
    key: "HP.NGHI-DUONG.DU:21-KH/ĐU:2025", type: PLAN, reference: "21-KH/ĐU", issuer: "HP.NGHI-DUONG.DU",
    issuedOn: "2025-09-22",
    verified: false, source: { seed: S001, quote: "Kế hoạch số 21-KH/ĐU ngày 22/9/2025" },
  },
  {
    key: "HP.NGHI-DUONG.DU:47-KH/ĐU:2026", type: PLAN, reference: "47-KH/ĐU", issuer: "HP.NGHI-DUONG.DU",
    issuedOn: "2026-01-23",
    verified: false, source: { seed: S001, quote: "Kế hoạch số 47-KH/ĐU ngày 23/01/2026 của Ban Thường vụ Đảng ủy xã" },
  },
  {
    // Cited "của Đảng ủy xã" and, at the end, "của Văn phòng Đảng ủy xã": a Party letter (CV/ĐU).
    key: "HP.NGHI-DUONG.DU:420-CV/ĐU:2026", type: OFFICIAL_LETTER, reference: "420-CV/ĐU", issuer: "HP.NGHI-DUONG.DU",
    issuedOn: "2026-04-08",
    title: "về việc báo cáo kết quả thực hiện Nghị quyết 57-NQ/TW",
    verified: true, source: { seed: S001, quote: "Công văn số 420-CV/ĐU ngày 08/4/2026 của Đảng ủy xã" },
  },
];

/** Cited first in 002 (UBND phường Phù Liễn). */
const CITED_IN_002: DemoDocument[] = [
  {
    key: "HP.UBND.VP:4720/VP-VX:2026", type: OFFICIAL_LETTER, reference: "4720/VP-VX", issuer: "HP.UBND.VP",
    issuedOn: "2026-04-29",
    title: "về việc triển khai nhiệm vụ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06",
    verified: true,
    source: { seed: S002, quote: "Công văn số 4720/VP-VX ngày 29/4/2026 của Văn phòng Ủy ban nhân dân thành phố" },
  },
  {
    key: "HP.PHU-LIEN.UBND:13/KH-UBND:2026", type: PLAN, reference: "13/KH-UBND", issuer: "HP.PHU-LIEN.UBND",
    issuedOn: "2026-03-10", title: "về khoa học và Công nghệ phường Phù Liễn năm 2026", ...YEAR_2026,
    verified: true, source: { seed: S002, quote: "Kế hoạch số 13/KH-UBND ngày 10/3/2026" },
  },
  {
    key: "HP.PHU-LIEN.UBND:129/KH-UBND:2026", type: PLAN, reference: "129/KH-UBND", issuer: "HP.PHU-LIEN.UBND",
    issuedOn: "2026-03-30", title: "về chuyển đổi số phường Phù Liễn năm 2026", ...YEAR_2026,
    verified: true, source: { seed: S002, quote: "Kế hoạch số 129/KH-UBND ngày 30/3/2026" },
  },
  {
    key: "HP.PHU-LIEN.UBND:128/KH-UBND:2026", type: PLAN, reference: "128/KH-UBND", issuer: "HP.PHU-LIEN.UBND",
    issuedOn: "2026-03-27",
    title: "về triển khai các nhiệm vụ tại Chương trình công tác số 01-CTr/BCĐ ngày 09/01/2026 của Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số thành phố",
    verified: true, source: { seed: S002, quote: "Kế hoạch số 128/KH-UBND ngày 27/3/2026" },
  },
  {
    // No subject given.
    key: "HP.BCD:1-CTr/BCĐ:2026", type: PROGRAMME, reference: "01-CTr/BCĐ", issuer: "HP.BCD", issuedOn: "2026-01-09",
    verified: false,
    source: {
      seed: S002,
      quote: "Chương trình công tác số 01-CTr/BCĐ ngày 09/01/2026 của Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số thành phố",
    },
  },
  {
    // A decision of the ward's Ban Chỉ đạo (QĐ-BCĐ) issuing its own 2026 plan of activities.
    key: "HP.PHU-LIEN.BCD:2/QĐ-BCĐ:2026", type: DECISION, reference: "02/QĐ-BCĐ", issuer: "HP.PHU-LIEN.BCD",
    issuedOn: "2026-03-27",
    title: "về việc ban hành Kế hoạch hoạt động năm 2026 của Ban Chỉ đạo phường về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, cải cách hành chính và Đề án 06",
    verified: true, source: { seed: S002, quote: "Quyết định số 02/QĐ-BCĐ ngày 27/3/2026" },
  },
  {
    key: "HP.PHU-LIEN.UBND:95/KH-UBND:2026", type: PLAN, reference: "95/KH-UBND", issuer: "HP.PHU-LIEN.UBND",
    issuedOn: "2026-02-25",
    title: "về Thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia tại phường Phù Liễn",
    verified: true, source: { seed: S002, quote: "Kế hoạch số 95/KH-UBND ngày 25/02/2026" },
  },
  {
    key: "HP.PHU-LIEN.UBND:96/KH-UBND:2026", type: PLAN, reference: "96/KH-UBND", issuer: "HP.PHU-LIEN.UBND",
    issuedOn: "2026-02-25",
    title: "về Thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia tại phường Phù Liễn năm 2026",
    ...YEAR_2026,
    verified: true, source: { seed: S002, quote: "Kế hoạch số 96/KH-UBND ngày 25/02/2026" },
  },
  {
    // The symbol NQ-CP is the Government's; no date or subject given.
    key: "TW.CP:71/NQ-CP", type: RESOLUTION, reference: "71/NQ-CP", issuer: "TW.CP",
    verified: false, source: { seed: S002, quote: "Nghị quyết số 71/NQ-CP" },
  },
  {
    key: "HP.PHU-LIEN.UBND:110/KH-UBND:2026", type: PLAN, reference: "110/KH-UBND", issuer: "HP.PHU-LIEN.UBND",
    issuedOn: "2026-03-06",
    title: "về tuyên truyền Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia trên địa bàn phường Phù Liễn năm 2026",
    ...YEAR_2026,
    verified: true,
    source: { seed: S002, quote: "Kế hoạch số 110/KH-UBND ngày 06/3/2026 của Ủy ban nhân dân phường" },
  },
  {
    // "của Ban Chỉ đạo" in the ward UBND's report: read as the ward's Ban Chỉ đạo. Its date and
    // subject are given at the third mention.
    key: "HP.PHU-LIEN.BCD:1-TB/BCĐ:2026", type: NOTICE, reference: "01-TB/BCĐ", issuer: "HP.PHU-LIEN.BCD",
    issuedOn: "2026-03-23",
    title: "về điều chỉnh, bổ sung chỉ tiêu, nhiệm vụ phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số năm 2026",
    noticeKind: "ADJUSTMENT",
    verified: true, source: { seed: S002, quote: "Thông báo số 01-TB/BCĐ của Ban Chỉ đạo" },
  },
  {
    // Also cited in 004 ("Theo hướng dẫn của Sở Khoa học và Công nghệ tại Công văn số 58/...").
    key: "HP.SKHCN:58/SKH-CN-HTS&CN:2026", type: OFFICIAL_LETTER, reference: "58/SKH-CN-HTS&CN", issuer: "HP.SKHCN",
    issuedOn: "2026-01-08",
    title: "về việc nhà văn hóa thôn, khu dân cư, trung tâm của xã, phường, đặc khu có Wifi kết nối Internet tốc độ cao phục vụ miễn phí",
    verified: true,
    source: { seed: S002, quote: "Công văn số 58/SKH-CN-HTS&CN ngày 08/01/2026 của Sở Khoa học và Công nghệ thành phố" },
  },
  {
    key: "HP.PHU-LIEN.UBND:55/KH-UBND:2026", type: PLAN, reference: "55/KH-UBND", issuer: "HP.PHU-LIEN.UBND",
    issuedOn: "2026-01-23", title: "về chuyển đổi số phường Phù Liễn năm 2026", ...YEAR_2026,
    verified: true, source: { seed: S002, quote: "Kế hoạch số 55/KH-UBND ngày 23/01/2026" },
  },
  {
    key: "HP.PHU-LIEN.UBND:147/KH-UBND:2026", type: PLAN, reference: "147/KH-UBND", issuer: "HP.PHU-LIEN.UBND",
    issuedOn: "2026-04-14",
    title: "về hoạt động của Tổ công tác thực hiện Đề án 06 và Tổ công nghệ số cộng đồng trên địa bàn phường năm 2026",
    ...YEAR_2026,
    verified: true,
    source: { seed: S002, quote: "Kế hoạch số 147/KH-UBND ngày 14/4/2026 của Ủy ban nhân dân phường Phù Liễn" },
  },
  {
    key: "HP.CA:4131/QĐ-CAHP-ANM:2026", type: DECISION, reference: "4131/QĐ-CAHP-ANM", issuer: "HP.CA",
    issuedOn: "2026-04-15", title: "về việc phê duyệt cấp độ an toàn thông tin phường Phù Liễn",
    verified: true, source: { seed: S002, quote: "Quyết định số 4131/QĐ-CAHP-ANM ngày 15/4/2026" },
  },
  {
    // "của Ban Thường vụ Đảng ủy thực hiện Nghị quyết số 57-NQ/TW": the ward's Party committee.
    key: "HP.PHU-LIEN.DU:12-KH/ĐU:2025", type: PLAN, reference: "12-KH/ĐU", issuer: "HP.PHU-LIEN.DU",
    issuedOn: "2025-10-10", title: "thực hiện Nghị quyết số 57-NQ/TW",
    verified: true,
    source: { seed: S002, quote: "Kế hoạch số 12-KH/ĐU ngày 10/10/2025 của Ban Thường vụ Đảng ủy" },
  },
];

/** Cited first in 003 (Đảng ủy phường Ô Chợ Dừa). */
const CITED_IN_003: DemoDocument[] = [
  {
    // Back-referenced later as "Kế hoạch 37" and "Kế hoạch 37-KH/ĐU của Đảng ủy Phường".
    key: "HN.O-CHO-DUA.DU:37-KH/ĐU:2026", type: PLAN, reference: "37-KH/ĐU", issuer: "HN.O-CHO-DUA.DU",
    issuedOn: "2026-02-05",
    title: "về đột phá phát triển khoa học, công nghệ và chuyển đổi số năm 2026", ...YEAR_2026,
    verified: true,
    source: { seed: S003, quote: "Kế hoạch hành động số 37-KH/ĐU ngày 05/02/2026 của Đảng ủy phường" },
  },
];

/** Cited first in 004 (Ban Chỉ đạo phường Hải An). "UBND phường" there is UBND phường Hải An. */
const CITED_IN_004: DemoDocument[] = [
  {
    // Conclusions of the General Secretary as head of the central Ban Chỉ đạo; no subject given.
    key: "TW.BCD:7-TB/CQTTCĐ:2025", type: NOTICE, reference: "07-TB/CQTTCĐ", issuer: "TW.BCD",
    issuedOn: "2025-10-15", noticeKind: "CONCLUSION",
    verified: false,
    source: { seed: S004, quote: "Thông báo kết luận số 07-TB/CQTTCĐ ngày 15/10/2025 của đồng chí Tổng Bí thư Tô Lâm" },
  },
  {
    key: "TW.BCD.TGV:47-TB/TGV:2025", type: NOTICE, reference: "47-TB/TGV", issuer: "TW.BCD.TGV",
    issuedOn: "2025-10-17", noticeKind: "CONCLUSION",
    verified: false, source: { seed: S004, quote: "Thông báo kết luận số 47-TB/TGV ngày 17/10/2025 của Tổ Giúp việc" },
  },
  {
    key: "HP.HAI-AN.UBND:56/UBND-VHXXH:2026", type: OFFICIAL_LETTER, reference: "56/UBND-VHXXH", issuer: "HP.HAI-AN.UBND",
    issuedOn: "2026-01-08",
    title: "về xin ý kiến về việc triển khai sử dụng phần mềm giải quyết thủ tục hành chính",
    verified: true, source: { seed: S004, quote: "Công văn số 56/UBND-VHXXH ngày 08/01/2026 của UBND phường" },
  },
  {
    key: "HP.HAI-AN.UBND:91/UBND-VHXXH:2026", type: OFFICIAL_LETTER, reference: "91/UBND-VHXXH", issuer: "HP.HAI-AN.UBND",
    issuedOn: "2026-01-09",
    title: "về xin ý kiến về việc triển khai phần mềm tổng hợp, phân tích dữ liệu phục vụ công tác quản lý nhà nước",
    verified: true, source: { seed: S004, quote: "Công văn số 91/UBND-VHXXH ngày 09/01/2026 của UBND phường" },
  },
  {
    key: "HP.HAI-AN.UBND:95/UBND-VHXXH:2026", type: OFFICIAL_LETTER, reference: "95/UBND-VHXXH", issuer: "HP.HAI-AN.UBND",
    issuedOn: "2026-01-09",
    title: "về triển khai thực hiện Thông tư quy định về hệ thống truyền thông cơ sở ứng dụng công nghệ thông tin - viễn thông",
    verified: true, source: { seed: S004, quote: "Công văn số 95/UBND-VHXXH ngày 09/01/2026 của UBND phường" },
  },
  {
    key: "HP.HAI-AN.UBND:108/UBND-VHXXH:2026", type: OFFICIAL_LETTER, reference: "108/UBND-VHXXH", issuer: "HP.HAI-AN.UBND",
    issuedOn: "2026-01-10",
    title: "về rà soát danh sách tài khoản cán bộ thực hiện Hệ thống thông tin giải quyết thủ tục hành chính thuộc Bộ TN&MT",
    verified: true, source: { seed: S004, quote: "Công văn số 108/UBND-VHXXH ngày 10/01/2026 của UBND phường" },
  },
  {
    key: "HP.HAI-AN.UBND:129/UBND-VHXXH:2026", type: OFFICIAL_LETTER, reference: "129/UBND-VHXXH", issuer: "HP.HAI-AN.UBND",
    issuedOn: "2026-01-14",
    title: "về cung cấp thông tin để triển khai Wifi kết nối Internet tốc độ cao phục vụ miễn phí",
    verified: true, source: { seed: S004, quote: "Công văn số 129/UBND-VHXXH ngày 14/01/2026 của UBND phường" },
  },
  {
    key: "HP.HAI-AN.UBND:152/UBND-VHXXH:2026", type: OFFICIAL_LETTER, reference: "152/UBND-VHXXH", issuer: "HP.HAI-AN.UBND",
    issuedOn: "2026-01-13",
    title: "về triển khai Hệ thống thông tin giải quyết thủ tục hành chính theo mô hình tập trung của Bộ Công Thương",
    verified: true, source: { seed: S004, quote: "Công văn số 152/UBND-VHXXH ngày 13/01/2026 của UBND phường" },
  },
  {
    // Not the same document as 2795/UBND-VHXXH of 27/12/2025: another symbol, issuer and date.
    key: "HP.HAI-AN.UBND.VHXH:2795/VHXXH:2026", type: OFFICIAL_LETTER, reference: "2795/VHXXH", issuer: "HP.HAI-AN.UBND.VHXH",
    issuedOn: "2026-01-14",
    title: "triển khai báo cáo đột xuất thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị",
    verified: true,
    source: { seed: S004, quote: "Công văn số 2795/VHXXH ngày 14/01/2026 của phòng Văn hóa - Xã hội" },
  },
  {
    key: "HP.HAI-AN.UBND:24/BC-UBND:2026", type: REPORT, reference: "24/BC-UBND", issuer: "HP.HAI-AN.UBND",
    issuedOn: "2026-01-15",
    title: "về kết quả thực hiện Quyết định số 06/QĐ-TTg ngày 02/01/2025 của Thủ Tướng Chính phủ phê duyệt Đề án xây dựng và quản lý hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch",
    verified: true, source: { seed: S004, quote: "Báo cáo số 24/BC-UBND ngày 15/01/2026 của UBND phường" },
  },
  {
    key: "TW.TTG:6/QĐ-TTg:2025", type: DECISION, reference: "06/QĐ-TTg", issuer: "TW.TTG", issuedOn: "2025-01-02",
    title: "phê duyệt Đề án xây dựng và quản lý hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch",
    verified: true,
    source: { seed: S004, quote: "Quyết định số 06/QĐ-TTg ngày 02/01/2025 của Thủ Tướng Chính phủ" },
  },
  {
    // BCĐTW: the central Ban Chỉ đạo, read from the symbol; no date or subject given.
    key: "TW.BCD:2-KH/BCĐTW", type: PLAN, reference: "02-KH/BCĐTW", issuer: "TW.BCD",
    verified: false, source: { seed: S004, quote: "Kế hoạch 02-KH/BCĐTW" },
  },
  {
    // Cited "của Ủy ban nhân dân thành phố Hải Phòng" (a VP symbol, issued by its Văn phòng on
    // its behalf). Dated 05/10/2025 in the text, before the circular it implements (30/12/2025):
    // kept as written.
    key: "HP.UBND:75/VP-NC:2025", type: OFFICIAL_LETTER, reference: "75/VP-NC", issuer: "HP.UBND",
    issuedOn: "2025-10-05",
    title: "về việc triển khai thực hiện Thông tư số 24/2025/TT-BVHTTDL ngày 30/12/2025 của Bộ Văn hóa, Thể thao và Du lịch quy định về hệ thống truyền thông cơ sở ứng dụng công nghệ thông tin - viễn thông",
    verified: true,
    source: { seed: S004, quote: "Công văn số 75/VP-NC ngày 05/10/2025 của Ủy ban nhân dân thành phố Hải Phòng" },
  },
  {
    key: "TW.BVHTTDL:24/2025/TT-BVHTTDL:2025", type: CIRCULAR, reference: "24/2025/TT-BVHTTDL", issuer: "TW.BVHTTDL",
    issuedOn: "2025-12-30",
    title: "quy định về hệ thống truyền thông cơ sở ứng dụng công nghệ thông tin - viễn thông",
    verified: true,
    source: { seed: S004, quote: "Thông tư số 24/2025/TT-BVHTTDL ngày 30/12/2025 của Bộ Văn hóa, Thể thao và Du lịch" },
  },
  {
    key: "HP.UBND:317/KH-UBND:2025", type: PLAN, reference: "317/KH-UBND", issuer: "HP.UBND", issuedOn: "2025-12-02",
    title: "về việc phát triển hạ tầng số trên địa bàn thành phố Hải Phòng giai đoạn 2026 – 2030",
    periodStart: "2026-01-01", periodEnd: "2030-12-31",
    verified: true,
    source: { seed: S004, quote: "Kế hoạch số 317/KH-UBND ngày 02/12/2025 của Ủy ban nhân dân thành phố" },
  },
  {
    key: "HP.STC:35/STC-QLCS:2026", type: OFFICIAL_LETTER, reference: "35/STC-QLCS", issuer: "HP.STC", issuedOn: "2026-01-05",
    title: "về việc công bố công cụ công nghệ thông tin và hướng dẫn bổ sung Tổng kiểm kê tài sản công tại các cơ quan, tổ chức, đơn vị và tài sản kết cấu hạ tầng do Nhà nước đầu tư",
    verified: true, source: { seed: S004, quote: "Công văn số 35/STC-QLCS ngày 05/01/2026 của sở Tài chính" },
  },
  {
    key: "HP.UBND:292/KH-UBND:2025", type: PLAN, reference: "292/KH-UBND", issuer: "HP.UBND", issuedOn: "2025-11-10",
    title: "về Triển khai thực hiện Đề án xây dựng và quản lý Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch",
    verified: true,
    source: { seed: S004, quote: "Kế hoạch số 292/KH-UBND ngày 10/11/2025 của Ủy ban nhân dân thành phố" },
  },
  {
    // Cited "của Ủy ban nhân dân thành phố" (a VP symbol), like 75/VP-NC.
    key: "HP.UBND:335/VP-TH:2026", type: OFFICIAL_LETTER, reference: "335/VP-TH", issuer: "HP.UBND", issuedOn: "2026-01-10",
    title: "về việc báo cáo tình hình thực hiện Quyết định số 06/QĐ-TTg ngày 02/01/2025 của Thủ tướng Chính phủ phê duyệt Đề án xây dựng và quản lý Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch",
    verified: true,
    source: { seed: S004, quote: "Văn bản số 335/VP-TH ngày 10/01/2026 của Ủy ban nhân dân thành phố" },
  },
  {
    key: "HP.SGDDT:126/SGDDĐT-GDTrH:2026", type: OFFICIAL_LETTER, reference: "126/SGDDĐT-GDTrH", issuer: "HP.SGDDT",
    issuedOn: "2026-01-10",
    title: "khảo sát CSVC, thi thử trực tuyến, nhập dữ liệu trên hệ thống quản lý thi, công tác tổ chức vòng kiểm tra sơ loại Kỳ thi chọn HSG môn Toán và các môn KHTN bằng tiếng Anh năm học 2025 - 2026",
    verified: true, source: { seed: S004, quote: "công văn số 126/SGDDĐT-GDTrH ngày 10/01/2026 của Sở GD&ĐT" },
  },
  {
    // No date or subject given.
    key: "HP.HAI-AN.UBND:222/UBND-VHXXH", type: OFFICIAL_LETTER, reference: "222/UBND-VHXXH", issuer: "HP.HAI-AN.UBND",
    verified: false, source: { seed: S004, quote: "Công văn số 222/UBND-VHXXH" },
  },
  {
    // "Theo hướng dẫn của Sở Khoa học và Công nghệ tại Công văn số 4776/...".
    key: "HP.SKHCN:4776/SKH-CN-CNTT:2025", type: OFFICIAL_LETTER, reference: "4776/SKH-CN-CNTT", issuer: "HP.SKHCN",
    issuedOn: "2025-12-26",
    title: "về việc đề xuất nội dung xây dựng Kế hoạch năm 2026 thực hiện Nghị quyết số 57- NQ/TW của Bộ Chính trị",
    verified: true, source: { seed: S004, quote: "Công văn số 4776/SKH-CN-CNTT ngày 26/12/2025" },
  },
  {
    // Not the same document as 2795/VHXXH of 14/01/2026. Its content is described, its subject
    // (trích yếu) is not given.
    key: "HP.HAI-AN.UBND:2795/UBND-VHXXH:2025", type: OFFICIAL_LETTER, reference: "2795/UBND-VHXXH", issuer: "HP.HAI-AN.UBND",
    issuedOn: "2025-12-27",
    verified: false, source: { seed: S004, quote: "Công văn số 2795/UBND-VHXXH ngày 27/12/2025" },
  },
  {
    key: "HP.CA:215/QĐ-CAHP-ANM:2026", type: DECISION, reference: "215/QĐ-CAHP-ANM", issuer: "HP.CA", issuedOn: "2026-01-12",
    title: "về phê duyệt cấp độ an toàn hệ thống thông tin đối với Hệ thống thông tin mạng nội bộ Ủy ban nhân dân phường Hải An",
    verified: true, source: { seed: S004, quote: "Quyết định số 215/QĐ-CAHP-ANM" },
  },
  {
    key: "HP.HAI-AN.UBND:2739/UBND-VP:2025", type: OFFICIAL_LETTER, reference: "2739/UBND-VP", issuer: "HP.HAI-AN.UBND",
    issuedOn: "2025-12-24",
    title: "về việc đề nghị thẩm định, phê duyệt hồ sơ đề xuất cấp độ hệ thống thông tin",
    verified: true, source: { seed: S004, quote: "Công văn số 2739/UBND-VP ngày 24/12/2025" },
  },
  {
    key: "TW.TTG:468/QĐ-TTg:2021", type: DECISION, reference: "468/QĐ-TTg", issuer: "TW.TTG", issuedOn: "2021-03-27",
    title: "phê duyệt đề án Đổi mới việc thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính",
    verified: true,
    source: { seed: S004, quote: "Quyết định số 468/QĐ-TTg ngày 27/3/2021 của Thủ tướng Chính phủ" },
  },
  {
    key: "HP.SNNMT:196/SNNMT-VP:2026", type: OFFICIAL_LETTER, reference: "196/SNNMT-VP", issuer: "HP.SNNMT",
    issuedOn: "2026-01-08",
    title: "về việc điều chỉnh kế hoạch triển khai Hệ thống thông tin giải quyết thủ tục hành chính theo mô hình tập trung của Bộ Nông nghiệp và Môi trường",
    verified: true,
    source: { seed: S004, quote: "Văn bản số 196/SNNMT-VP ngày 08/01/2026 của Sở Nông nghiệp và Môi trường" },
  },
  {
    key: "HP.SCT:64/SCT-VP:2026", type: OFFICIAL_LETTER, reference: "64/SCT-VP", issuer: "HP.SCT", issuedOn: "2026-01-07",
    title: "về việc triển khai Hệ thống thông tin giải quyết thủ tục hành chính theo mô hình tập trung của Bộ Công Thương",
    verified: true, source: { seed: S004, quote: "Văn bản số 64/SCT-VP ngày 07/01/2026 của Sở Công Thương" },
  },
  {
    // "Kế hoạch số 02 UBND phường Hải An": no symbol, no date.
    key: "HP.HAI-AN.UBND:KH số 02", type: PLAN, reference: null, issuer: "HP.HAI-AN.UBND",
    verified: false, source: { seed: S004, quote: "Kế hoạch số 02" },
  },
];

export const DEMO_DOCUMENTS: DemoDocument[] = [
  ...REPORTS, ...CITED_IN_000, ...CITED_IN_001, ...CITED_IN_002, ...CITED_IN_003, ...CITED_IN_004,
];

export const DEMO_LINKS: DemoLink[] = [
  // 000: HĐND phường Hải An
  {
    from: "report:000", relation: "BASED_ON", to: NQ57, seed: S000,
    citation: "Kết quả quý II về việc triển khai thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị",
  },
  {
    from: "HP.HAI-AN.HDND:5/KH-HĐND:2026", relation: "BASED_ON", to: NQ57, seed: S000,
    citation: "Kế hoạch số 05/KH-HĐND ngày 27/03/2026 của Thường trực Hội đồng nhân dân về thực hiện Nghị quyết 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị",
  },
  {
    from: "HP.HAI-AN.HDND:11/TB-HĐND", relation: "IMPLEMENTS", to: NQ57, seed: S000,
    citation: "Thông báo số 11/TB-HĐND phường về việc phân công nhiệm vụ triển khai thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị",
  },

  // 001: Thường trực HĐND xã Nghi Dương
  {
    from: "report:001", relation: "BASED_ON", to: NQ57, seed: S001,
    citation: "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị",
  },
  {
    from: "report:001", relation: "BASED_ON", to: "HP.NGHI-DUONG.DU:21-KH/ĐU:2025", seed: S001,
    citation: "Kế hoạch số 21-KH/ĐU ngày 22/9/2025 và Kế hoạch số 47-KH/ĐU ngày 23/01/2026 của Ban Thường vụ Đảng ủy xã",
  },
  {
    from: "report:001", relation: "BASED_ON", to: "HP.NGHI-DUONG.DU:47-KH/ĐU:2026", seed: S001,
    citation: "Kế hoạch số 21-KH/ĐU ngày 22/9/2025 và Kế hoạch số 47-KH/ĐU ngày 23/01/2026 của Ban Thường vụ Đảng ủy xã",
  },
  {
    from: "report:001", relation: "RESPONDS_TO", to: "HP.NGHI-DUONG.DU:420-CV/ĐU:2026", seed: S001,
    citation: "Công văn số 420-CV/ĐU ngày 08/4/2026 của Đảng ủy xã về việc báo cáo kết quả thực hiện Nghị quyết 57-NQ/TW",
  },

  // 002: UBND phường Phù Liễn
  {
    from: "report:002", relation: "RESPONDS_TO", to: "HP.UBND.VP:4720/VP-VX:2026", seed: S002,
    citation: "Thực hiện Công văn số 4720/VP-VX ngày 29/4/2026 của Văn phòng Ủy ban nhân dân thành phố về việc triển khai nhiệm vụ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06, Ủy ban nhân dân phường Phù Liễn báo cáo",
  },
  {
    from: "report:002", relation: "BASED_ON", to: NQ57, seed: S002,
    citation: "Sơ kết tình hình, kết quả triển khai thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị",
  },
  {
    from: "HP.PHU-LIEN.UBND:128/KH-UBND:2026", relation: "IMPLEMENTS", to: "HP.BCD:1-CTr/BCĐ:2026", seed: S002,
    citation: "Kế hoạch số 128/KH-UBND ngày 27/3/2026 về triển khai các nhiệm vụ tại Chương trình công tác số 01-CTr/BCĐ",
  },
  {
    from: "HP.PHU-LIEN.UBND:95/KH-UBND:2026", relation: "BASED_ON", to: NQ57, seed: S002,
    citation: "Kế hoạch số 95/KH-UBND ngày 25/02/2026 về Thực hiện Nghị quyết số 57-NQ/TW",
  },
  {
    from: "HP.PHU-LIEN.UBND:96/KH-UBND:2026", relation: "BASED_ON", to: NQ57, seed: S002,
    citation: "Kế hoạch số 96/KH-UBND ngày 25/02/2026 về Thực hiện Nghị quyết số 57-NQ/TW",
  },
  {
    from: "HP.PHU-LIEN.UBND:110/KH-UBND:2026", relation: "IMPLEMENTS", to: NQ57, seed: S002,
    citation: "Kế hoạch số 110/KH-UBND ngày 06/3/2026 của Ủy ban nhân dân phường về tuyên truyền Nghị quyết số 57-NQ/TW",
  },
  {
    from: "HP.PHU-LIEN.DU:12-KH/ĐU:2025", relation: "BASED_ON", to: NQ57, seed: S002,
    citation: "Kế hoạch số 12-KH/ĐU ngày 10/10/2025 của Ban Thường vụ Đảng ủy thực hiện Nghị quyết số 57-NQ/TW",
  },

  // 003: Đảng ủy phường Ô Chợ Dừa
  {
    from: "report:003", relation: "BASED_ON", to: NQ57, seed: S003,
    citation: "Thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị",
  },

  // 004: Ban Chỉ đạo phường Hải An
  {
    from: "report:004", relation: "BASED_ON", to: NQ57, seed: S004,
    citation: "Kết quả lãnh đạo, chỉ đạo tổ chức thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị",
  },
  {
    from: "report:004", relation: "BASED_ON", to: "TW.BCD:7-TB/CQTTCĐ:2025", seed: S004,
    citation: "Thông báo kết luận số 07-TB/CQTTCĐ ngày 15/10/2025 của đồng chí Tổng Bí thư Tô Lâm",
  },
  {
    from: "report:004", relation: "BASED_ON", to: "TW.BCD.TGV:47-TB/TGV:2025", seed: S004,
    citation: "Thông báo kết luận số 47-TB/TGV ngày 17/10/2025 của Tổ Giúp việc",
  },
  {
    from: "HP.UBND:75/VP-NC:2025", relation: "IMPLEMENTS", to: "TW.BVHTTDL:24/2025/TT-BVHTTDL:2025", seed: S004,
    citation: "Công văn số 75/VP-NC ngày 05/10/2025 của Ủy ban nhân dân thành phố Hải Phòng về việc triển khai thực hiện Thông tư số 24/2025/TT-BVHTTDL",
  },
  {
    from: "HP.HAI-AN.UBND:95/UBND-VHXXH:2026", relation: "BASED_ON", to: "HP.UBND:75/VP-NC:2025", seed: S004,
    citation: "Thực hiện Công văn số 75/VP-NC ngày 05/10/2025 của Ủy ban nhân dân thành phố Hải Phòng về việc triển khai thực hiện Thông tư số 24/2025/TT-BVHTTDL ngày 30/12/2025 của Bộ Văn hóa, Thể thao và Du lịch quy định về hệ thống truyền thông cơ sở ứng dụng công nghệ thông tin - viễn thông, UBND phường đã có Công văn số 95/UBND-VHXXH ngày 09/01/2026",
  },
  {
    from: "HP.HAI-AN.UBND:95/UBND-VHXXH:2026", relation: "IMPLEMENTS", to: "TW.BVHTTDL:24/2025/TT-BVHTTDL:2025", seed: S004,
    citation: "Công văn số 95/UBND-VHXXH ngày 09/01/2026 giao Trung tâm Dịch vụ sự nghiệp công nghiên cứu, triển khai thực hiện xây dựng, quản lý, vận hành hệ thống truyền thanh cấp xã ứng dụng công nghệ thông tin - viễn thông, bảng tin điện tử công cộng theo quy định tại Thông tư 24/2025/TT-BVHTTDL",
  },
  {
    from: "HP.HAI-AN.UBND:129/UBND-VHXXH:2026", relation: "BASED_ON", to: "HP.UBND:317/KH-UBND:2025", seed: S004,
    citation: "Thực hiện Kế hoạch số 317/KH-UBND ngày 02/12/2025 của Ủy ban nhân dân thành phố về việc phát triển hạ tầng số trên địa bàn thành phố Hải Phòng giai đoạn 2026 – 2030; Theo hướng dẫn của Sở Khoa học và Công nghệ tại Công văn số 58/SKH-CN-HTS&CN ngày 08/01/2026 về việc nhà Văn hóa thôn, khu dân cư, trung tâm của xã, phường, đặc khu có Wifi kết nối Internet tốc độ cao phục vụ miễn phí, sau khi rà soát, tổng hợp UBND phường Hải An đã có Công văn số 129/UBND-VHXXH ngày 14/01/2026",
  },
  {
    from: "HP.HAI-AN.UBND:129/UBND-VHXXH:2026", relation: "RESPONDS_TO", to: "HP.SKHCN:58/SKH-CN-HTS&CN:2026", seed: S004,
    citation: "Theo hướng dẫn của Sở Khoa học và Công nghệ tại Công văn số 58/SKH-CN-HTS&CN ngày 08/01/2026 về việc nhà Văn hóa thôn, khu dân cư, trung tâm của xã, phường, đặc khu có Wifi kết nối Internet tốc độ cao phục vụ miễn phí, sau khi rà soát, tổng hợp UBND phường Hải An đã có Công văn số 129/UBND-VHXXH ngày 14/01/2026 gửi Sở Khoa học và Công nghệ cung cấp thông tin các nhà Văn hóa",
  },
  {
    from: "HP.HAI-AN.UBND:24/BC-UBND:2026", relation: "BASED_ON", to: "HP.UBND:292/KH-UBND:2025", seed: S004,
    citation: "Thực hiện Kế hoạch số 292/KH-UBND ngày 10/11/2025 của Ủy ban nhân dân thành phố về Triển khai thực hiện Đề án xây dựng và quản lý Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch; Văn bản số 335/VP-TH ngày 10/01/2026 của Ủy ban nhân dân thành phố về việc báo cáo tình hình thực hiện Quyết định số 06/QĐ-TTg ngày 02/01/2025 của Thủ tướng Chính phủ phê duyệt Đề án xây dựng và quản lý Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch, UBND phường Hải An đã có Báo cáo số 24/BC-UBND ngày 15/01/2026",
  },
  {
    from: "HP.HAI-AN.UBND:24/BC-UBND:2026", relation: "RESPONDS_TO", to: "HP.UBND:335/VP-TH:2026", seed: S004,
    citation: "Văn bản số 335/VP-TH ngày 10/01/2026 của Ủy ban nhân dân thành phố về việc báo cáo tình hình thực hiện Quyết định số 06/QĐ-TTg ngày 02/01/2025 của Thủ tướng Chính phủ phê duyệt Đề án xây dựng và quản lý Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch, UBND phường Hải An đã có Báo cáo số 24/BC-UBND ngày 15/01/2026",
  },
  {
    from: "HP.HAI-AN.UBND:24/BC-UBND:2026", relation: "BASED_ON", to: "TW.TTG:6/QĐ-TTg:2025", seed: S004,
    citation: "Báo cáo số 24/BC-UBND ngày 15/01/2026 của UBND phường về kết quả thực hiện Quyết định số 06/QĐ-TTg ngày 02/01/2025 của Thủ Tướng Chính phủ",
  },
  {
    // 222 assigns the schools to carry out 126, like 152 below: it acts on the letter.
    from: "HP.HAI-AN.UBND:222/UBND-VHXXH", relation: "BASED_ON", to: "HP.SGDDT:126/SGDDĐT-GDTrH:2026", seed: S004,
    citation: "Thực hiện công văn số 126/SGDDĐT-GDTrH ngày 10/01/2026 của Sở GD&ĐT khảo sát CSVC, thi thử trực tuyến, nhập dữ liệu trên hệ thống quản lý thi, công tác tổ chức vòng kiểm tra sơ loại Kỳ thi chọn HSG môn Toán và các môn KHTN bằng tiếng Anh năm học 2025 - 2026, UBND phường đã có Công văn số 222/UBND-VHXXH giao các trường Trung học cơ sở, trường THCS-THPT FPT Hải Phòng triển khai",
  },
  {
    from: "HP.HAI-AN.UBND:2795/UBND-VHXXH:2025", relation: "BASED_ON", to: NQ57, seed: S004,
    citation: "Thực hiện Nghị quyết 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; Theo hướng dẫn của Sở Khoa học và Công nghệ tại Công văn số 4776/SKH-CN-CNTT ngày 26/12/2025 về việc đề xuất nội dung xây dựng Kế hoạch năm 2026 thực hiện Nghị quyết số 57- NQ/TW của Bộ Chính trị, UBND phường Hải An đã có Công văn số 2795/UBND-VHXXH ngày 27/12/2025",
  },
  {
    from: "HP.HAI-AN.UBND:2795/UBND-VHXXH:2025", relation: "RESPONDS_TO", to: "HP.SKHCN:4776/SKH-CN-CNTT:2025", seed: S004,
    citation: "Theo hướng dẫn của Sở Khoa học và Công nghệ tại Công văn số 4776/SKH-CN-CNTT ngày 26/12/2025 về việc đề xuất nội dung xây dựng Kế hoạch năm 2026 thực hiện Nghị quyết số 57- NQ/TW của Bộ Chính trị, UBND phường Hải An đã có Công văn số 2795/UBND-VHXXH ngày 27/12/2025 gửi Sở Khoa học và Công nghệ tổng hợp",
  },
  {
    from: "HP.CA:215/QĐ-CAHP-ANM:2026", relation: "RESPONDS_TO", to: "HP.HAI-AN.UBND:2739/UBND-VP:2025", seed: S004,
    citation: "Quyết định số 215/QĐ-CAHP-ANM về phê duyệt cấp độ an toàn hệ thống thông tin đối với Hệ thống thông tin mạng nội bộ Ủy ban nhân dân phường Hải An (theo đề nghị của UBND phường Hải An tại Công văn số 2739/UBND-VP",
  },
  {
    from: "HP.HAI-AN.UBND:108/UBND-VHXXH:2026", relation: "BASED_ON", to: "TW.TTG:468/QĐ-TTg:2021", seed: S004,
    citation: "Căn cứ Quyết định số 468/QĐ-TTg ngày 27/3/2021 của Thủ tướng Chính phủ phê duyệt đề án Đổi mới việc thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính; Thực hiện Văn bản số 196/SNNMT-VP ngày 08/01/2026 của Sở Nông nghiệp và Môi trường về việc điều chỉnh kế hoạch triển khai Hệ thống thông tin giải quyết thủ tục hành chính theo mô hình tập trung của Bộ Nông nghiệp và Môi trường, UBND phường Hải An đã có Công văn số 108/UBND-VHXXH ngày 10/01/2026",
  },
  {
    from: "HP.HAI-AN.UBND:108/UBND-VHXXH:2026", relation: "RESPONDS_TO", to: "HP.SNNMT:196/SNNMT-VP:2026", seed: S004,
    citation: "Thực hiện Văn bản số 196/SNNMT-VP ngày 08/01/2026 của Sở Nông nghiệp và Môi trường về việc điều chỉnh kế hoạch triển khai Hệ thống thông tin giải quyết thủ tục hành chính theo mô hình tập trung của Bộ Nông nghiệp và Môi trường, UBND phường Hải An đã có Công văn số 108/UBND-VHXXH ngày 10/01/2026 gửi Sở Nông nghiệp và Môi trường danh sách tài khoản cán bộ",
  },
  {
    // 152 instructs the ward's own units to carry out 64: it acts on the letter, it does not answer it.
    from: "HP.HAI-AN.UBND:152/UBND-VHXXH:2026", relation: "BASED_ON", to: "HP.SCT:64/SCT-VP:2026", seed: S004,
    citation: "Thực hiện Văn bản số 64/SCT-VP ngày 07/01/2026 của Sở Công Thương về việc triển khai Hệ thống thông tin giải quyết thủ tục hành chính theo mô hình tập trung của Bộ Công Thương, UBND phường Hải An đã có Công văn số 152/UBND-VHXXH ngày 13/01/2026 chỉ đạo các phòng, đơn vị liên quan thực hiện",
  },
];
