import { Role } from "../modules/user/role-grant.entity";
import { Clearance } from "../modules/user/user.entity";

export interface DemoGrant {
  role: Role;
  /** Organisation code (scope includes its sub-units) or, with `locality`, a locality code. */
  organisation?: string;
  locality?: string;
}

export interface DemoUser {
  username: string;
  displayName: string;
  organisation: string;
  clearance?: Clearance;
  grants: DemoGrant[];
}

/** A body's own account: edits its data, and as the head's account also signs its reports. */
function bodyAccount(username: string, displayName: string, organisation: string): DemoUser {
  return {
    username,
    displayName,
    organisation,
    grants: [
      { role: Role.EDITOR, organisation },
      { role: Role.APPROVER, organisation },
    ],
  };
}

/** The demo accounts listed in the README; all share DEMO_PASSWORD. */
export const DEMO_USERS: DemoUser[] = [
  { username: "admin", displayName: "Quản trị hệ thống", organisation: "HP.SKHCN", grants: [{ role: Role.ADMIN, locality: "VN" }] },
  { username: "admin.haiphong", displayName: "Quản trị hệ thống thành phố Hải Phòng", organisation: "HP.SKHCN", grants: [{ role: Role.ADMIN, locality: "31" }] },
  bodyAccount("danguy.haian", "Đảng ủy phường Hải An", "HP.HAI-AN.DU"),
  bodyAccount("hdnd.haian", "HĐND phường Hải An", "HP.HAI-AN.HDND"),
  bodyAccount("ubnd.haian", "UBND phường Hải An", "HP.HAI-AN.UBND"),
  bodyAccount("mttq.haian", "Ủy ban MTTQ phường Hải An", "HP.HAI-AN.MTTQ"),
  {
    username: "chuyenvien.ubnd.haian",
    displayName: "Chuyên viên Phòng Văn hóa - Xã hội phường Hải An",
    organisation: "HP.HAI-AN.UBND.VHXH",
    grants: [{ role: Role.EDITOR, organisation: "HP.HAI-AN.UBND" }],
  },
  {
    username: "bcd.haian",
    displayName: "Ban Chỉ đạo 57 phường Hải An",
    organisation: "HP.HAI-AN.BCD",
    grants: [
      { role: Role.COORDINATOR, locality: "31.HAI-AN" },
      { role: Role.EDITOR, organisation: "HP.HAI-AN.BCD" },
      { role: Role.APPROVER, organisation: "HP.HAI-AN.BCD" },
    ],
  },
  bodyAccount("ubnd.haiphong", "UBND thành phố Hải Phòng", "HP.UBND"),
  bodyAccount("ubnd.phulien", "UBND phường Phù Liễn", "HP.PHU-LIEN.UBND"),
  bodyAccount("hdnd.nghiduong", "Thường trực HĐND xã Nghi Dương", "HP.NGHI-DUONG.HDND"),
  bodyAccount("danguy.ochodua", "Đảng ủy phường Ô Chợ Dừa", "HN.O-CHO-DUA.DU"),
  {
    username: "auditor.haiphong",
    displayName: "Kiểm tra viên thành phố Hải Phòng",
    organisation: "HP.UBND.VP",
    clearance: Clearance.CONFIDENTIAL,
    grants: [{ role: Role.AUDITOR, locality: "31" }],
  },
  {
    username: "integrator.haiphong",
    displayName: "Hệ thống quản lý văn bản thành phố Hải Phòng",
    organisation: "HP.UBND.VP",
    grants: [{ role: Role.INTEGRATOR, locality: "31" }],
  },
];
