import { registerEnumType } from "type-graphql";

export enum Cadence {
  SCHEDULED = "SCHEDULED",
  ONGOING = "ONGOING",
}
registerEnumType(Cadence, { name: "Cadence", description: "Theo tiến độ (has a due date); thường xuyên" });

/** Status as reported in a dated update; DONE_LATE is also derived when DONE is reported after the due date. */
export enum TaskStatus {
  NOT_STARTED = "NOT_STARTED",
  IN_PROGRESS = "IN_PROGRESS",
  DONE = "DONE",
  DONE_LATE = "DONE_LATE",
  CANCELLED = "CANCELLED",
}
registerEnumType(TaskStatus, { name: "TaskStatus", description: "Chưa thực hiện; đang thực hiện; hoàn thành; hoàn thành quá hạn; hủy" });

export const FINISHED: ReadonlySet<TaskStatus> = new Set([TaskStatus.DONE, TaskStatus.DONE_LATE, TaskStatus.CANCELLED]);
