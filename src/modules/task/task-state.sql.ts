import type { EntityManager } from "typeorm";
import { TaskStatus } from "./task.enums";

/**
 * The one definition of a task's state on a date, as SQL: the latest update by the lead
 * organisation reported on or before the date; DONE reported after the due date counts as
 * DONE_LATE; no update means NOT_STARTED; a SCHEDULED task past its due date and not finished is
 * overdue. `alias` is the task table's alias, `asOf` a reference to the date (":asOf", "$2").
 */
export function taskStateJoin(alias: string, asOf: string): string {
  return `LEFT JOIN LATERAL (
      SELECT tu.status, tu.progress_percent, tu.reported_on
        FROM task_update tu
       WHERE tu.task_id = ${alias}.id AND tu.organisation_id = ${alias}.lead_organisation_id AND tu.reported_on <= CAST(${asOf} AS date)
       ORDER BY tu.reported_on DESC, tu.created_at DESC
       LIMIT 1) ${alias}_state ON TRUE`;
}

export function taskStatusExpression(alias: string): string {
  return `(CASE
      WHEN ${alias}_state.status IS NULL THEN 'NOT_STARTED'
      WHEN ${alias}_state.status = 'DONE' AND ${alias}.due_on IS NOT NULL AND ${alias}_state.reported_on > ${alias}.due_on THEN 'DONE_LATE'
      ELSE CAST(${alias}_state.status AS text) END)`;
}

export function taskOverdueExpression(alias: string, asOf: string): string {
  return `(${alias}.cadence = 'SCHEDULED' AND ${alias}.due_on < CAST(${asOf} AS date)
      AND coalesce(CAST(${alias}_state.status AS text), 'NOT_STARTED') NOT IN ('DONE', 'DONE_LATE', 'CANCELLED'))`;
}

/** A task's state on a date (see task-state.sql.ts for the rule). */
export interface TaskState {
  status: TaskStatus;
  progressPercent: number | null;
  overdue: boolean;
}

/** States of many tasks on one date, in one statement. */
export async function loadTaskStates(db: EntityManager, taskIds: readonly string[], asOf: string): Promise<TaskState[]> {
  const raw: Array<{ id: string; status: TaskStatus; progress_percent: number | null; overdue: boolean }> = await db.query(
    `SELECT t.id, ${taskStatusExpression("t")} AS status, t_state.progress_percent, ${taskOverdueExpression("t", "$2")} AS overdue
       FROM task t ${taskStateJoin("t", "$2")}
      WHERE t.id = ANY($1::uuid[])`,
    [[...taskIds], asOf],
  );
  const byId = new Map(raw.map((r) => [r.id, { status: r.status, progressPercent: r.progress_percent, overdue: r.overdue }]));
  return taskIds.map((id) => byId.get(id) ?? { status: TaskStatus.NOT_STARTED, progressPercent: null, overdue: false });
}
