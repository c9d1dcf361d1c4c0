import type { Pool } from "pg";
import { judge } from "../../../src/modules/indicator/status-rule";
import { globalId, type FloorCaller } from "./caller";
import { TASK_OVERDUE, TASK_STATE, TASK_STATUS } from "./tasks";

/**
 * The dashboard of one organisation (and its sub-units) in one statement: task states grouped by
 * bloc, status, overdue and cadence; the first 100 overdue tasks; coordinated tasks done on the
 * coordinator's part; every indicator target pair with its measurement and target in force.
 * The colour rule is the API's own (status-rule.ts): the floor differs in the stack, not the rules.
 */
const DASHBOARD_SQL = `WITH s AS (SELECT id, bloc, name FROM organisation WHERE id = ANY($1::uuid[]) AND path @> ARRAY[$2::uuid]),
  ts AS (SELECT t.id, t.code, t.title, t.due_on, t.cadence::text AS cadence, s.bloc::text AS bloc, ${TASK_STATUS} AS status, ${TASK_OVERDUE("$5::date")} AS overdue
           FROM s JOIN task t ON t.lead_organisation_id = s.id ${TASK_STATE("$5::date")}
          WHERE t.period_start <= $4::date AND t.period_end >= $3::date),
  co AS (SELECT cs.status FROM s JOIN task_coordinator tc ON tc.organisation_id = s.id JOIN task t ON t.id = tc.task_id
           LEFT JOIN LATERAL (SELECT tu.status FROM task_update tu WHERE tu.task_id = t.id AND tu.organisation_id = tc.organisation_id AND tu.reported_on <= $5::date
                               ORDER BY tu.reported_on DESC, tu.created_at DESC LIMIT 1) cs ON TRUE
          WHERE t.period_start <= $4::date AND t.period_end >= $3::date),
  pairs AS (SELECT DISTINCT it.indicator_id, it.organisation_id FROM s JOIN indicator_target it ON it.organisation_id = s.id
             WHERE it.period_start <= $4::date AND it.period_end >= $3::date),
  ind AS (SELECT i.id, i.code, i.measure_kind, i.direction, i.accumulation, i.baseline, o.id AS org_id, o.name AS org_name,
                 m.id AS m_id, m.value, m.period_end AS m_end, tg.target_value, tg.period_start AS t_start, tg.period_end AS t_end
            FROM pairs p JOIN indicator i ON i.id = p.indicator_id JOIN s o ON o.id = p.organisation_id
            LEFT JOIN LATERAL (SELECT lm.id, lm.value, lm.period_end FROM measurement lm
                                WHERE lm.indicator_id = p.indicator_id AND lm.organisation_id = p.organisation_id AND lm.period_end <= LEAST($4::date, $5::date)
                                  AND NOT EXISTS (SELECT 1 FROM measurement c WHERE c.supersedes_id = lm.id)
                                ORDER BY lm.period_end DESC, lm.recorded_at DESC LIMIT 1) m ON TRUE
            LEFT JOIN LATERAL (SELECT tg.target_value, tg.period_start, tg.period_end FROM indicator_target tg
                                WHERE tg.indicator_id = p.indicator_id AND tg.organisation_id = p.organisation_id
                                  AND tg.period_start <= coalesce(m.period_end, LEAST($4::date, $5::date)) AND tg.period_end >= coalesce(m.period_end, LEAST($4::date, $5::date))
                                  AND tg.effective_from <= coalesce(m.period_end, LEAST($4::date, $5::date))
                                ORDER BY tg.effective_from DESC, tg.created_at DESC LIMIT 1) tg ON TRUE)
  SELECT (SELECT coalesce(json_agg(g), '[]') FROM (SELECT bloc, status, overdue, cadence, count(*)::int AS n FROM ts GROUP BY 1, 2, 3, 4) g) AS groups,
         (SELECT coalesce(json_agg(json_build_object('id', o.id, 'code', o.code, 'title', o.title, 'dueOn', o.due_on) ORDER BY o.due_on, o.id), '[]')
            FROM (SELECT * FROM ts WHERE overdue ORDER BY due_on, id LIMIT 100) o) AS overdue,
         (SELECT json_build_object('total', count(*), 'done', count(*) FILTER (WHERE status IN ('DONE', 'DONE_LATE'))) FROM co) AS coordinated,
         (SELECT coalesce(json_agg(ind ORDER BY ind.code, ind.id, ind.org_id), '[]') FROM ind) AS indicators`;

const pad = (n: number) => String(n).padStart(2, "0");
const fraction = (a: number, b: number) => ({ text: `${pad(a)}/${pad(b)}` });

type Group = { bloc: string; status: string; overdue: boolean; cadence: string; n: number };

function counts(groups: Group[]) {
  const c = { total: 0, done: 0, doneLate: 0, inProgress: 0, overdue: 0, notStarted: 0, cancelled: 0, scheduled: 0, ongoing: 0, scheduledDone: 0, scheduledCancelled: 0 };
  for (const g of groups) {
    c.total += g.n;
    if (g.cadence === "SCHEDULED") c.scheduled += g.n;
    else c.ongoing += g.n;
    if (g.overdue) c.overdue += g.n;
    else if (g.status === "DONE") c.done += g.n;
    else if (g.status === "DONE_LATE") c.doneLate += g.n;
    else if (g.status === "IN_PROGRESS") c.inProgress += g.n;
    else if (g.status === "CANCELLED") c.cancelled += g.n;
    else c.notStarted += g.n;
    if ((g.status === "DONE" || g.status === "DONE_LATE") && g.cadence === "SCHEDULED") c.scheduledDone += g.n;
    if (g.status === "CANCELLED" && g.cadence === "SCHEDULED") c.scheduledCancelled += g.n;
  }
  const { scheduledDone, scheduledCancelled, ...shown } = c;
  return { ...shown, doneOfAssigned: fraction(c.done + c.doneLate, c.total - c.cancelled), scheduledDoneOfScheduled: fraction(scheduledDone, c.scheduled - scheduledCancelled) };
}

export async function dashboard(pool: Pool, caller: FloorCaller, organisationId: string, period: { periodFrom: string; periodTo: string; asOf: string }) {
  const { rows: [r] } = await pool.query({ name: "floor-dashboard", text: DASHBOARD_SQL, values: [caller.readable, organisationId, period.periodFrom, period.periodTo, period.asOf] });
  const groups = r.groups as Group[];
  const blocs = [...new Set(groups.map((g) => g.bloc))].sort((a, b) => a.localeCompare(b));
  const rows = (r.indicators as any[]).map((i) => ({
    status: judge(
      { measureKind: i.measure_kind, direction: i.direction, accumulation: i.accumulation, baseline: i.baseline },
      i.t_start ? { targetValue: i.target_value, periodStart: i.t_start, periodEnd: i.t_end } : null,
      i.m_id ? { value: i.value, periodEnd: i.m_end } : null,
    ),
    targetValue: i.target_value,
    indicator: { id: globalId("Indicator", i.id), code: i.code },
    organisation: { id: globalId("Organisation", i.org_id), name: i.org_name },
    measurement: i.m_id ? { id: globalId("Measurement", i.m_id), value: i.value } : null,
  }));
  const tally = { total: rows.length, green: 0, amber: 0, red: 0, unknown: 0 };
  for (const row of rows) tally[row.status.toLowerCase() as "green"] += 1;
  return {
    dashboard: {
      tasks: counts(groups),
      tasksByBloc: blocs.map((bloc) => ({ bloc, ...counts(groups.filter((g) => g.bloc === bloc)) })),
      coordinatedDoneOfCoordinated: fraction(Number(r.coordinated.done), Number(r.coordinated.total)),
      indicators: { ...tally, greenOfAll: fraction(tally.green, tally.total), greenPercent: tally.total ? Math.round((tally.green / tally.total) * 10000) / 100 : 0 },
      indicatorRows: rows,
      overdueTasks: (r.overdue as any[]).map((t) => ({ id: globalId("Task", t.id), code: t.code, title: t.title, dueOn: t.dueOn })),
    },
  };
}
