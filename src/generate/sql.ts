/** SQL building blocks of the generator: deterministic ids, the communes of a batch, audited inserts. */

export const GENERATOR_ACTOR = "system:generate";
export const GENERATOR_SOURCE = "generator";

/**
 * A deterministic uuid from a key (`id("'go'", "c.n", "'UBND'")`): md5 of the parts joined by dots.
 * Re-running a statement finds the same rows, and one statement points at another's rows without
 * reading them back.
 */
export function id(...parts: Array<string | number>): string {
  return `md5(${parts.map(String).join(" || '.' || ")})::uuid`;
}

/**
 * The communes of a batch (`$1`, an int[] of commune numbers) with their province `p` (1..34) and
 * name parts; `$2`/`$3` are the place names and their folded forms.
 */
export const COMMUNES_CTE = `c AS (
  SELECT g.n, g.p, 'G' || lpad(g.p::text, 2, '0') || '.X' || lpad(g.n::text, 4, '0') AS code,
         CASE WHEN g.n % 4 = 0 THEN 'phường' ELSE 'xã' END AS unit,
         CASE WHEN g.n % 4 = 0 THEN 'Phường' ELSE 'Xã' END AS unit_cap,
         CASE WHEN g.n % 4 = 0 THEN 'phuong' ELSE 'xa' END AS unit_fold,
         ($2::text[])[1 + ((g.n - 1) / 34) % cardinality($2::text[])] AS place,
         ($3::text[])[1 + ((g.n - 1) / 34) % cardinality($3::text[])] AS place_fold
    FROM (SELECT n, ((n - 1) % 34) + 1 AS p FROM unnest($1::int[]) AS n) g)`;

/** The date document k of commune n was issued: spread over 2025 and most of 2026. */
export function issuedOn(k: string, n = "n"): string {
  return `(DATE '2025-01-06' + (${k} * 2 + ${n} % 5))`;
}

/**
 * One statement that inserts the rows of `select` (a query over the CTEs, yielding exactly the
 * table's `columns` plus `audit_org`) and appends one audit event per row, as every write of the
 * API does; the event's `after` is the row as inserted (without folded search text or secrets).
 */
export function auditedInsert(options: { ctes: string[]; table: string; entityType: string; columns: string[]; select: string }): string {
  const columns = options.columns.join(", ");
  return `WITH ${options.ctes.join(",\n")},
  r AS MATERIALIZED (${options.select}),
  ins AS (INSERT INTO ${options.table} (${columns}) SELECT ${columns} FROM r)
  INSERT INTO audit_event (action, entity_type, entity_id, organisation_id, actor_username, after)
  SELECT '${options.entityType.toLowerCase()}.generate', '${options.entityType}', r.id, r.audit_org, '${GENERATOR_ACTOR}',
         to_jsonb(r) - 'search_text' - 'audit_org' - 'password_hash'
    FROM r`;
}

/** A SQL text[] literal of constant strings. */
export function textArray(values: readonly string[]): string {
  return `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(", ")}]::text[]`;
}

/** The constant string at 0-based index `expr` of `values`. */
export function pick(expr: string, values: readonly string[]): string {
  return `(${textArray(values)})[1 + (${expr})]`;
}
