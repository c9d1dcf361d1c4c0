import { registerEnumType } from "type-graphql";

export enum ReportPeriodKind {
  WEEK = "WEEK",
  MONTH = "MONTH",
  QUARTER = "QUARTER",
  HALF_YEAR = "HALF_YEAR",
  YEAR = "YEAR",
  AD_HOC = "AD_HOC",
}
registerEnumType(ReportPeriodKind, { name: "ReportPeriodKind", description: "Tuần; tháng; quý; 6 tháng; năm; đột xuất" });

/** DRAFT -> SUBMITTED (signed; immutable) -> ACCEPTED or RETURNED (by an approver of a recipient). */
export enum ReportStatus {
  DRAFT = "DRAFT",
  SUBMITTED = "SUBMITTED",
  ACCEPTED = "ACCEPTED",
  RETURNED = "RETURNED",
}
registerEnumType(ReportStatus, { name: "ReportStatus", description: "Dự thảo; đã trình ký và gửi; đã tiếp nhận; trả lại" });

export enum FigureKind {
  RATIO = "RATIO",
  COUNT = "COUNT",
  PERCENT = "PERCENT",
}
registerEnumType(FigureKind, { name: "FigureKind" });
