import type { Pool } from "pg";
import { classifications, globalId, READABLE_DOCUMENT, type FloorCaller } from "./caller";

/**
 * traceMeasurement in one statement: the measurement (readable through its organisation), its
 * indicator, targets and defining document (when readable), the chain of legal bases from it (each
 * link once, at its shortest depth, within the caller's clearance), and for auditors the audit
 * events of every step in their audit scope, oldest first.
 */
const TRACE_SQL = `WITH ms AS (SELECT * FROM measurement WHERE id = $1 AND organisation_id = ANY($2::uuid[])),
  i AS (SELECT i.* FROM indicator i JOIN ms ON ms.indicator_id = i.id),
  tg AS (SELECT tg.id, tg.set_by_id FROM indicator_target tg JOIN ms ON tg.indicator_id = ms.indicator_id AND tg.organisation_id = ms.organisation_id),
  def AS (SELECT d.* FROM document d JOIN i ON d.id = i.defined_by_id WHERE d.classification::text = ANY($3::text[]) AND ${READABLE_DOCUMENT("d", "$2::uuid[]")}),
  chain AS (SELECT * FROM (WITH RECURSIVE c(from_id, to_id, relation, depth, path) AS (
      SELECT lb.from_document_id, lb.to_document_id, lb.relation::text, 1, ARRAY[lb.from_document_id, lb.to_document_id]
        FROM legal_basis lb JOIN document t ON t.id = lb.to_document_id WHERE lb.from_document_id = (SELECT id FROM def) AND t.classification::text = ANY($3::text[])
      UNION ALL
      SELECT lb.from_document_id, lb.to_document_id, lb.relation::text, c.depth + 1, c.path || lb.to_document_id
        FROM c JOIN legal_basis lb ON lb.from_document_id = c.to_id JOIN document t ON t.id = lb.to_document_id
       WHERE c.depth < 10 AND NOT lb.to_document_id = ANY(c.path) AND t.classification::text = ANY($3::text[]))
    SELECT DISTINCT ON (from_id, to_id, relation) from_id, to_id, relation, depth FROM c ORDER BY from_id, to_id, relation, depth) x),
  links AS (SELECT chain.depth, chain.relation, d.id, d.reference, d.type, d.issued_on FROM chain JOIN document d ON d.id = chain.to_id),
  steps AS (SELECT id FROM ms UNION SELECT source_document_id FROM ms UNION SELECT id FROM i UNION SELECT id FROM tg UNION SELECT id FROM def UNION SELECT id FROM links)
  SELECT (SELECT row_to_json(ms) FROM ms) AS measurement, (SELECT json_build_object('id', id, 'code', code) FROM i) AS indicator,
         (SELECT json_build_object('id', id, 'reference', reference) FROM def) AS defined_by,
         coalesce((SELECT json_agg(l ORDER BY l.depth, l.issued_on DESC NULLS LAST) FROM links l), '[]') AS chain,
         CASE WHEN $4 THEN coalesce((SELECT json_agg(json_build_object('action', e.action, 'entityType', e.entity_type) ORDER BY e.id) FROM (
           SELECT e.id, e.action, e.entity_type FROM audit_event e
            WHERE e.entity_id IN (SELECT id FROM steps WHERE id IS NOT NULL)
              AND (e.organisation_id = ANY($5::uuid[]) OR (e.organisation_id IS NULL AND e.entity_type = 'Locality' AND e.entity_id = ANY($6::uuid[])))
              AND NOT (e.entity_type = 'Document' AND EXISTS (SELECT 1 FROM document ad WHERE ad.id = e.entity_id AND NOT ad.classification::text = ANY($3::text[])))
            ORDER BY e.id LIMIT 1000) e), '[]') ELSE '[]' END AS events`;

export async function trace(pool: Pool, caller: FloorCaller, measurementId: string) {
  const values = [measurementId, caller.readable, classifications(caller), caller.auditor, caller.auditable, caller.auditLocalities];
  const { rows: [r] } = await pool.query({ name: "floor-trace", text: TRACE_SQL, values });
  if (!r.measurement) return null;
  const chain = r.chain as Array<{ depth: number; relation: string; id: string; reference: string; type: string }>;
  const doc = (d: { id: string; reference: string } | null) => d && { id: globalId("Document", d.id), reference: d.reference };
  const root = chain.find((l) => l.type === "RESOLUTION" && l.reference === "57-NQ/TW") ?? chain.at(-1) ?? null;
  return {
    traceMeasurement: {
      measurement: { id: globalId("Measurement", r.measurement.id), value: r.measurement.value, periodEnd: r.measurement.period_end },
      indicator: r.indicator && { id: globalId("Indicator", r.indicator.id), code: r.indicator.code },
      definedBy: doc(r.defined_by),
      legalBasisChain: chain.map((l) => ({ depth: l.depth, relation: l.relation, document: doc(l) })),
      root: doc(root),
      events: r.events,
    },
  };
}
