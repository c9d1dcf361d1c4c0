import type { BatchStatement } from "./commune-directory";
import { COMMUNE_BODIES, fold, ISSUERS, KINDS } from "./shape";
import { auditedInsert, COMMUNES_CTE, GENERATOR_SOURCE, id, issuedOn, textArray } from "./sql";

/** Documents per commune: ten blocks of 30 (see KINDS). */
export const DOCUMENTS_PER_COMMUNE = 300;

const DOCS_CTE = `d AS (SELECT c.*, k, k % 5 AS i, (k / 5) % 6 AS t, k / 30 AS m, ${issuedOn("k", "c.n")} AS issued_on
    FROM c CROSS JOIN generate_series(0, ${DOCUMENTS_PER_COMMUNE - 1}) AS k)`;

const KINDS_CTE = `kinds AS (SELECT * FROM unnest(${textArray(KINDS.map((k) => k.type))}, ${textArray(KINDS.map((k) => k.code))},
    ${textArray(KINDS.map((k) => fold(k.code)))}, ${textArray(KINDS.map((k) => fold(k.label)))}, ${textArray(KINDS.map((k) => k.title))},
    ${textArray(KINDS.map((k) => fold(k.title)))}) WITH ORDINALITY AS x(type, code, code_fold, label_fold, title, title_fold, ord))`;

const issuerLabel = (key: string) => {
  const body = COMMUNE_BODIES.find((b) => b.key === key)!;
  return [fold(body.name), fold(body.shortName)];
};
const ISSUERS_CTE = `issuers AS (SELECT * FROM unnest(${textArray(ISSUERS.map((i) => i.key))}, ${textArray(ISSUERS.map((i) => i.code))},
    ${textArray(ISSUERS.map((i) => fold(i.code)))}, ARRAY[${ISSUERS.map((i) => i.party).join(", ")}]::boolean[],
    ${textArray(ISSUERS.map((i) => issuerLabel(i.key)[0]))}, ${textArray(ISSUERS.map((i) => issuerLabel(i.key)[1]))})
    WITH ORDINALITY AS y(key, code, code_fold, party, name_fold, short_fold, ord))`;

/** Plans, notices, letters, reports and decisions of the five issuing bodies of each commune. */
function documents(): BatchStatement {
  const ref = (code: string, issuer: string) => `CASE WHEN iss.party THEN (d.k + 1) || '-' || ${code} || '/' || ${issuer} ELSE (d.k + 1) || '/' || ${code} || '-' || ${issuer} END`;
  const issuer = id("'go'", "d.n", "iss.key");
  return {
    name: "documents",
    sql: auditedInsert({
      ctes: [COMMUNES_CTE, DOCS_CTE, KINDS_CTE, ISSUERS_CTE],
      table: "document",
      entityType: "Document",
      columns: ["id", "type", "number", "symbol", "reference_as_written", "reference", "reference_system", "type_code", "issuer_code", "issuer_id", "issuer_key",
        "issued_on", "issued_year", "title", "classification", "source_system", "external_id", "plan_year", "period_start", "period_end", "notice_kind",
        "period_kind", "report_status", "submitted_at", "search_text", "version"],
      select: `SELECT ${id("'gd'", "d.n", "d.k")} AS id, kinds.type::document_type AS type, (d.k + 1)::text AS number,
          CASE WHEN iss.party THEN kinds.code || '/' || iss.code ELSE kinds.code || '-' || iss.code END AS symbol,
          x.ref AS reference_as_written, x.ref AS reference, CASE WHEN iss.party THEN 'PARTY' ELSE 'STATE' END AS reference_system,
          kinds.code AS type_code, iss.code AS issuer_code, ${issuer} AS issuer_id, (${issuer})::text AS issuer_key,
          d.issued_on, x.year AS issued_year, kinds.title || ' ' || x.suffix AS title,
          (CASE WHEN (d.k + d.n) % 50 = 7 THEN 'CONFIDENTIAL' ELSE 'UNCLASSIFIED' END)::classification AS classification,
          '${GENERATOR_SOURCE}' AS source_system, d.code || ':' || d.k AS external_id,
          CASE WHEN d.t = 0 THEN x.year END AS plan_year, CASE WHEN d.t = 0 THEN make_date(x.year, 1, 1) END AS period_start,
          CASE WHEN d.t = 0 THEN make_date(x.year, 12, 31) END AS period_end,
          (CASE WHEN d.t = 1 THEN 'ASSIGNMENT' WHEN d.t = 5 AND d.m % 2 = 0 THEN 'ADJUSTMENT' WHEN d.t = 5 THEN 'CONCLUSION' END)::notice_kind AS notice_kind,
          (CASE WHEN d.t = 3 THEN 'MONTH' END)::report_period_kind AS period_kind,
          (CASE WHEN d.t <> 3 THEN NULL WHEN d.issued_on < DATE '2026-06-01' THEN 'ACCEPTED' ELSE 'SUBMITTED' END)::report_status AS report_status,
          CASE WHEN d.t = 3 THEN d.issued_on::timestamptz END AS submitted_at,
          kinds.label_fold || ' ' || lower(${ref("kinds.code_fold", "iss.code_fold")}) || ' ' || kinds.title_fold || ' ' || x.suffix || ' '
            || iss.name_fold || ' ' || d.unit_fold || ' ' || d.place_fold || ' ' || iss.short_fold || ' ' || d.unit_fold AS search_text,
          1 AS version, ${issuer} AS audit_org
        FROM d JOIN kinds ON kinds.ord = d.t + 1 JOIN issuers iss ON iss.ord = d.i + 1
        CROSS JOIN LATERAL (SELECT ${ref("kinds.code", "iss.code")} AS ref, extract(year FROM d.issued_on)::int AS year,
                                   CASE WHEN d.t = 3 THEN to_char(d.issued_on, 'MM/YYYY') ELSE extract(year FROM d.issued_on)::text END AS suffix) x`,
    }),
  };
}

/**
 * Căn cứ: every plan rests on 57-NQ/TW and the province's plan (the Đảng ủy's on the Tỉnh ủy's, the
 * others also on the Đảng ủy's plan of the block); notices implement (or adjust) their block's plan
 * of the same issuer; letters, decisions and reports are based on it. Chains reach 57-NQ/TW.
 */
function legalBases(root57: string): BatchStatement {
  const from = id("'gd'", "d.n", "d.k");
  const link = (slot: number, to: string, relation: string, where: string) =>
    `SELECT ${id("'gb'", "d.n", "d.k", slot)} AS id, ${from} AS from_document_id, ${to} AS to_document_id, (${relation})::legal_relation AS relation,
            ${id("'go'", "d.n", `(${textArray(ISSUERS.map((i) => i.key))})[d.i + 1]`)} AS audit_org FROM d WHERE ${where}`;
  return {
    name: "legal bases",
    sql: auditedInsert({
      ctes: [COMMUNES_CTE, DOCS_CTE],
      table: "legal_basis",
      entityType: "LegalBasis",
      columns: ["id", "from_document_id", "to_document_id", "relation"],
      select: [
        link(0, `'${root57}'::uuid`, "'BASED_ON'", "d.t = 0"),
        link(1, id("'gpd'", "d.p", "'TU'"), "'BASED_ON'", "d.t = 0 AND d.i = 0"),
        link(2, id("'gpd'", "d.p", "'UBND'"), "'BASED_ON'", "d.t = 0 AND d.i <> 0"),
        link(3, id("'gd'", "d.n", "30 * d.m"), "'BASED_ON'", "d.t = 0 AND d.i <> 0"),
        link(4, id("'gd'", "d.n", "30 * d.m + d.i"), "CASE WHEN d.t = 1 THEN 'IMPLEMENTS' WHEN d.t = 5 AND d.m % 2 = 0 THEN 'ADJUSTS' ELSE 'BASED_ON' END", "d.t <> 0"),
      ].join("\nUNION ALL\n"),
    }),
  };
}

export function documentStatements(root57: string): BatchStatement[] {
  return [documents(), legalBases(root57)];
}
