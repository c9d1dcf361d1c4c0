import type { EntityManager, ObjectLiteral } from "typeorm";
import { encodeCursor, pageInfoOf, type Connection } from "../pagination";
import { hydrate } from "./hydrate";
import { readQuery } from "./read-query";

/**
 * One statement for a page of a connection and its total: `matching` selects the ids (and sort
 * columns) of every row that matches, from index look-ups; the total counts them, the page is the
 * next `first` after the cursor in `orderBy` (over the alias `m`), and only those rows of `table`
 * are read whole. Values are positional; the caller builds `matching` and `after` with them.
 */
export async function rawPage<T extends ObjectLiteral & { id: string }>(
  db: EntityManager,
  entity: new () => T,
  options: { table: string; matching: string; after: string | null; orderBy: string; values: unknown[]; first: number; cursor: (row: T) => string[] },
): Promise<Connection<T>> {
  const values = [...options.values, options.first + 1];
  const text = `WITH m AS MATERIALIZED (${options.matching}),
      p AS (SELECT * FROM m ${options.after ? `WHERE ${options.after}` : ""} ORDER BY ${options.orderBy} LIMIT $${values.length})
    SELECT r.*, t.total_count FROM (SELECT count(*)::int AS total_count FROM m) t
      LEFT JOIN p m ON TRUE LEFT JOIN ${options.table} r ON r.id = m.id
     ORDER BY ${options.orderBy}`;
  const rows = await readQuery<Record<string, unknown>>(db, text, values);
  const totalCount = Number(rows[0]?.total_count ?? 0);
  const entities = hydrate(db, entity, rows.filter((row) => row.id !== null));
  const edges = entities.slice(0, options.first).map((node) => ({ cursor: encodeCursor(options.cursor(node)), node }));
  return { edges, pageInfo: pageInfoOf(edges, { after: options.after, hasNextPage: entities.length > options.first }), totalCount };
}
