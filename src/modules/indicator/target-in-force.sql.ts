import type { EntityManager } from "typeorm";
import { IndicatorStatus, type Accumulation, type Direction, type MeasureKind } from "./indicator.enums";
import { judge } from "./status-rule";

/**
 * The one definition of "the target in force" as SQL: for an indicator and organisation on a
 * date, the target whose period contains the date and which was in force by then (effective_from
 * on or before it); an adjustment in force later wins over the target it adjusts, which stays for
 * the dates before it. Dates are calendar (business) dates, not the time a row was written.
 */
export function targetInForceJoin(options: { alias: string; indicator: string; organisation: string; date: string }): string {
  const { alias, indicator, organisation, date } = options;
  return `LEFT JOIN LATERAL (
      SELECT tg.id, tg.target_value, tg.period_start, tg.period_end, tg.effective_from, tg.set_by_id
        FROM indicator_target tg
       WHERE tg.indicator_id = ${indicator} AND tg.organisation_id = ${organisation}
         AND tg.period_start <= ${date} AND tg.period_end >= ${date} AND tg.effective_from <= ${date}
       ORDER BY tg.effective_from DESC, tg.created_at DESC
       LIMIT 1) ${alias} ON TRUE`;
}

/**
 * The measurement in force for an indicator and organisation on a date: the latest by period end
 * on or before the date that no correction supersedes (a correction replaces the figure it corrects).
 */
export function measurementInForceJoin(options: { alias: string; indicator: string; organisation: string; date: string }): string {
  const { alias, indicator, organisation, date } = options;
  return `LEFT JOIN LATERAL (
      SELECT lm.id, lm.value, lm.period_end FROM measurement lm
       WHERE lm.indicator_id = ${indicator} AND lm.organisation_id = ${organisation} AND lm.period_end <= ${date}
         AND NOT EXISTS (SELECT 1 FROM measurement c WHERE c.supersedes_id = lm.id)
       ORDER BY lm.period_end DESC, lm.recorded_at DESC
       LIMIT 1) ${alias} ON TRUE`;
}

/**
 * A row joined with an indicator (i), its measurement in force (m) and the target in force (tg),
 * selected under these names: `i.measure_kind, i.direction, i.accumulation, i.baseline,
 * m.id AS m_id, m.value, m.period_end AS m_end, tg.target_value, tg.period_start AS t_start,
 * tg.period_end AS t_end`.
 */
export interface InForceRow {
  measure_kind: MeasureKind;
  direction: Direction;
  accumulation: Accumulation;
  baseline: number | null;
  m_id: string | null;
  value: number | null;
  m_end: string | null;
  target_value: number | null;
  t_start: string | null;
  t_end: string | null;
}

/** The columns an InForceRow is read from. */
export const IN_FORCE_COLUMNS = `i.measure_kind, i.direction, i.accumulation, i.baseline,
  m.id AS m_id, m.value, m.period_end AS m_end, tg.target_value, tg.period_start AS t_start, tg.period_end AS t_end`;

/** The colour of such a row (see status-rule.ts). */
export function judgeInForce(row: InForceRow): IndicatorStatus {
  return judge(
    { measureKind: row.measure_kind, direction: row.direction, accumulation: row.accumulation, baseline: row.baseline },
    row.t_start ? { targetValue: row.target_value, periodStart: row.t_start, periodEnd: row.t_end! } : null,
    row.m_id ? { value: row.value, periodEnd: row.m_end! } : null,
  );
}

/** Colours of many measurements, each judged against the target in force at the end of its period, in one statement. */
export async function loadMeasurementStatuses(db: EntityManager, ids: readonly string[]): Promise<IndicatorStatus[]> {
  const rows: InForceRow[] = await db.query(
      `SELECT ${IN_FORCE_COLUMNS}
         FROM measurement m JOIN indicator i ON i.id = m.indicator_id
         ${targetInForceJoin({ alias: "tg", indicator: "m.indicator_id", organisation: "m.organisation_id", date: "m.period_end" })}
        WHERE m.id = ANY($1::uuid[])`,
      [[...ids]],
    );
  const byId = new Map(rows.map((row) => [row.m_id, judgeInForce(row)]));
  return ids.map((id) => byId.get(id) ?? IndicatorStatus.UNKNOWN);
}
