import { LocalityLevel } from "../modules/locality/locality.entity";
import { Bloc, OrganisationKind as K } from "../modules/organisation/organisation.entity";

/**
 * The bodies named in the seed reports (tests/fixtures/seeds): the four wards, the two cities above
 * them and the central bodies they cite. Commune codes are demo codes, not official ones.
 */
export interface DemoLocality {
  code: string;
  level: LocalityLevel;
  name: string;
  parent?: string;
}

export interface DemoOrganisation {
  code: string;
  locality: string;
  kind: K;
  bloc: Bloc;
  name: string;
  shortName?: string;
  parent?: string;
  superior?: string;
}

export const DEMO_LOCALITIES: DemoLocality[] = [
  { code: "VN", level: LocalityLevel.CENTRAL, name: "Trung ương" },
  { code: "31", level: LocalityLevel.PROVINCE, name: "Thành phố Hải Phòng", parent: "VN" },
  { code: "01", level: LocalityLevel.PROVINCE, name: "Thành phố Hà Nội", parent: "VN" },
  { code: "31.HAI-AN", level: LocalityLevel.COMMUNE, name: "Phường Hải An", parent: "31" },
  { code: "31.NGHI-DUONG", level: LocalityLevel.COMMUNE, name: "Xã Nghi Dương", parent: "31" },
  { code: "31.PHU-LIEN", level: LocalityLevel.COMMUNE, name: "Phường Phù Liễn", parent: "31" },
  { code: "01.O-CHO-DUA", level: LocalityLevel.COMMUNE, name: "Phường Ô Chợ Dừa", parent: "01" },
];

const CENTRAL: DemoOrganisation[] = [
  { code: "TW.BCT", locality: "VN", kind: K.CENTRAL_AGENCY, bloc: Bloc.PARTY, name: "Bộ Chính trị", shortName: "BCT" },
  { code: "TW.BCD", locality: "VN", kind: K.STEERING_COMMITTEE, bloc: Bloc.PARTY, name: "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", shortName: "BCĐTW" },
  { code: "TW.BCD.TGV", locality: "VN", kind: K.WORKING_GROUP, bloc: Bloc.PARTY, name: "Tổ Giúp việc Ban Chỉ đạo Trung ương", shortName: "TGV", parent: "TW.BCD" },
  { code: "TW.CP", locality: "VN", kind: K.CENTRAL_AGENCY, bloc: Bloc.GOVERNMENT, name: "Chính phủ", shortName: "CP" },
  { code: "TW.TTG", locality: "VN", kind: K.CENTRAL_AGENCY, bloc: Bloc.GOVERNMENT, name: "Thủ tướng Chính phủ", shortName: "TTg" },
  { code: "TW.BVHTTDL", locality: "VN", kind: K.CENTRAL_AGENCY, bloc: Bloc.GOVERNMENT, name: "Bộ Văn hóa, Thể thao và Du lịch", shortName: "BVHTTDL" },
];

const HAI_PHONG: DemoOrganisation[] = [
  { code: "HP.TU", locality: "31", kind: K.PARTY_COMMITTEE, bloc: Bloc.PARTY, name: "Thành ủy Hải Phòng", shortName: "Thành ủy" },
  { code: "HP.HDND", locality: "31", kind: K.PEOPLES_COUNCIL, bloc: Bloc.COUNCIL, name: "Hội đồng nhân dân thành phố Hải Phòng", shortName: "HĐND thành phố" },
  { code: "HP.UBND", locality: "31", kind: K.PEOPLES_COMMITTEE, bloc: Bloc.GOVERNMENT, name: "Ủy ban nhân dân thành phố Hải Phòng", shortName: "UBND thành phố" },
  { code: "HP.UBND.VP", locality: "31", kind: K.DEPARTMENT, bloc: Bloc.GOVERNMENT, name: "Văn phòng Ủy ban nhân dân thành phố Hải Phòng", shortName: "VP UBND thành phố", parent: "HP.UBND" },
  { code: "HP.SKHCN", locality: "31", kind: K.DEPARTMENT, bloc: Bloc.GOVERNMENT, name: "Sở Khoa học và Công nghệ thành phố Hải Phòng", shortName: "Sở KH&CN", parent: "HP.UBND" },
  { code: "HP.STC", locality: "31", kind: K.DEPARTMENT, bloc: Bloc.GOVERNMENT, name: "Sở Tài chính thành phố Hải Phòng", shortName: "Sở Tài chính", parent: "HP.UBND" },
  { code: "HP.SGDDT", locality: "31", kind: K.DEPARTMENT, bloc: Bloc.GOVERNMENT, name: "Sở Giáo dục và Đào tạo thành phố Hải Phòng", shortName: "Sở GD&ĐT", parent: "HP.UBND" },
  { code: "HP.SNNMT", locality: "31", kind: K.DEPARTMENT, bloc: Bloc.GOVERNMENT, name: "Sở Nông nghiệp và Môi trường thành phố Hải Phòng", shortName: "Sở NN&MT", parent: "HP.UBND" },
  { code: "HP.SCT", locality: "31", kind: K.DEPARTMENT, bloc: Bloc.GOVERNMENT, name: "Sở Công Thương thành phố Hải Phòng", shortName: "Sở Công Thương", parent: "HP.UBND" },
  { code: "HP.CA", locality: "31", kind: K.DEPARTMENT, bloc: Bloc.GOVERNMENT, name: "Công an thành phố Hải Phòng", shortName: "Công an thành phố" },
  { code: "HP.MTTQ", locality: "31", kind: K.FATHERLAND_FRONT, bloc: Bloc.FRONT, name: "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hải Phòng", shortName: "Ủy ban MTTQ thành phố" },
  { code: "HP.BCD", locality: "31", kind: K.STEERING_COMMITTEE, bloc: Bloc.PARTY, name: "Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số thành phố Hải Phòng", shortName: "BCĐ thành phố" },
];

const HA_NOI: DemoOrganisation[] = [
  { code: "HN.TU", locality: "01", kind: K.PARTY_COMMITTEE, bloc: Bloc.PARTY, name: "Thành ủy Hà Nội", shortName: "Thành ủy" },
  { code: "HN.TU.VP", locality: "01", kind: K.DEPARTMENT, bloc: Bloc.PARTY, name: "Văn phòng Thành ủy Hà Nội", shortName: "Văn phòng Thành ủy", parent: "HN.TU" },
  { code: "HN.BCD57", locality: "01", kind: K.STEERING_COMMITTEE, bloc: Bloc.PARTY, name: "Ban Chỉ đạo 57 Thành ủy Hà Nội", shortName: "BCĐ 57 Thành ủy" },
  { code: "HN.HDND", locality: "01", kind: K.PEOPLES_COUNCIL, bloc: Bloc.COUNCIL, name: "Hội đồng nhân dân thành phố Hà Nội", shortName: "HĐND thành phố" },
  { code: "HN.UBND", locality: "01", kind: K.PEOPLES_COMMITTEE, bloc: Bloc.GOVERNMENT, name: "Ủy ban nhân dân thành phố Hà Nội", shortName: "UBND thành phố" },
  { code: "HN.MTTQ", locality: "01", kind: K.FATHERLAND_FRONT, bloc: Bloc.FRONT, name: "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội", shortName: "Ủy ban MTTQ thành phố" },
];

/** The four bodies every commune has, under the matching city bodies. */
function communeBodies(city: "HP" | "HN", locality: string, prefix: string, unit: string, place: string): DemoOrganisation[] {
  return [
    { code: `${prefix}.DU`, locality, kind: K.PARTY_COMMITTEE, bloc: Bloc.PARTY, name: `Đảng ủy ${unit} ${place}`, shortName: `Đảng ủy ${unit}`, superior: `${city}.TU` },
    { code: `${prefix}.DU.VP`, locality, kind: K.DEPARTMENT, bloc: Bloc.PARTY, name: `Văn phòng Đảng ủy ${unit} ${place}`, shortName: "Văn phòng Đảng ủy", parent: `${prefix}.DU` },
    { code: `${prefix}.HDND`, locality, kind: K.PEOPLES_COUNCIL, bloc: Bloc.COUNCIL, name: `Hội đồng nhân dân ${unit} ${place}`, shortName: `HĐND ${unit}`, superior: `${city}.HDND` },
    { code: `${prefix}.HDND.TT`, locality, kind: K.DEPARTMENT, bloc: Bloc.COUNCIL, name: `Thường trực Hội đồng nhân dân ${unit} ${place}`, shortName: "Thường trực HĐND", parent: `${prefix}.HDND` },
    { code: `${prefix}.UBND`, locality, kind: K.PEOPLES_COMMITTEE, bloc: Bloc.GOVERNMENT, name: `Ủy ban nhân dân ${unit} ${place}`, shortName: `UBND ${unit}`, superior: `${city}.UBND` },
    { code: `${prefix}.MTTQ`, locality, kind: K.FATHERLAND_FRONT, bloc: Bloc.FRONT, name: `Ủy ban Mặt trận Tổ quốc Việt Nam ${unit} ${place}`, shortName: `Ủy ban MTTQ ${unit}`, superior: `${city}.MTTQ` },
  ];
}

const HAI_AN: DemoOrganisation[] = [
  ...communeBodies("HP", "31.HAI-AN", "HP.HAI-AN", "phường", "Hải An"),
  { code: "HP.HAI-AN.DU.UBKT", locality: "31.HAI-AN", kind: K.DEPARTMENT, bloc: Bloc.PARTY, name: "Ủy ban Kiểm tra Đảng ủy phường Hải An", shortName: "UBKT Đảng ủy", parent: "HP.HAI-AN.DU" },
  { code: "HP.HAI-AN.HDND.VHXH", locality: "31.HAI-AN", kind: K.DEPARTMENT, bloc: Bloc.COUNCIL, name: "Ban Văn hóa - Xã hội Hội đồng nhân dân phường Hải An", shortName: "Ban VH-XH HĐND", parent: "HP.HAI-AN.HDND" },
  { code: "HP.HAI-AN.UBND.VP", locality: "31.HAI-AN", kind: K.DEPARTMENT, bloc: Bloc.GOVERNMENT, name: "Văn phòng HĐND và UBND phường Hải An", shortName: "VP HĐND và UBND", parent: "HP.HAI-AN.UBND" },
  { code: "HP.HAI-AN.UBND.VHXH", locality: "31.HAI-AN", kind: K.DEPARTMENT, bloc: Bloc.GOVERNMENT, name: "Phòng Văn hóa - Xã hội phường Hải An", shortName: "Phòng VH-XH", parent: "HP.HAI-AN.UBND" },
  { code: "HP.HAI-AN.UBND.TTDVSNC", locality: "31.HAI-AN", kind: K.DEPARTMENT, bloc: Bloc.GOVERNMENT, name: "Trung tâm Dịch vụ sự nghiệp công phường Hải An", shortName: "Trung tâm DVSNC", parent: "HP.HAI-AN.UBND" },
  // Headed by the Chairman of the UBND: its bloc is GOVERNMENT.
  { code: "HP.HAI-AN.BCD", locality: "31.HAI-AN", kind: K.STEERING_COMMITTEE, bloc: Bloc.GOVERNMENT, name: "Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số phường Hải An", shortName: "Ban Chỉ đạo 57 phường", superior: "HP.BCD" },
];

const NGHI_DUONG: DemoOrganisation[] = [
  ...communeBodies("HP", "31.NGHI-DUONG", "HP.NGHI-DUONG", "xã", "Nghi Dương"),
  { code: "HP.NGHI-DUONG.BCD", locality: "31.NGHI-DUONG", kind: K.STEERING_COMMITTEE, bloc: Bloc.PARTY, name: "Ban Chỉ đạo về thực hiện chuyển đổi số xã Nghi Dương", shortName: "Ban Chỉ đạo chuyển đổi số", superior: "HP.BCD" },
];

const PHU_LIEN: DemoOrganisation[] = [
  ...communeBodies("HP", "31.PHU-LIEN", "HP.PHU-LIEN", "phường", "Phù Liễn"),
  { code: "HP.PHU-LIEN.UBND.VHXH", locality: "31.PHU-LIEN", kind: K.DEPARTMENT, bloc: Bloc.GOVERNMENT, name: "Phòng Văn hóa - Xã hội phường Phù Liễn", shortName: "Phòng VH-XH", parent: "HP.PHU-LIEN.UBND" },
  { code: "HP.PHU-LIEN.UBND.TTPVHCC", locality: "31.PHU-LIEN", kind: K.DEPARTMENT, bloc: Bloc.GOVERNMENT, name: "Trung tâm Phục vụ hành chính công phường Phù Liễn", shortName: "Trung tâm PVHCC", parent: "HP.PHU-LIEN.UBND" },
  { code: "HP.PHU-LIEN.BCD", locality: "31.PHU-LIEN", kind: K.STEERING_COMMITTEE, bloc: Bloc.PARTY, name: "Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, cải cách hành chính và Đề án 06 phường Phù Liễn", shortName: "Ban Chỉ đạo phường", superior: "HP.BCD" },
];

const O_CHO_DUA: DemoOrganisation[] = [
  ...communeBodies("HN", "01.O-CHO-DUA", "HN.O-CHO-DUA", "phường", "Ô Chợ Dừa"),
  { code: "HN.O-CHO-DUA.BCD", locality: "01.O-CHO-DUA", kind: K.STEERING_COMMITTEE, bloc: Bloc.PARTY, name: "Ban Chỉ đạo 57 Đảng ủy phường Ô Chợ Dừa", shortName: "Ban Chỉ đạo 57 phường", superior: "HN.BCD57" },
];

/** In dependency order: a parent or superior always comes before the bodies that point to it. */
export const DEMO_ORGANISATIONS: DemoOrganisation[] = [...CENTRAL, ...HAI_PHONG, ...HA_NOI, ...HAI_AN, ...NGHI_DUONG, ...PHU_LIEN, ...O_CHO_DUA];
