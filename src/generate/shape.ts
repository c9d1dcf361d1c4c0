import { searchKey } from "../text";

/**
 * The shape of the synthetic nation, drawn from the seed reports: every commune has the four blocs
 * (Đảng ủy, HĐND, UBND, Ủy ban MTTQ) with the departments the reports name and a Ban Chỉ đạo 57;
 * each issuing body writes plans, notices, letters, reports and decisions whose legal bases lead,
 * through the province's plans, to 57-NQ/TW. Everything here is constant text; generated ids are
 * md5 hashes of a key (`id("o", n, "UBND")`), so every statement can find the rows of another.
 */

export const PROVINCES = [
  "Thành phố Hà Nội", "Thành phố Huế", "Tỉnh Lai Châu", "Tỉnh Điện Biên", "Tỉnh Sơn La", "Tỉnh Lạng Sơn", "Tỉnh Quảng Ninh",
  "Tỉnh Thanh Hóa", "Tỉnh Nghệ An", "Tỉnh Hà Tĩnh", "Tỉnh Cao Bằng", "Tỉnh Tuyên Quang", "Tỉnh Lào Cai", "Tỉnh Thái Nguyên",
  "Tỉnh Phú Thọ", "Tỉnh Bắc Ninh", "Tỉnh Hưng Yên", "Thành phố Hải Phòng", "Tỉnh Ninh Bình", "Tỉnh Quảng Trị", "Thành phố Đà Nẵng",
  "Tỉnh Quảng Ngãi", "Tỉnh Gia Lai", "Tỉnh Khánh Hòa", "Tỉnh Lâm Đồng", "Tỉnh Đắk Lắk", "Thành phố Hồ Chí Minh", "Tỉnh Đồng Nai",
  "Tỉnh Tây Ninh", "Thành phố Cần Thơ", "Tỉnh Vĩnh Long", "Tỉnh Đồng Tháp", "Tỉnh Cà Mau", "Tỉnh An Giang",
];

export const PLACES = [
  "Hải An", "Nghi Dương", "Phù Liễn", "Ô Chợ Dừa", "Bình An", "Tân Lập", "Hòa Bình", "Đông Hưng", "Yên Thế", "Phú Mỹ",
  "Thạnh Lộc", "Long Hòa", "Quang Trung", "Đồng Tâm", "Xuân Phương", "Minh Khai", "Hưng Đạo", "Tân Phú", "An Thới", "Vĩnh Hưng",
  "Kim Liên", "Thịnh Quang", "Lạc Long", "Sơn Tây", "Hồng Hà", "Thuận An", "Trung Sơn", "Nam Sách", "Bạch Đằng", "Cẩm Phả",
];

export interface CommuneBody {
  key: string;
  kind: string;
  bloc: string;
  /** Name before "xã <place>". */
  name: string;
  shortName: string;
  parent?: string;
  /** Key of the province body above it. */
  superior?: string;
}

export const COMMUNE_BODIES: CommuneBody[] = [
  { key: "DU", kind: "PARTY_COMMITTEE", bloc: "PARTY", name: "Đảng ủy", shortName: "Đảng ủy", superior: "TU" },
  { key: "DU.VP", kind: "DEPARTMENT", bloc: "PARTY", name: "Văn phòng Đảng ủy", shortName: "Văn phòng Đảng ủy", parent: "DU" },
  { key: "HDND", kind: "PEOPLES_COUNCIL", bloc: "COUNCIL", name: "Hội đồng nhân dân", shortName: "HĐND", superior: "HDND" },
  { key: "HDND.TT", kind: "DEPARTMENT", bloc: "COUNCIL", name: "Thường trực Hội đồng nhân dân", shortName: "Thường trực HĐND", parent: "HDND" },
  { key: "UBND", kind: "PEOPLES_COMMITTEE", bloc: "GOVERNMENT", name: "Ủy ban nhân dân", shortName: "UBND", superior: "UBND" },
  { key: "UBND.VHXH", kind: "DEPARTMENT", bloc: "GOVERNMENT", name: "Phòng Văn hóa - Xã hội", shortName: "Phòng VH-XH", parent: "UBND" },
  { key: "UBND.KT", kind: "DEPARTMENT", bloc: "GOVERNMENT", name: "Phòng Kinh tế", shortName: "Phòng Kinh tế", parent: "UBND" },
  { key: "UBND.VP", kind: "DEPARTMENT", bloc: "GOVERNMENT", name: "Văn phòng HĐND và UBND", shortName: "Văn phòng", parent: "UBND" },
  { key: "MTTQ", kind: "FATHERLAND_FRONT", bloc: "FRONT", name: "Ủy ban Mặt trận Tổ quốc Việt Nam", shortName: "Ủy ban MTTQ", superior: "MTTQ" },
  { key: "BCD", kind: "STEERING_COMMITTEE", bloc: "PARTY", name: "Ban Chỉ đạo 57", shortName: "BCĐ 57" },
];

/** The province bodies: the city's plans sit between the communes' and 57-NQ/TW. */
export const PROVINCE_BODIES: CommuneBody[] = [
  { key: "TU", kind: "PARTY_COMMITTEE", bloc: "PARTY", name: "Tỉnh ủy", shortName: "Tỉnh ủy" },
  { key: "HDND", kind: "PEOPLES_COUNCIL", bloc: "COUNCIL", name: "Hội đồng nhân dân", shortName: "HĐND tỉnh" },
  { key: "UBND", kind: "PEOPLES_COMMITTEE", bloc: "GOVERNMENT", name: "Ủy ban nhân dân", shortName: "UBND tỉnh" },
  { key: "UBND.VP", kind: "DEPARTMENT", bloc: "GOVERNMENT", name: "Văn phòng Ủy ban nhân dân", shortName: "VP UBND tỉnh", parent: "UBND" },
  { key: "MTTQ", kind: "FATHERLAND_FRONT", bloc: "FRONT", name: "Ủy ban Mặt trận Tổ quốc Việt Nam", shortName: "Ủy ban MTTQ tỉnh" },
  { key: "BCD", kind: "STEERING_COMMITTEE", bloc: "PARTY", name: "Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", shortName: "BCĐ tỉnh" },
];

/** The five bodies of a commune that issue documents, with the code in their references. */
export const ISSUERS = [
  { key: "DU", code: "ĐU", party: true },
  { key: "HDND", code: "HĐND", party: false },
  { key: "UBND", code: "UBND", party: false },
  { key: "MTTQ", code: "MTTQ", party: false },
  { key: "BCD", code: "BCĐ", party: false },
];

/**
 * Document k of a commune: issuer ISSUERS[k % 5], kind KINDS[floor(k / 5) % 6]. Each block of 30
 * holds one plan per issuer; the notices, letters, decisions and reports of the block answer it.
 */
export const KINDS = [
  { type: "PLAN", code: "KH", label: "Kế hoạch", title: "Kế hoạch thực hiện Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số năm" },
  { type: "NOTICE", code: "TB", label: "Thông báo", title: "Thông báo phân công nhiệm vụ chuyển đổi số năm" },
  { type: "OFFICIAL_LETTER", code: "CV", label: "Công văn", title: "Công văn đôn đốc triển khai dịch vụ công trực tuyến năm" },
  { type: "REPORT", code: "BC", label: "Báo cáo", title: "Báo cáo kết quả thực hiện Kế hoạch chuyển đổi số tháng" },
  { type: "DECISION", code: "QĐ", label: "Quyết định", title: "Quyết định kiện toàn Tổ công nghệ số cộng đồng năm" },
  { type: "NOTICE", code: "TB", label: "Thông báo", title: "Thông báo kết luận điều chỉnh chỉ tiêu chuyển đổi số năm" },
];

export const TASK_TITLES = [
  "Triển khai dịch vụ công trực tuyến toàn trình",
  "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
  "Tuyên truyền, hướng dẫn người dân cài đặt và kích hoạt tài khoản định danh điện tử VNeID",
  "Rà soát, kiện toàn Tổ công nghệ số cộng đồng",
  "Phát triển kinh tế số, thanh toán không dùng tiền mặt tại chợ và hộ kinh doanh",
  "Ứng dụng trí tuệ nhân tạo trong xử lý văn bản",
  "Bồi dưỡng kỹ năng số cho cán bộ, công chức",
  "Xây dựng cơ sở dữ liệu dân cư, đất đai dùng chung",
  "Giám sát việc thực hiện Nghị quyết 57-NQ/TW",
  "Vận động đoàn viên, hội viên tham gia phong trào Bình dân học vụ số",
];

export const INDICATOR_NAMES = [
  "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến",
  "Số tài khoản định danh điện tử mức 2 được kích hoạt",
  "Tỷ lệ văn bản được ký số",
  "Số hộ kinh doanh sử dụng thanh toán không dùng tiền mặt",
  "Tỷ lệ cán bộ được bồi dưỡng kỹ năng số",
  "Số thôn, tổ dân phố có Tổ công nghệ số cộng đồng",
  "Tỷ lệ hồ sơ được số hóa",
  "Số người dân tham gia Bình dân học vụ số",
  "Tỷ lệ nhiệm vụ chuyển đổi số hoàn thành đúng hạn",
  "Số buổi tuyên truyền về chuyển đổi số",
];

/** Folded search text, as the API stores it. */
export const fold = searchKey;
