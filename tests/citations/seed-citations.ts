import { DocumentType } from "../../src/citations";

/** A citation as read by hand from a seed report; `spans` counts its mentions. */
export interface ExpectedCitation {
  documentType: DocumentType;
  reference: string | null;
  number: string | null;
  issuedOn: string | null;
  issuerName: string | null;
  spans: number;
  citedAs: string;
}

const {
  RESOLUTION, PLAN, NOTICE, OFFICIAL_LETTER, DECISION, REPORT, PROGRAMME, CIRCULAR,
} = DocumentType;

const NQ57_BY_POLITBURO = { documentType: RESOLUTION, reference: "57-NQ/TW", number: "57", issuedOn: "2024-12-22", issuerName: "Bộ Chính trị" };

/**
 * Every document cited by each seed report, in order of first mention. The header line
 * ("Số: /BC-HĐND", "Số: 11 /BC-HĐND", "Số - BC/ĐU") is the report's own number, not a citation.
 */
export const SEED_CITATIONS: Record<string, ExpectedCitation[]> = {
  // HĐND phường Hải An, Q2/2026
  "000_8b3b633907b88ef3.txt": [
    { ...NQ57_BY_POLITBURO, spans: 7, citedAs: "Nghị quyết số 57-NQ/TW của Bộ Chính trị" },
    { documentType: NOTICE, reference: null, number: "2", issuedOn: "2026-03-27", issuerName: null, spans: 1, citedAs: "thông báo số 02 ngày 27/3/2026" },
    { documentType: NOTICE, reference: null, number: null, issuedOn: "2026-04-15", issuerName: null, spans: 1, citedAs: "thông báo kết luận cuộc họp Ban chỉ đạo ngày 15/4/2026" },
    { documentType: PLAN, reference: "05/KH-HĐND", number: "5", issuedOn: "2026-03-27", issuerName: "Thường trực Hội đồng nhân dân", spans: 1, citedAs: "Kế hoạch số 05/KH-HĐND ngày 27/03/2026 của Thường trực Hội đồng nhân dân" },
    { documentType: NOTICE, reference: "11/TB-HĐND", number: "11", issuedOn: null, issuerName: null, spans: 2, citedAs: "Thông báo số 11/TB-HĐND" },
  ],
  // Thường trực HĐND xã Nghi Dương, Q1/2026
  "001_6f199bee88b1f82b.txt": [
    { ...NQ57_BY_POLITBURO, spans: 8, citedAs: "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị" },
    { documentType: PLAN, reference: "21-KH/ĐU", number: "21", issuedOn: "2025-09-22", issuerName: "Ban Thường vụ Đảng ủy xã", spans: 1, citedAs: "Kế hoạch số 21-KH/ĐU ngày 22/9/2025" },
    { documentType: PLAN, reference: "47-KH/ĐU", number: "47", issuedOn: "2026-01-23", issuerName: "Ban Thường vụ Đảng ủy xã", spans: 1, citedAs: "Kế hoạch số 47-KH/ĐU ngày 23/01/2026 của Ban Thường vụ Đảng ủy xã" },
    { documentType: OFFICIAL_LETTER, reference: "420-CV/ĐU", number: "420", issuedOn: "2026-04-08", issuerName: "Đảng ủy xã", spans: 2, citedAs: "Công văn số 420-CV/ĐU ngày 08/4/2026 của Đảng ủy xã" },
  ],
  // UBND phường Phù Liễn, Q1/2026
  "002_adbbb63db80dde0e.txt": [
    { ...NQ57_BY_POLITBURO, spans: 12, citedAs: "Nghị quyết số 57-NQ/TW của Bộ Chính trị" },
    { documentType: OFFICIAL_LETTER, reference: "4720/VP-VX", number: "4720", issuedOn: "2026-04-29", issuerName: "Văn phòng Ủy ban nhân dân thành phố", spans: 1, citedAs: "Công văn số 4720/VP-VX ngày 29/4/2026 của Văn phòng Ủy ban nhân dân thành phố" },
    { documentType: PLAN, reference: "13/KH-UBND", number: "13", issuedOn: "2026-03-10", issuerName: null, spans: 1, citedAs: "Kế hoạch số 13/KH-UBND ngày 10/3/2026" },
    { documentType: PLAN, reference: "129/KH-UBND", number: "129", issuedOn: "2026-03-30", issuerName: null, spans: 1, citedAs: "Kế hoạch số 129/KH-UBND ngày 30/3/2026" },
    { documentType: PLAN, reference: "128/KH-UBND", number: "128", issuedOn: "2026-03-27", issuerName: null, spans: 1, citedAs: "Kế hoạch số 128/KH-UBND ngày 27/3/2026" },
    {
      documentType: PROGRAMME, reference: "01-CTr/BCĐ", number: "1", issuedOn: "2026-01-09",
      issuerName: "Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số thành phố", spans: 1,
      citedAs: "Chương trình công tác số 01-CTr/BCĐ ngày 09/01/2026 của Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số thành phố",
    },
    { documentType: DECISION, reference: "02/QĐ-BCĐ", number: "2", issuedOn: "2026-03-27", issuerName: null, spans: 1, citedAs: "Quyết định số 02/QĐ-BCĐ ngày 27/3/2026" },
    { documentType: PLAN, reference: "95/KH-UBND", number: "95", issuedOn: "2026-02-25", issuerName: null, spans: 1, citedAs: "Kế hoạch số 95/KH-UBND ngày 25/02/2026" },
    { documentType: PLAN, reference: "96/KH-UBND", number: "96", issuedOn: "2026-02-25", issuerName: null, spans: 1, citedAs: "Kế hoạch số 96/KH-UBND ngày 25/02/2026" },
    { documentType: RESOLUTION, reference: "71/NQ-CP", number: "71", issuedOn: null, issuerName: null, spans: 1, citedAs: "Nghị quyết số 71/NQ-CP" },
    { documentType: PLAN, reference: "110/KH-UBND", number: "110", issuedOn: "2026-03-06", issuerName: "Ủy ban nhân dân phường", spans: 1, citedAs: "Kế hoạch số 110/KH-UBND ngày 06/3/2026 của Ủy ban nhân dân phường" },
    { documentType: NOTICE, reference: "01-TB/BCĐ", number: "1", issuedOn: "2026-03-23", issuerName: "Ban Chỉ đạo", spans: 3, citedAs: "Thông báo số 01-TB/BCĐ của Ban Chỉ đạo" },
    { documentType: OFFICIAL_LETTER, reference: "58/SKH-CN-HTS&CN", number: "58", issuedOn: "2026-01-08", issuerName: "Sở Khoa học và Công nghệ thành phố", spans: 1, citedAs: "Công văn số 58/SKH-CN-HTS&CN ngày 08/01/2026 của Sở Khoa học và Công nghệ thành phố" },
    { documentType: PLAN, reference: "55/KH-UBND", number: "55", issuedOn: "2026-01-23", issuerName: null, spans: 1, citedAs: "Kế hoạch số 55/KH-UBND ngày 23/01/2026" },
    { documentType: PLAN, reference: "147/KH-UBND", number: "147", issuedOn: "2026-04-14", issuerName: "Ủy ban nhân dân phường Phù Liễn", spans: 1, citedAs: "Kế hoạch số 147/KH-UBND ngày 14/4/2026 của Ủy ban nhân dân phường Phù Liễn" },
    { documentType: DECISION, reference: "4131/QĐ-CAHP-ANM", number: "4131", issuedOn: "2026-04-15", issuerName: null, spans: 1, citedAs: "Quyết định số 4131/QĐ-CAHP-ANM ngày 15/4/2026" },
    { documentType: PLAN, reference: "12-KH/ĐU", number: "12", issuedOn: "2025-10-10", issuerName: "Ban Thường vụ Đảng ủy", spans: 1, citedAs: "Kế hoạch số 12-KH/ĐU ngày 10/10/2025 của Ban Thường vụ Đảng ủy" },
  ],
  // Đảng ủy phường Ô Chợ Dừa, 5/2026
  "003_d9b6f91330304b42.txt": [
    { ...NQ57_BY_POLITBURO, spans: 4, citedAs: "Nghị quyết số 57-NQ/TW của Bộ Chính trị" },
    { documentType: PLAN, reference: "37-KH/ĐU", number: "37", issuedOn: "2026-02-05", issuerName: "Đảng ủy phường", spans: 5, citedAs: "Kế hoạch hành động số 37-KH/ĐU ngày 05/02/2026 của Đảng ủy phường" },
  ],
  // Ban Chỉ đạo phường Hải An, week 08/01/2026 to 14/01/2026
  "004_e1c8a3459853513f.txt": [
    { ...NQ57_BY_POLITBURO, spans: 6, citedAs: "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị" },
    { documentType: NOTICE, reference: "07-TB/CQTTCĐ", number: "7", issuedOn: "2025-10-15", issuerName: "đồng chí Tổng Bí thư Tô Lâm", spans: 1, citedAs: "Thông báo kết luận số 07-TB/CQTTCĐ ngày 15/10/2025 của đồng chí Tổng Bí thư Tô Lâm" },
    { documentType: NOTICE, reference: "47-TB/TGV", number: "47", issuedOn: "2025-10-17", issuerName: "Tổ Giúp việc", spans: 1, citedAs: "Thông báo kết luận số 47-TB/TGV ngày 17/10/2025 của Tổ Giúp việc" },
    { documentType: OFFICIAL_LETTER, reference: "56/UBND-VHXXH", number: "56", issuedOn: "2026-01-08", issuerName: "UBND phường", spans: 1, citedAs: "Công văn số 56/UBND-VHXXH ngày 08/01/2026 của UBND phường" },
    { documentType: OFFICIAL_LETTER, reference: "91/UBND-VHXXH", number: "91", issuedOn: "2026-01-09", issuerName: "UBND phường", spans: 2, citedAs: "Công văn số 91/UBND-VHXXH ngày 09/01/2026 của UBND phường" },
    { documentType: OFFICIAL_LETTER, reference: "95/UBND-VHXXH", number: "95", issuedOn: "2026-01-09", issuerName: "UBND phường", spans: 2, citedAs: "Công văn số 95/UBND-VHXXH ngày 09/01/2026 của UBND phường" },
    { documentType: OFFICIAL_LETTER, reference: "108/UBND-VHXXH", number: "108", issuedOn: "2026-01-10", issuerName: "UBND phường", spans: 2, citedAs: "Công văn số 108/UBND-VHXXH ngày 10/01/2026 của UBND phường" },
    { documentType: OFFICIAL_LETTER, reference: "129/UBND-VHXXH", number: "129", issuedOn: "2026-01-14", issuerName: "UBND phường", spans: 2, citedAs: "Công văn số 129/UBND-VHXXH ngày 14/01/2026 của UBND phường" },
    { documentType: OFFICIAL_LETTER, reference: "152/UBND-VHXXH", number: "152", issuedOn: "2026-01-13", issuerName: "UBND phường", spans: 2, citedAs: "Công văn số 152/UBND-VHXXH ngày 13/01/2026 của UBND phường" },
    { documentType: OFFICIAL_LETTER, reference: "2795/VHXXH", number: "2795", issuedOn: "2026-01-14", issuerName: "phòng Văn hóa - Xã hội", spans: 1, citedAs: "Công văn số 2795/VHXXH ngày 14/01/2026 của phòng Văn hóa - Xã hội" },
    { documentType: REPORT, reference: "24/BC-UBND", number: "24", issuedOn: "2026-01-15", issuerName: "UBND phường", spans: 2, citedAs: "Báo cáo số 24/BC-UBND ngày 15/01/2026 của UBND phường" },
    { documentType: DECISION, reference: "06/QĐ-TTg", number: "6", issuedOn: "2025-01-02", issuerName: "Thủ Tướng Chính phủ", spans: 3, citedAs: "Quyết định số 06/QĐ-TTg ngày 02/01/2025 của Thủ Tướng Chính phủ" },
    { documentType: PLAN, reference: "02-KH/BCĐTW", number: "2", issuedOn: null, issuerName: null, spans: 1, citedAs: "Kế hoạch 02-KH/BCĐTW" },
    { documentType: OFFICIAL_LETTER, reference: "75/VP-NC", number: "75", issuedOn: "2025-10-05", issuerName: "Ủy ban nhân dân thành phố Hải Phòng", spans: 1, citedAs: "Công văn số 75/VP-NC ngày 05/10/2025 của Ủy ban nhân dân thành phố Hải Phòng" },
    { documentType: CIRCULAR, reference: "24/2025/TT-BVHTTDL", number: "24", issuedOn: "2025-12-30", issuerName: "Bộ Văn hóa, Thể thao và Du lịch", spans: 2, citedAs: "Thông tư số 24/2025/TT-BVHTTDL ngày 30/12/2025 của Bộ Văn hóa, Thể thao và Du lịch" },
    { documentType: PLAN, reference: "317/KH-UBND", number: "317", issuedOn: "2025-12-02", issuerName: "Ủy ban nhân dân thành phố", spans: 1, citedAs: "Kế hoạch số 317/KH-UBND ngày 02/12/2025 của Ủy ban nhân dân thành phố" },
    { documentType: OFFICIAL_LETTER, reference: "58/SKH-CN-HTS&CN", number: "58", issuedOn: "2026-01-08", issuerName: null, spans: 1, citedAs: "Công văn số 58/SKH-CN-HTS&CN ngày 08/01/2026" },
    { documentType: OFFICIAL_LETTER, reference: "35/STC-QLCS", number: "35", issuedOn: "2026-01-05", issuerName: "sở Tài chính", spans: 1, citedAs: "Công văn số 35/STC-QLCS ngày 05/01/2026 của sở Tài chính" },
    { documentType: PLAN, reference: "292/KH-UBND", number: "292", issuedOn: "2025-11-10", issuerName: "Ủy ban nhân dân thành phố", spans: 1, citedAs: "Kế hoạch số 292/KH-UBND ngày 10/11/2025 của Ủy ban nhân dân thành phố" },
    { documentType: OFFICIAL_LETTER, reference: "335/VP-TH", number: "335", issuedOn: "2026-01-10", issuerName: "Ủy ban nhân dân thành phố", spans: 1, citedAs: "Văn bản số 335/VP-TH ngày 10/01/2026 của Ủy ban nhân dân thành phố" },
    { documentType: OFFICIAL_LETTER, reference: "126/SGDDĐT-GDTrH", number: "126", issuedOn: "2026-01-10", issuerName: "Sở GD&ĐT", spans: 1, citedAs: "công văn số 126/SGDDĐT-GDTrH ngày 10/01/2026 của Sở GD&ĐT" },
    { documentType: OFFICIAL_LETTER, reference: "222/UBND-VHXXH", number: "222", issuedOn: null, issuerName: null, spans: 1, citedAs: "Công văn số 222/UBND-VHXXH" },
    { documentType: OFFICIAL_LETTER, reference: "4776/SKH-CN-CNTT", number: "4776", issuedOn: "2025-12-26", issuerName: null, spans: 1, citedAs: "Công văn số 4776/SKH-CN-CNTT ngày 26/12/2025" },
    { documentType: OFFICIAL_LETTER, reference: "2795/UBND-VHXXH", number: "2795", issuedOn: "2025-12-27", issuerName: null, spans: 1, citedAs: "Công văn số 2795/UBND-VHXXH ngày 27/12/2025" },
    { documentType: DECISION, reference: "215/QĐ-CAHP-ANM", number: "215", issuedOn: "2026-01-12", issuerName: "Công an thành phố", spans: 3, citedAs: "Quyết định số 215/QĐ-CAHP-ANM" },
    { documentType: OFFICIAL_LETTER, reference: "2739/UBND-VP", number: "2739", issuedOn: "2025-12-24", issuerName: null, spans: 1, citedAs: "Công văn số 2739/UBND-VP ngày 24/12/2025" },
    { documentType: DECISION, reference: "468/QĐ-TTg", number: "468", issuedOn: "2021-03-27", issuerName: "Thủ tướng Chính phủ", spans: 1, citedAs: "Quyết định số 468/QĐ-TTg ngày 27/3/2021 của Thủ tướng Chính phủ" },
    { documentType: OFFICIAL_LETTER, reference: "196/SNNMT-VP", number: "196", issuedOn: "2026-01-08", issuerName: "Sở Nông nghiệp và Môi trường", spans: 1, citedAs: "Văn bản số 196/SNNMT-VP ngày 08/01/2026 của Sở Nông nghiệp và Môi trường" },
    { documentType: OFFICIAL_LETTER, reference: "64/SCT-VP", number: "64", issuedOn: "2026-01-07", issuerName: "Sở Công Thương", spans: 1, citedAs: "Văn bản số 64/SCT-VP ngày 07/01/2026 của Sở Công Thương" },
    { documentType: PLAN, reference: null, number: "2", issuedOn: null, issuerName: null, spans: 1, citedAs: "Kế hoạch số 02" },
  ],
};
