import type { Context } from "../../context";
import { requireActor } from "../../auth/actor";
import { getOrganisation } from "../organisation/organisation.service";
import type { Indicator } from "./indicator.entity";
import { IndicatorStatus } from "./indicator.enums";
import { Measurement } from "./measurement.entity";
import { IN_FORCE_COLUMNS, judgeInForce, measurementInForceJoin, targetInForceJoin, type InForceRow } from "./target-in-force.sql";

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
  const [row]: InForceRow[] = await ctx.db.query(
    `SELECT ${IN_FORCE_COLUMNS}
       FROM (SELECT CAST($1 AS uuid) AS indicator_id, CAST($2 AS uuid) AS organisation_id) p JOIN indicator i ON i.id = p.indicator_id
       ${measurementInForceJoin({ alias: "m", indicator: "p.indicator_id", organisation: "p.organisation_id", date: "CAST($3 AS date)" })}
       ${targetInForceJoin({ alias: "tg", indicator: "p.indicator_id", organisation: "p.organisation_id", date: "coalesce(m.period_end, CAST($3 AS date))" })}`,
    [indicator.id, organisation.id, asOf],
  );
  const status = judgeInForce(row);
  const measurement = row.m_id ? await ctx.db.getRepository(Measurement).findOneBy({ id: row.m_id }) : null;
  return { status, measurement, targetValue: row.target_value, organisationId: organisation.id };
}
