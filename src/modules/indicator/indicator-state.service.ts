import { requireActor, type Context } from "../../context";
import { getOrganisation } from "../organisation/organisation.service";
import type { Indicator } from "./indicator.entity";
import { IndicatorStatus } from "./indicator.enums";
import { Measurement } from "./measurement.entity";
import { judge } from "./status-rule";
import { measurementInForceJoin, targetInForceJoin } from "./target-in-force.sql";

export interface IndicatorState {
  status: IndicatorStatus;
  measurement: Measurement | null;
  targetValue: number | null;
}

/**
 * An indicator's colour for one organisation on a date: its measurement in force then, judged
 * against the target in force at the end of that measurement's period (or on the date, when
 * nothing was measured yet).
 */
export async function indicatorStateFor(ctx: Context, indicator: Indicator, organisationGlobalId: string, asOf: string): Promise<IndicatorState & { organisationId: string }> {
  requireActor(ctx);
  const organisation = await getOrganisation(ctx, organisationGlobalId, "organisationId");
  const [row]: Array<{ m_id: string | null; value: number | null; m_end: string | null; target_value: number | null; t_start: string | null; t_end: string | null }> = await ctx.dataSource.query(
    `SELECT m.id AS m_id, m.value, m.period_end AS m_end, tg.target_value, tg.period_start AS t_start, tg.period_end AS t_end
       FROM (SELECT CAST($1 AS uuid) AS indicator_id, CAST($2 AS uuid) AS organisation_id) p
       ${measurementInForceJoin({ alias: "m", indicator: "p.indicator_id", organisation: "p.organisation_id", date: "CAST($3 AS date)" })}
       ${targetInForceJoin({ alias: "tg", indicator: "p.indicator_id", organisation: "p.organisation_id", date: "coalesce(m.period_end, CAST($3 AS date))" })}`,
    [indicator.id, organisation.id, asOf],
  );
  const status = judge(
    indicator,
    row.t_start ? { targetValue: row.target_value, periodStart: row.t_start, periodEnd: row.t_end! } : null,
    row.m_id ? { value: row.value, periodEnd: row.m_end! } : null,
  );
  const measurement = row.m_id ? await ctx.dataSource.getRepository(Measurement).findOneBy({ id: row.m_id }) : null;
  return { status, measurement, targetValue: row.target_value, organisationId: organisation.id };
}
