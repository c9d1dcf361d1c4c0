import { registerEnumType } from "type-graphql";

export enum MeasureKind {
  RATIO = "RATIO",
  COUNT = "COUNT",
  PERCENT = "PERCENT",
  BOOLEAN = "BOOLEAN",
  TEXT = "TEXT",
}
registerEnumType(MeasureKind, { name: "MeasureKind", description: "Tỷ lệ tử/mẫu (15/27); số lượng (11 952); phần trăm; có/không; định tính" });

export enum Direction {
  HIGHER_IS_BETTER = "HIGHER_IS_BETTER",
  LOWER_IS_BETTER = "LOWER_IS_BETTER",
}
registerEnumType(Direction, { name: "Direction" });

export enum Accumulation {
  CUMULATIVE = "CUMULATIVE",
  IN_PERIOD = "IN_PERIOD",
}
registerEnumType(Accumulation, { name: "Accumulation", description: "Lũy kế; trong kỳ" });

export enum IndicatorStatus {
  GREEN = "GREEN",
  AMBER = "AMBER",
  RED = "RED",
  UNKNOWN = "UNKNOWN",
}
registerEnumType(IndicatorStatus, { name: "IndicatorStatus", description: "Xanh (đạt); vàng (đúng tiến độ); đỏ (chậm); chưa xác định" });
