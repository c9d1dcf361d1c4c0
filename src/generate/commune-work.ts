import type { BatchStatement } from "./commune-directory";
import { fold, INDICATOR_NAMES, ISSUERS, TASK_TITLES } from "./shape";
import { auditedInsert, COMMUNES_CTE, GENERATOR_SOURCE, id, issuedOn, pick } from "./sql";

export const TASKS_PER_COMMUNE = 110;
export const INDICATORS_PER_COMMUNE = 50;

/**
 * Task j of a commune is assigned by the plan (even j) or the assignment notice (odd j) of its
 * issuer in block m; a Ban Chỉ đạo assigns to any bloc. The UBND coordinates every task it does
 * not lead, so one organisation has a full page of tasks.
 */
const TASKS_CTE = `tb AS (SELECT c.*, j, j % 5 AS i, 30 * ((j / 5) % 10) + j % 5 + (j % 2) * 5 AS k FROM c CROSS JOIN generate_series(0, ${TASKS_PER_COMMUNE - 1}) AS j),
  tk AS (SELECT tb.*, x.assigned_on, x.year,
                CASE tb.i WHEN 0 THEN ${pick("(tb.j / 5) % 2", ["DU.VP", "DU"])} WHEN 1 THEN ${pick("(tb.j / 5) % 2", ["HDND.TT", "HDND"])}
                          WHEN 2 THEN ${pick("(tb.j / 5) % 4", ["UBND", "UBND.VHXH", "UBND.KT", "UBND.VP"])} WHEN 3 THEN 'MTTQ'
                          ELSE ${pick("(tb.j / 5) % 5", ["UBND", "DU", "HDND", "MTTQ", "UBND.KT"])} END AS lead_key,
                CASE WHEN tb.j % 3 = 0 THEN NULL ELSE LEAST(make_date(x.year, 12, 31), x.assigned_on + 45 + (tb.j * 13) % 280) END AS due_on
           FROM tb CROSS JOIN LATERAL (SELECT ${issuedOn("tb.k", "tb.n")} AS assigned_on, extract(year FROM ${issuedOn("tb.k", "tb.n")})::int AS year) x)`;

const TASK = id("'gt'", "tk.n", "tk.j");
const org = (n: string, key: string) => id("'go'", n, key);

function tasks(): BatchStatement {
  return {
    name: "tasks",
    sql: auditedInsert({
      ctes: [COMMUNES_CTE, TASKS_CTE],
      table: "task",
      entityType: "Task",
      columns: ["id", "assigned_by_id", "code", "title", "lead_organisation_id", "cadence", "due_on", "period_start", "period_end", "search_text", "source_system", "external_id", "version"],
      select: `SELECT ${TASK} AS id, ${id("'gd'", "tk.n", "tk.k")} AS assigned_by_id, x.code, ${pick("tk.j % 10", TASK_TITLES)} || ' năm ' || tk.year AS title,
                      ${org("tk.n", "tk.lead_key")} AS lead_organisation_id, (CASE WHEN tk.j % 3 = 0 THEN 'ONGOING' ELSE 'SCHEDULED' END)::cadence AS cadence,
                      tk.due_on, make_date(tk.year, 1, 1) AS period_start, make_date(tk.year, 12, 31) AS period_end,
                      lower(x.code) || ' ' || ${pick("tk.j % 10", TASK_TITLES.map(fold))} || ' nam ' || tk.year AS search_text,
                      '${GENERATOR_SOURCE}' AS source_system, tk.code || ':T' || tk.j AS external_id, 1 AS version, ${org("tk.n", "tk.lead_key")} AS audit_org
                 FROM tk CROSS JOIN LATERAL (SELECT 'NV' || lpad((tk.j + 1)::text, 3, '0') AS code) x`,
    }),
  };
}

function coordinators(): BatchStatement {
  return {
    name: "task coordinators",
    sql: `WITH ${COMMUNES_CTE}, ${TASKS_CTE}
      INSERT INTO task_coordinator (task_id, organisation_id)
      SELECT ${TASK}, ${org("tk.n", "x.key")} FROM tk CROSS JOIN LATERAL (VALUES ('UBND'), (CASE WHEN tk.j % 2 = 0 THEN 'MTTQ' ELSE 'HDND.TT' END)) AS x(key)
       WHERE x.key <> tk.lead_key`,
  };
}

/** Status history: started, done (on time or late) or cancelled; the UBND reports its part of some. */
function updates(): BatchStatement {
  const update = (slot: number, orgKey: string, status: string, progress: number, on: string, where: string) =>
    `SELECT ${id("'gu'", "tk.n", "tk.j", slot)} AS id, ${TASK} AS task_id, ${org("tk.n", orgKey)} AS organisation_id, '${status}'::task_status AS status,
            ${progress} AS progress_percent, ${on} AS reported_on, ${org("tk.n", orgKey)} AS audit_org FROM tk WHERE ${where}`;
  return {
    name: "task updates",
    sql: auditedInsert({
      ctes: [COMMUNES_CTE, TASKS_CTE],
      table: "task_update",
      entityType: "TaskUpdate",
      columns: ["id", "task_id", "organisation_id", "status", "progress_percent", "reported_on"],
      select: [
        update(0, "tk.lead_key", "IN_PROGRESS", 40, "tk.assigned_on + 10 + tk.j % 20", "tk.j % 5 <> 0 AND tk.j % 7 <> 0"),
        update(1, "tk.lead_key", "DONE", 100, "coalesce(tk.due_on - 3, tk.assigned_on + 120)", "tk.j % 5 IN (1, 2) AND tk.j % 7 <> 0"),
        update(2, "tk.lead_key", "DONE", 100, "coalesce(tk.due_on + 10, tk.assigned_on + 150)", "tk.j % 5 = 3 AND tk.j % 7 <> 0"),
        update(3, "tk.lead_key", "CANCELLED", 0, "tk.assigned_on + 60", "tk.j % 7 = 0"),
        update(4, "'UBND'", "IN_PROGRESS", 50, "tk.assigned_on + 30", "tk.lead_key <> 'UBND' AND tk.j % 4 = 1"),
      ].join("\nUNION ALL\n"),
    }),
  };
}

/** Indicator q is defined by the plan of issuer q % 5 in block (q / 5) % 10 and measured on that body (a Ban Chỉ đạo's on the UBND). */
const INDICATORS_CTE = `ib AS (SELECT c.*, q, q % 5 AS i, q % 3 AS kind, 30 * ((q / 5) % 10) + q % 5 AS k FROM c CROSS JOIN generate_series(0, ${INDICATORS_PER_COMMUNE - 1}) AS q),
  ik AS (SELECT ib.*, ${issuedOn("ib.k", "ib.n")} AS planned_on, extract(year FROM ${issuedOn("ib.k", "ib.n")})::int AS year,
                ${pick("ib.i", ISSUERS.map((i) => i.key))} AS issuer_key, ${pick("ib.i", ISSUERS.map((i) => (i.key === "BCD" ? "UBND" : i.key)))} AS measured_key FROM ib)`;
const INDICATOR = id("'gi'", "ik.n", "ik.q");

function indicators(): BatchStatement {
  return {
    name: "indicators",
    sql: auditedInsert({
      ctes: [COMMUNES_CTE, INDICATORS_CTE],
      table: "indicator",
      entityType: "Indicator",
      columns: ["id", "defined_by_id", "code", "name", "measure_kind", "unit", "accumulation", "baseline", "search_text", "source_system", "external_id", "version"],
      select: `SELECT ${INDICATOR} AS id, ${id("'gd'", "ik.n", "ik.k")} AS defined_by_id, 'CT' || (ik.q + 1) AS code,
                      ${pick("ik.q % 10", INDICATOR_NAMES)} || ' năm ' || ik.year AS name, ${pick("ik.kind", ["RATIO", "COUNT", "PERCENT"])}::measure_kind AS measure_kind,
                      ${pick("ik.kind", ["hồ sơ", "tài khoản", "%"])} AS unit, (CASE WHEN ik.kind = 1 THEN 'CUMULATIVE' ELSE 'IN_PERIOD' END)::accumulation AS accumulation,
                      0 AS baseline, 'ct' || (ik.q + 1) || ' ' || ${pick("ik.q % 10", INDICATOR_NAMES.map(fold))} || ' nam ' || ik.year AS search_text,
                      '${GENERATOR_SOURCE}' AS source_system, ik.code || ':I' || ik.q AS external_id, 1 AS version, ${org("ik.n", "ik.issuer_key")} AS audit_org FROM ik`,
    }),
  };
}

/** The plan's target for the year; every tenth indicator is adjusted by a later notice. */
function targets(): BatchStatement {
  const goal = pick("ik.kind", ["0.9", "400", "90"]);
  const target = (slot: number, setBy: string, from: string, value: string, where: string) =>
    `SELECT ${id("'gtg'", "ik.n", "ik.q", slot)} AS id, ${INDICATOR} AS indicator_id, ${org("ik.n", "ik.measured_key")} AS organisation_id,
            make_date(ik.year, 1, 1) AS period_start, make_date(ik.year, 12, 31) AS period_end, ${value} AS target_value, ${from} AS effective_from,
            ${setBy} AS set_by_id, ${org("ik.n", "ik.measured_key")} AS audit_org FROM ik WHERE ${where}`;
  return {
    name: "targets",
    sql: auditedInsert({
      ctes: [COMMUNES_CTE, INDICATORS_CTE],
      table: "indicator_target",
      entityType: "IndicatorTarget",
      columns: ["id", "indicator_id", "organisation_id", "period_start", "period_end", "target_value", "effective_from", "set_by_id"],
      select: [
        target(0, id("'gd'", "ik.n", "ik.k"), "ik.planned_on", `${goal}::float8`, "TRUE"),
        target(1, id("'gd'", "ik.n", "ik.k + 25"), issuedOn("ik.k + 25", "ik.n"), `${goal}::float8 * 1.05`, "ik.q % 10 = 0"),
      ].join("\nUNION ALL\n"),
    }),
  };
}

/** Monthly figures up to November 2026, each sourced from a monthly report of the issuer. */
function measurements(): BatchStatement {
  return {
    name: "measurements",
    sql: auditedInsert({
      ctes: [COMMUNES_CTE, INDICATORS_CTE, `mk AS (SELECT ik.*, mo, make_date(ik.year, mo, 1) AS month_start, (make_date(ik.year, mo, 1) + interval '1 month - 1 day')::date AS month_end,
            40 + ik.q % 20 AS denominator FROM ik CROSS JOIN generate_series(1, 12) AS mo)`],
      table: "measurement",
      entityType: "Measurement",
      columns: ["id", "indicator_id", "organisation_id", "period_start", "period_end", "numerator", "denominator", "value", "source_document_id", "source_locator", "recorded_at"],
      select: `SELECT ${id("'gm'", "mk.n", "mk.q", "mk.mo")} AS id, ${id("'gi'", "mk.n", "mk.q")} AS indicator_id, ${org("mk.n", "mk.measured_key")} AS organisation_id,
                      mk.month_start AS period_start, mk.month_end AS period_end,
                      CASE WHEN mk.kind = 0 THEN x.numerator END AS numerator, CASE WHEN mk.kind = 0 THEN mk.denominator::float8 END AS denominator,
                      CASE mk.kind WHEN 0 THEN x.numerator / mk.denominator WHEN 1 THEN mk.mo * (30 + mk.q % 15) ELSE LEAST(100, 40 + mk.mo * 4 + mk.q % 9) END::float8 AS value,
                      ${id("'gd'", "mk.n", "30 * ((mk.mo - 1) % 10) + 15 + mk.i")} AS source_document_id, 'Mục I' AS source_locator,
                      (mk.month_end + 5)::timestamptz AS recorded_at, ${org("mk.n", "mk.measured_key")} AS audit_org
                 FROM mk CROSS JOIN LATERAL (SELECT round(mk.denominator * LEAST(1, 0.5 + mk.mo * 0.04 + (mk.q % 4) * 0.05))::float8 AS numerator) x
                WHERE mk.month_end <= DATE '2026-11-30'`,
    }),
  };
}

export function workStatements(): BatchStatement[] {
  return [tasks(), coordinators(), updates(), indicators(), targets(), measurements()];
}

