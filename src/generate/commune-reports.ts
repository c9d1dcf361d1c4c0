import type { BatchStatement } from "./commune-directory";
import { COMMUNES_CTE, id, pick } from "./sql";

/**
 * The content of the monthly reports (kind 3 of each block): one section quoting the figure of the
 * issuer's first indicator for the month, linked to its measurement, and the two recipients (the
 * commune's Ban Chỉ đạo and the province's People's Committee).
 */
const REPORTS_CTE = `rp AS (SELECT c.*, m, i, 30 * m + 15 + i AS k FROM c CROSS JOIN generate_series(0, 9) AS m CROSS JOIN generate_series(0, 4) AS i),
  rm AS (SELECT rp.*, ms.id AS measurement_id, ms.value, ms.numerator, ms.denominator, ind.measure_kind, ind.unit AS indicator_unit, ind.code AS indicator_code,
                CASE ind.measure_kind WHEN 'RATIO' THEN ms.numerator::int || '/' || ms.denominator::int WHEN 'PERCENT' THEN ms.value::int || '%' ELSE ms.value::int::text END AS text
           FROM rp LEFT JOIN measurement ms ON ms.id = ${id("'gm'", "rp.n", "rp.i", "rp.m + 1")} LEFT JOIN indicator ind ON ind.id = ms.indicator_id)`;
const REPORT = id("'gd'", "rm.n", "rm.k");
const SECTION = id("'gs'", "rm.n", "rm.k");
const PREFIX = "'Chỉ tiêu ' || rm.indicator_code || ' đạt '";

function sections(): BatchStatement {
  return {
    name: "report sections",
    sql: `WITH ${COMMUNES_CTE}, ${REPORTS_CTE}
      INSERT INTO report_section (id, report_id, position, level, numbering, heading, body)
      SELECT ${SECTION}, ${REPORT}, 0, 1, 'I', 'KẾT QUẢ THỰC HIỆN',
             CASE WHEN rm.measurement_id IS NULL THEN 'Các nhiệm vụ được triển khai theo kế hoạch.' ELSE ${PREFIX} || rm.text || ' trong kỳ báo cáo.' END
        FROM rm`,
  };
}

function figures(): BatchStatement {
  return {
    name: "report figures",
    sql: `WITH ${COMMUNES_CTE}, ${REPORTS_CTE}
      INSERT INTO report_figure (id, report_id, section_id, position, label, kind, text, value, numerator, denominator, unit, span_start, span_end, measurement_id)
      SELECT ${id("'gf'", "rm.n", "rm.k")}, ${REPORT}, ${SECTION}, 0, 'Chỉ tiêu ' || rm.indicator_code, rm.measure_kind::text::figure_kind, rm.text,
             rm.value, rm.numerator, rm.denominator, rm.indicator_unit, length(${PREFIX}), length(${PREFIX}) + length(rm.text), rm.measurement_id
        FROM rm WHERE rm.measurement_id IS NOT NULL`,
  };
}

function recipients(): BatchStatement {
  return {
    name: "report recipients",
    sql: `WITH ${COMMUNES_CTE}, ${REPORTS_CTE}
      INSERT INTO report_recipient (id, report_id, position, organisation_id, name, purpose)
      SELECT ${id("'gr'", "rm.n", "rm.k", "x.position")}, ${REPORT}, x.position, x.organisation_id, o.name, ${pick("x.position", ["Để chỉ đạo", "Để báo cáo"])}
        FROM rm CROSS JOIN LATERAL (VALUES (0, ${id("'go'", "rm.n", "'BCD'")}), (1, ${id("'gpo'", "rm.p", "'UBND'")})) AS x(position, organisation_id)
        JOIN organisation o ON o.id = x.organisation_id`,
  };
}

export function reportStatements(): BatchStatement[] {
  return [sections(), figures(), recipients()];
}
