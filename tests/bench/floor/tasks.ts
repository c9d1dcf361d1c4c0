import type { Pool } from "pg";
import { globalId, type FloorCaller } from "./caller";

/** The state of task `t` on `asOf`: the lead's latest update on or before it (see the API's task-state.sql.ts). */
export const TASK_STATE = (asOf: string) => `LEFT JOIN LATERAL (
    SELECT tu.status, tu.progress_percent, tu.reported_on FROM task_update tu
     WHERE tu.task_id = t.id AND tu.organisation_id = t.lead_organisation_id AND tu.reported_on <= ${asOf}
     ORDER BY tu.reported_on DESC, tu.created_at DESC LIMIT 1) st ON TRUE`;
export const TASK_STATUS = `CASE WHEN st.status IS NULL THEN 'NOT_STARTED'
    WHEN st.status = 'DONE' AND t.due_on IS NOT NULL AND st.reported_on > t.due_on THEN 'DONE_LATE' ELSE st.status::text END`;
export const TASK_OVERDUE = (asOf: string) => `(t.cadence = 'SCHEDULED' AND t.due_on < ${asOf}
    AND coalesce(st.status::text, 'NOT_STARTED') NOT IN ('DONE', 'DONE_LATE', 'CANCELLED'))`;

/**
 * A page of the tasks one organisation leads or coordinates, among those the caller reads (led or
 * coordinated by a readable organisation), ordered by code then id, with state and lead: one statement.
 */
const TASKS_SQL = `WITH ids AS (SELECT id FROM task WHERE lead_organisation_id = $2 UNION SELECT task_id FROM task_coordinator WHERE organisation_id = $2),
  m AS (SELECT t.* FROM task t WHERE t.id IN (SELECT id FROM ids)
          AND (t.lead_organisation_id = ANY($1::uuid[]) OR EXISTS (SELECT 1 FROM task_coordinator c WHERE c.task_id = t.id AND c.organisation_id = ANY($1::uuid[])))),
  page AS (SELECT * FROM m ORDER BY coalesce(code, ''), id LIMIT $4::int + 1)
  SELECT (SELECT count(*) FROM m)::int AS total,
         coalesce((SELECT json_agg(json_build_object('id', t.id, 'code', t.code, 'title', t.title, 'dueOn', t.due_on, 'status', ${TASK_STATUS},
                   'overdue', ${TASK_OVERDUE("$3::date")}, 'lead', json_build_object('id', o.id, 'name', o.name)) ORDER BY coalesce(t.code, ''), t.id)
             FROM page t ${TASK_STATE("$3::date")} JOIN organisation o ON o.id = t.lead_organisation_id), '[]') AS rows
    FROM (SELECT 1) one`;

export async function tasksPage(pool: Pool, caller: FloorCaller, organisationId: string, asOf: string) {
  const first = 100;
  const { rows: [result] } = await pool.query({ name: "floor-tasks", text: TASKS_SQL, values: [caller.readable, organisationId, asOf, first] });
  const rows = result.rows as Array<{ id: string; code: string | null; title: string; dueOn: string | null; status: string; overdue: boolean; lead: { id: string; name: string } }>;
  const edges = rows.slice(0, first).map((t) => ({
    cursor: Buffer.from(JSON.stringify([t.code ?? "", t.id]), "utf8").toString("base64url"),
    node: { id: globalId("Task", t.id), code: t.code, title: t.title, dueOn: t.dueOn, status: t.status, overdue: t.overdue, leadOrganisation: { id: globalId("Organisation", t.lead.id), name: t.lead.name } },
  }));
  return {
    tasks: {
      totalCount: result.total,
      pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      edges: edges.map((e) => ({ node: e.node })),
    },
  };
}
