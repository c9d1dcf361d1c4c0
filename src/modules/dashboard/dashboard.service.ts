import { In } from "typeorm";
import { organisationScopeSql } from "../../auth/policy";
import { todayInVietnam } from "../../calendar";
import type { Context } from "../../context";
import { requireActor } from "../../auth/actor";
import { badInput } from "../../errors";
import { Indicator } from "../indicator/indicator.entity";
import { IndicatorStatus } from "../indicator/indicator.enums";
import { Measurement } from "../indicator/measurement.entity";
import { IN_FORCE_COLUMNS, judgeInForce, measurementInForceJoin, targetInForceJoin, type InForceRow } from "../indicator/target-in-force.sql";
import { getLocality } from "../locality/locality.service";
import { Bloc, Organisation, OrganisationKind } from "../organisation/organisation.entity";
import { getOrganisation } from "../organisation/organisation.service";
import { Task } from "../task/task.entity";
import { TaskStatus } from "../task/task.enums";
import { taskOverdueExpression, taskStateJoin, taskStatusExpression } from "../task/task-state.sql";
import type { BlocTaskCounts, Dashboard, DashboardScope, Fraction, IndicatorCounts, IndicatorStatusRow, TaskCounts } from "./dashboard.types";

const OVERDUE_LIST_LIMIT = 100;

function fraction(numerator: number, denominator: number): Fraction {
  const pad = (n: number) => String(n).padStart(2, "0");
  return { numerator, denominator, text: `${pad(numerator)}/${pad(denominator)}` };
}

/** Which organisations' work (`o`: the lead or target organisation) and which documents' work (`doc`) count. */
interface ScopeSql {
  organisations: string;
  assignedThrough: string | null;
  params: Record<string, unknown>;
}

async function resolveScope(ctx: Context, scope: DashboardScope): Promise<ScopeSql> {
  const given = [scope.organisationId, scope.localityId, scope.steeringCommitteeId].filter(Boolean).length;
  if (given !== 1) throw badInput("scope", "cần đúng một trong organisationId, localityId, steeringCommitteeId / give exactly one of organisationId, localityId, steeringCommitteeId");
  const readable = organisationScopeSql(requireActor(ctx), ["read"], "o");
  if (scope.organisationId) {
    const organisation = await getOrganisation(ctx, scope.organisationId, "scope.organisationId");
    return { organisations: `o.path @> ARRAY[CAST(:scopeOrg AS uuid)] AND ${readable.sql}`, assignedThrough: null, params: { ...readable.params, scopeOrg: organisation.id } };
  }
  if (scope.localityId) {
    const locality = await getLocality(ctx, scope.localityId, "scope.localityId");
    return {
      organisations: `o.locality_id IN (SELECT sl.id FROM locality sl WHERE sl.path @> ARRAY[CAST(:scopeLocality AS uuid)]) AND ${readable.sql}`,
      assignedThrough: null,
      params: { ...readable.params, scopeLocality: locality.id },
    };
  }
  const committee = await getOrganisation(ctx, scope.steeringCommitteeId!, "scope.steeringCommitteeId");
  if (committee.kind !== OrganisationKind.STEERING_COMMITTEE) throw badInput("scope.steeringCommitteeId", "không phải Ban Chỉ đạo / not a steering committee");
  return {
    organisations: readable.sql,
    assignedThrough: `IN (SELECT sd.id FROM document sd WHERE sd.issuer_id = CAST(:scopeCommittee AS uuid))`,
    params: { ...readable.params, scopeCommittee: committee.id },
  };
}

function emptyCounts(): TaskCounts {
  return { total: 0, done: 0, doneLate: 0, inProgress: 0, overdue: 0, notStarted: 0, cancelled: 0, scheduled: 0, ongoing: 0, doneOfAssigned: fraction(0, 0), scheduledDoneOfScheduled: fraction(0, 0) };
}

interface TaskRow {
  bloc: Bloc;
  status: TaskStatus;
  overdue: boolean;
  cadence: string;
  n: number;
}

function addRow(counts: TaskCounts & { scheduledDone?: number }, row: TaskRow): void {
  counts.total += row.n;
  if (row.cadence === "SCHEDULED") counts.scheduled += row.n;
  else counts.ongoing += row.n;
  if (row.overdue) counts.overdue += row.n;
  else if (row.status === TaskStatus.DONE) counts.done += row.n;
  else if (row.status === TaskStatus.DONE_LATE) counts.doneLate += row.n;
  else if (row.status === TaskStatus.IN_PROGRESS) counts.inProgress += row.n;
  else if (row.status === TaskStatus.CANCELLED) counts.cancelled += row.n;
  else counts.notStarted += row.n;
  const done = row.status === TaskStatus.DONE || row.status === TaskStatus.DONE_LATE;
  if (done && row.cadence === "SCHEDULED") counts.scheduledDone = (counts.scheduledDone ?? 0) + row.n;
}

function finish<T extends TaskCounts & { scheduledDone?: number }>(counts: T, scheduledCancelled: number): T {
  counts.doneOfAssigned = fraction(counts.done + counts.doneLate, counts.total - counts.cancelled);
  counts.scheduledDoneOfScheduled = fraction(counts.scheduledDone ?? 0, counts.scheduled - scheduledCancelled);
  delete counts.scheduledDone;
  return counts;
}

/** Runs SQL written with :named parameters. */
async function query<T>(ctx: Context, sql: string, params: Record<string, unknown>): Promise<T[]> {
  const [text, values] = ctx.db.connection.driver.escapeQueryWithParameters(sql, params);
  return ctx.db.query(text, values);
}

async function taskSummary(ctx: Context, scope: ScopeSql, params: Record<string, unknown>) {
  const from = `FROM task t JOIN organisation o ON o.id = t.lead_organisation_id ${taskStateJoin("t", ":asOf")}
    WHERE ${scope.organisations} AND t.period_start <= CAST(:periodTo AS date) AND t.period_end >= CAST(:periodFrom AS date)
    ${scope.assignedThrough ? `AND t.assigned_by_id ${scope.assignedThrough}` : ""}`;
  const rows = await query<TaskRow & { n: string }>(
    ctx,
    `SELECT o.bloc, ${taskStatusExpression("t")} AS status, ${taskOverdueExpression("t", ":asOf")} AS overdue, t.cadence, count(*) AS n ${from} GROUP BY 1, 2, 3, 4`,
    params,
  );
  const overdueIds = await query<{ id: string }>(ctx, `SELECT t.id ${from} AND ${taskOverdueExpression("t", ":asOf")} ORDER BY t.due_on, t.id LIMIT ${OVERDUE_LIST_LIMIT}`, params);
  const total = emptyCounts();
  const byBloc = new Map<Bloc, BlocTaskCounts>();
  let cancelledScheduled = 0;
  const cancelledByBloc = new Map<Bloc, number>();
  for (const raw of rows) {
    const row = { ...raw, n: Number(raw.n) };
    addRow(total, row);
    if (!byBloc.has(row.bloc)) byBloc.set(row.bloc, { ...emptyCounts(), bloc: row.bloc });
    addRow(byBloc.get(row.bloc)!, row);
    if (row.status === TaskStatus.CANCELLED && row.cadence === "SCHEDULED") {
      cancelledScheduled += row.n;
      cancelledByBloc.set(row.bloc, (cancelledByBloc.get(row.bloc) ?? 0) + row.n);
    }
  }
  const [coordinated] = await query<{ total: string; done: string }>(
    ctx,
    `SELECT count(*) AS total, count(*) FILTER (WHERE cs.status IN ('DONE', 'DONE_LATE')) AS done
       FROM task t JOIN task_coordinator tc ON tc.task_id = t.id JOIN organisation o ON o.id = tc.organisation_id
       LEFT JOIN LATERAL (
         SELECT tu.status FROM task_update tu
          WHERE tu.task_id = t.id AND tu.organisation_id = tc.organisation_id AND tu.reported_on <= CAST(:asOf AS date)
          ORDER BY tu.reported_on DESC, tu.created_at DESC LIMIT 1) cs ON TRUE
      WHERE ${scope.organisations} AND t.period_start <= CAST(:periodTo AS date) AND t.period_end >= CAST(:periodFrom AS date)
      ${scope.assignedThrough ? `AND t.assigned_by_id ${scope.assignedThrough}` : ""}`,
    params,
  );
  const tasks = overdueIds.length ? await ctx.db.getRepository(Task).findBy({ id: In(overdueIds.map((r) => r.id)) }) : [];
  const order = new Map(overdueIds.map((r, i) => [r.id, i]));
  return {
    tasks: finish(total, cancelledScheduled),
    tasksByBloc: [...byBloc.values()].map((c) => finish(c, cancelledByBloc.get(c.bloc) ?? 0)).sort((a, b) => a.bloc.localeCompare(b.bloc)),
    overdueTasks: tasks.sort((a, b) => order.get(a.id)! - order.get(b.id)!),
    coordinatedDoneOfCoordinated: fraction(Number(coordinated.done), Number(coordinated.total)),
  };
}

interface IndicatorRow extends InForceRow {
  indicator_id: string;
  organisation_id: string;
}

async function indicatorSummary(ctx: Context, scope: ScopeSql, params: Record<string, unknown>): Promise<{ indicators: IndicatorCounts; indicatorRows: IndicatorStatusRow[] }> {
  const cutoff = "LEAST(CAST(:periodTo AS date), CAST(:asOf AS date))";
  const rows = await query<IndicatorRow>(
    ctx,
    `WITH pairs AS (
       SELECT DISTINCT it.indicator_id, it.organisation_id
         FROM indicator_target it JOIN organisation o ON o.id = it.organisation_id JOIN indicator si ON si.id = it.indicator_id
        WHERE ${scope.organisations} AND it.period_start <= CAST(:periodTo AS date) AND it.period_end >= CAST(:periodFrom AS date)
          ${scope.assignedThrough ? `AND (si.defined_by_id ${scope.assignedThrough} OR it.set_by_id ${scope.assignedThrough})` : ""})
     SELECT p.indicator_id, p.organisation_id, ${IN_FORCE_COLUMNS}
       FROM pairs p JOIN indicator i ON i.id = p.indicator_id
       ${measurementInForceJoin({ alias: "m", indicator: "p.indicator_id", organisation: "p.organisation_id", date: cutoff })}
       ${targetInForceJoin({ alias: "tg", indicator: "p.indicator_id", organisation: "p.organisation_id", date: `coalesce(m.period_end, ${cutoff})` })}
      -- A stable order: by indicator code, then organisation, whatever plan PostgreSQL picks.
      ORDER BY i.code, i.id, p.organisation_id`,
    params,
  );
  const counts = { total: rows.length, green: 0, amber: 0, red: 0, unknown: 0 };
  const statuses = rows.map(judgeInForce);
  for (const status of statuses) counts[({ GREEN: "green", AMBER: "amber", RED: "red", UNKNOWN: "unknown" } as const)[status]] += 1;
  const [indicators, organisations, measurements] = await Promise.all([
    rows.length ? ctx.db.getRepository(Indicator).findBy({ id: In([...new Set(rows.map((r) => r.indicator_id))]) }) : [],
    rows.length ? ctx.db.getRepository(Organisation).findBy({ id: In([...new Set(rows.map((r) => r.organisation_id))]) }) : [],
    rows.some((r) => r.m_id) ? ctx.db.getRepository(Measurement).findBy({ id: In(rows.filter((r) => r.m_id).map((r) => r.m_id!)) }) : [],
  ]);
  const find = <T extends { id: string }>(list: T[], id: string | null) => list.find((x) => x.id === id);
  return {
    indicators: { ...counts, greenOfAll: fraction(counts.green, counts.total), greenPercent: counts.total ? Math.round((counts.green / counts.total) * 10000) / 100 : 0 },
    indicatorRows: rows.map((r, i) => ({
      indicator: find(indicators, r.indicator_id)!,
      organisation: find(organisations, r.organisation_id)!,
      status: statuses[i] ?? IndicatorStatus.UNKNOWN,
      measurement: find(measurements, r.m_id) ?? null,
      targetValue: r.target_value,
    })),
  };
}

/**
 * The dashboard of an organisation, a locality or a steering committee for a period, on a date
 * (default today in Việt Nam). A fixed number of SQL statements, whatever the number of tasks
 * and indicators: aggregates and lateral joins, never one query per row.
 */
export async function dashboard(ctx: Context, scope: DashboardScope, period: { periodFrom: string; periodTo: string; asOf?: string }): Promise<Dashboard> {
  if (period.periodFrom > period.periodTo) throw badInput("periodTo", "trước ngày bắt đầu / before periodFrom");
  const asOf = period.asOf ?? todayInVietnam();
  const resolved = await resolveScope(ctx, scope);
  const params = { ...resolved.params, periodFrom: period.periodFrom, periodTo: period.periodTo, asOf };
  const [tasks, indicators] = [await taskSummary(ctx, resolved, params), await indicatorSummary(ctx, resolved, params)];
  return { asOf, periodFrom: period.periodFrom, periodTo: period.periodTo, ...tasks, ...indicators };
}
