/**
 * The one definition of "the target in force" as SQL: for an indicator and organisation on a
 * date, the target whose period contains the date and which was in force by then (effective_from
 * on or before it); an adjustment in force later wins over the target it adjusts. Targets
 * recorded after `recordedBefore` are ignored, so a past state can be asked for.
 */
export function targetInForceJoin(options: { alias: string; indicator: string; organisation: string; date: string; recordedBefore: string }): string {
  const { alias, indicator, organisation, date, recordedBefore } = options;
  return `LEFT JOIN LATERAL (
      SELECT tg.id, tg.target_value, tg.period_start, tg.period_end, tg.effective_from, tg.set_by_id
        FROM indicator_target tg
       WHERE tg.indicator_id = ${indicator} AND tg.organisation_id = ${organisation}
         AND tg.period_start <= ${date} AND tg.period_end >= ${date} AND tg.effective_from <= ${date}
         AND tg.created_at < ${recordedBefore}
       ORDER BY tg.effective_from DESC, tg.created_at DESC
       LIMIT 1) ${alias} ON TRUE`;
}

/** End of a Vietnamese calendar day as a timestamp: records made on `date` (in Việt Nam) are before it. */
export function endOfVietnamDay(dateRef: string): string {
  return `((CAST(${dateRef} AS date) + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')`;
}
