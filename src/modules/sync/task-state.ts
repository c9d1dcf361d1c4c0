import type { EntityManager } from "typeorm";
import type { TaskStatus } from "../task/task.enums";

/** What a sync compares a stored task with besides its columns: its coordinators and the lead's latest status. */
export interface StoredTaskState {
  coordinators: string[];
  status: TaskStatus | null;
}

/** Coordinators and latest lead status of many tasks, in one statement. */
export async function storedTaskState(db: EntityManager, ids: string[]): Promise<Map<string, StoredTaskState>> {
  if (ids.length === 0) return new Map();
  const rows: Array<{ id: string; coordinators: string[] | null; status: TaskStatus | null }> = await db.query(
    `SELECT t.id,
            (SELECT array_agg(c.organisation_id::text ORDER BY c.organisation_id::text) FROM task_coordinator c WHERE c.task_id = t.id) AS coordinators,
            (SELECT u.status FROM task_update u WHERE u.task_id = t.id AND u.organisation_id = t.lead_organisation_id
              ORDER BY u.reported_on DESC, u.created_at DESC LIMIT 1) AS status
       FROM task t WHERE t.id = ANY($1::uuid[])`,
    [ids],
  );
  return new Map(rows.map((r) => [r.id, { coordinators: r.coordinators ?? [], status: r.status }]));
}
