import type { Pool } from "pg";
import { parseReferenceQuery } from "../../../src/citations";
import { classifications, globalId, READABLE_DOCUMENTS, type FloorCaller } from "./caller";

/**
 * Documents pages in one statement: the readable ids as a union of index look-ups from the
 * caller's organisations, the page in the API's order (issued on, newest first, undated last,
 * then id), its total, each document's issuer and legal bases, with a target shown only when
 * readable. Same JSON as the API.
 */
const pageSql = (filters: string, withLinks: boolean) => `WITH r AS (${READABLE_DOCUMENTS("$1::uuid[]")}),
  m AS (SELECT d.id, d.reference, d.title, d.issued_on, d.issuer_id FROM document d
         WHERE d.id IN (SELECT id FROM r) AND d.classification::text = ANY($2::text[]) ${filters}),
  page AS (SELECT * FROM m ORDER BY issued_on DESC NULLS LAST, id DESC LIMIT $3::int + 1)
  SELECT (SELECT count(*) FROM m)::int AS total,
         coalesce((SELECT json_agg(json_build_object('id', p.id, 'reference', p.reference, 'title', p.title, 'issuedOn', p.issued_on,
             'issuer', (SELECT json_build_object('id', o.id, 'name', o.name) FROM organisation o WHERE o.id = p.issuer_id)
             ${withLinks ? `, 'legalBases', (SELECT coalesce(json_agg(json_build_object('relation', lb.relation, 'target',
                 CASE WHEN t.id IN (SELECT id FROM r) THEN json_build_object('id', t.id, 'reference', t.reference) END) ORDER BY lb.created_at, lb.id), '[]')
               FROM legal_basis lb JOIN document t ON t.id = lb.to_document_id AND t.classification::text = ANY($2::text[])
              WHERE lb.from_document_id = p.id)` : ""}) ORDER BY p.issued_on DESC NULLS LAST, p.id DESC) FROM page p), '[]') AS rows
    FROM (SELECT 1) one`;

type Row = { id: string; reference: string | null; title: string | null; issuedOn: string | null; issuer: { id: string; name: string } | null; legalBases?: Array<{ relation: string; target: { id: string; reference: string } | null }> };

async function page(pool: Pool, name: string, sql: string, values: unknown[], first: number, shape: (row: Row) => Record<string, unknown>) {
  const { rows: [result] } = await pool.query({ name, text: sql, values });
  const rows = result.rows as Row[];
  const edges = rows.slice(0, first).map((row) => ({
    cursor: Buffer.from(JSON.stringify([row.issuedOn ?? "", row.id]), "utf8").toString("base64url"),
    node: shape(row),
  }));
  return { totalCount: result.total, hasNextPage: rows.length > first, edges };
}

const node = (row: Row) => ({ id: globalId("Document", row.id), reference: row.reference, title: row.title, issuedOn: row.issuedOn });
const issuer = (row: Row) => (row.issuer ? { id: globalId("Organisation", row.issuer.id), name: row.issuer.name } : null);

export async function documentsPage(pool: Pool, caller: FloorCaller) {
  const result = await page(pool, "floor-documents", pageSql("", true), [caller.readable, classifications(caller), 50], 50, (row) => ({
    ...node(row),
    issuer: issuer(row),
    legalBases: row.legalBases!.map((l) => ({ relation: l.relation, target: l.target && { id: globalId("Document", l.target.id), reference: l.target.reference } })),
  }));
  return {
    documents: {
      totalCount: result.totalCount,
      pageInfo: { hasNextPage: result.hasNextPage, endCursor: result.edges.at(-1)?.cursor ?? null },
      edges: result.edges.map((e) => ({ node: e.node })),
    },
  };
}

export async function searchPage(pool: Pool, caller: FloorCaller, search: string) {
  const words = search.split(" ").filter(Boolean);
  const filters = words.map((_, i) => `AND d.search_text LIKE $${4 + i} AND (' ' || d.search_text) LIKE ('% ' || substring($${4 + i} FROM 2))`).join(" ");
  const values = [caller.readable, classifications(caller), 20, ...words.map((w) => `%${w}%`)];
  const result = await page(pool, `floor-search-${words.length}`, pageSql(filters, false), values, 20, node);
  return { documents: { totalCount: result.totalCount, edges: result.edges.map((e) => ({ node: e.node })) } };
}

export async function referencePage(pool: Pool, caller: FloorCaller, reference: string) {
  const wanted = parseReferenceQuery(reference)!;
  const filters = `AND d.number = $4 AND upper(d.type_code) = upper($5) AND (upper(d.issuer_code) = upper($6) OR upper(d.issuer_code) LIKE upper($6 || '-%'))`;
  const values = [caller.readable, classifications(caller), 20, wanted.number, wanted.typeCode, wanted.issuerCode];
  const result = await page(pool, "floor-reference", pageSql(filters, false), values, 20, (row) => ({ ...node(row), issuer: issuer(row) }));
  return { documents: { totalCount: result.totalCount, edges: result.edges.map((e) => ({ node: e.node })) } };
}
