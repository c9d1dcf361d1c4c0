import { registerEnumType } from "type-graphql";
import { DocumentType } from "../../citations";

registerEnumType(DocumentType, {
  name: "DocumentType",
  description: "Nghị quyết, Kế hoạch, Thông báo, Công văn, Quyết định, Báo cáo, Chương trình, Thông tư, Chỉ thị, Hướng dẫn, Kết luận, Quy chế, Quy định, Nghị định, Luật, Tờ trình, khác",
});

/** State-secret levels (Mật, Tối mật, Tuyệt mật): only citation metadata of such documents is stored. */
export enum Classification {
  UNCLASSIFIED = "UNCLASSIFIED",
  CONFIDENTIAL = "CONFIDENTIAL",
  SECRET = "SECRET",
  TOP_SECRET = "TOP_SECRET",
}
registerEnumType(Classification, { name: "Classification", description: "Thường; Mật; Tối mật; Tuyệt mật" });

export enum DocumentStatus {
  ACTIVE = "ACTIVE",
  WITHDRAWN = "WITHDRAWN",
}
registerEnumType(DocumentStatus, { name: "DocumentStatus", description: "Có hiệu lực; đã thu hồi" });

export enum NoticeKind {
  ASSIGNMENT = "ASSIGNMENT",
  CONCLUSION = "CONCLUSION",
  ADJUSTMENT = "ADJUSTMENT",
}
registerEnumType(NoticeKind, { name: "NoticeKind", description: "Phân công nhiệm vụ; thông báo kết luận; điều chỉnh, bổ sung chỉ tiêu" });

export enum LegalRelation {
  BASED_ON = "BASED_ON",
  IMPLEMENTS = "IMPLEMENTS",
  ADJUSTS = "ADJUSTS",
  REPLACES = "REPLACES",
  RESPONDS_TO = "RESPONDS_TO",
}
registerEnumType(LegalRelation, {
  name: "LegalRelation",
  description: "Căn cứ/thực hiện; triển khai; điều chỉnh; thay thế; trả lời (báo cáo theo yêu cầu của văn bản)",
});

export { DocumentType };
