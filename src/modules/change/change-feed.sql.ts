/**
 * The feed's statements. Each reads events strictly after a position (xact_id, id) and below the
 * horizon of its own snapshot: `pg_snapshot_xmin(pg_current_snapshot())`, the oldest transaction
 * still running. Every transaction below it has ended, so the set of events below the horizon is
 * final: none can commit there later. Pages are read in (xact_id, id) order and each continues where
 * the previous ended, so a reader that pages on gets every committed event once: none missing,
 * none twice, however the sequence values were handed out. The horizon comes from the same
 * statement's snapshot as the rows (a materialised CTE), never from a later one.
 *
 * Events that record no state (a login: no before, no after) are not changes and stay out.
 */

const COLUMNS = `e.id, e.xact_id, e.occurred_at, e.action, e.entity_type, e.entity_id, e.organisation_id,
  (e.before IS NULL) AS created, e.after`;

const HORIZON = `WITH horizon AS MATERIALIZED (SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS xmin)`;

/** $2, $3: position; $4: limit; $5: classifications; $6: types or null. */
function visible(alias: string): string {
  return `(${alias}.xact_id, ${alias}.id) > ($2::bigint, $3::bigint) AND ${alias}.xact_id < h.xmin
    AND NOT (${alias}.before IS NULL AND ${alias}.after IS NULL)
    AND ($6::text[] IS NULL OR ${alias}.entity_type = ANY($6::text[]))
    AND NOT (${alias}.entity_type = 'Document' AND EXISTS (
      SELECT 1 FROM document d WHERE d.id = ${alias}.entity_id AND d.classification::text <> ALL($5::text[])))`;
}

/**
 * A narrow scope (a commune's bodies): one index look-up per organisation on
 * (organisation_id, xact_id, id), each stopping after a page, merged in feed order. $1: organisation
 * ids; $7: locality ids.
 */
export const NARROW_PAGE = `${HORIZON}
SELECT h.xmin AS horizon, page.* FROM horizon h LEFT JOIN LATERAL (
  SELECT * FROM (
    SELECT per_org.* FROM unnest($1::uuid[]) AS scope(id) CROSS JOIN LATERAL (
      SELECT ${COLUMNS} FROM audit_event e
       WHERE e.organisation_id = scope.id AND ${visible("e")}
       ORDER BY e.xact_id, e.id LIMIT $4) per_org
    UNION ALL
    SELECT per_locality.* FROM unnest($7::uuid[]) AS scope(id) CROSS JOIN LATERAL (
      SELECT ${COLUMNS} FROM audit_event e
       WHERE e.organisation_id IS NULL AND e.entity_type = 'Locality' AND e.entity_id = scope.id AND ${visible("e")}
       ORDER BY e.xact_id, e.id LIMIT $4) per_locality
  ) merged ORDER BY merged.xact_id, merged.id LIMIT $4
) page ON true`;

/**
 * A wide scope (a city or the nation): the feed's own order on (xact_id, id), keeping the events
 * of the scope (a hashed array test) until a page is full. Same parameters.
 */
export const WIDE_PAGE = `${HORIZON}
SELECT h.xmin AS horizon, page.* FROM horizon h LEFT JOIN LATERAL (
  SELECT ${COLUMNS} FROM audit_event e
   WHERE ${visible("e")}
     AND (e.organisation_id = ANY($1::uuid[])
          OR (e.organisation_id IS NULL AND e.entity_type = 'Locality' AND e.entity_id = ANY($7::uuid[])))
   ORDER BY e.xact_id, e.id LIMIT $4
) page ON true`;

/**
 * Every event after a position, for an instance's tail (subscriptions filter them per subscriber):
 * with the document's classification, and whether newer events are already committed but held
 * above the horizon by an older transaction (then the instance reads again shortly).
 * $1, $2: position; $3: limit.
 */
export const TAIL_PAGE = `${HORIZON}
SELECT h.xmin AS horizon,
       EXISTS (SELECT 1 FROM audit_event p WHERE p.xact_id >= h.xmin) AS pending,
       page.* FROM horizon h LEFT JOIN LATERAL (
  SELECT ${COLUMNS}, d.classification::text AS classification FROM audit_event e
    LEFT JOIN document d ON e.entity_type = 'Document' AND d.id = e.entity_id
   WHERE (e.xact_id, e.id) > ($1::bigint, $2::bigint) AND e.xact_id < h.xmin
     AND NOT (e.before IS NULL AND e.after IS NULL)
   ORDER BY e.xact_id, e.id LIMIT $3
) page ON true`;

/** The current horizon alone: where a subscription without a cursor starts. */
export const HORIZON_NOW = `SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS horizon`;

/** Scopes with more organisations than this read in feed order (WIDE_PAGE) rather than per organisation. */
export const NARROW_LIMIT = 200;
