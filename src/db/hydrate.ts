import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";

/**
 * Turns raw rows (`SELECT alias.*`, or `to_jsonb(alias)` objects) into entity instances by a
 * precomputed column map: what TypeORM's getMany does, without its per-row alias bookkeeping,
 * which is a large share of the CPU of a list read. Only plain columns are copied.
 */
interface Column {
  property: string;
  column: string;
  /** A timestamp: JSON carries it as text, the entity as a Date. */
  timestamp: boolean;
}

const maps = new WeakMap<object, Column[]>();
const TIMESTAMPS = new Set(["timestamptz", "timestamp with time zone", "timestamp", "timestamp without time zone"]);

function columnsOf(db: EntityManager, target: object): Column[] {
  let columns = maps.get(target);
  if (!columns) {
    const metadata = db.connection.getMetadata(target as EntityTarget<ObjectLiteral>);
    if (metadata.columns.some((c) => c.transformer)) throw new Error(`${metadata.name} has column transformers: hydrate cannot read it`);
    // Columns that getMany leaves out (select: false) stay out here too.
    columns = metadata.columns
      .filter((c) => c.isSelect)
      .map((c) => ({ property: c.propertyName, column: c.databaseName, timestamp: c.type === Date || TIMESTAMPS.has(String(c.type)) }));
    maps.set(target, columns);
  }
  return columns;
}

export function hydrate<T extends ObjectLiteral>(db: EntityManager, target: new () => T, rows: Array<Record<string, unknown>>): T[] {
  const columns = columnsOf(db, target);
  return rows.map((row) => {
    const entity = new target() as Record<string, unknown>;
    for (const { property, column } of columns) if (column in row) entity[property] = row[column];
    return entity as T;
  });
}

/** The same from `to_jsonb(row)` objects, whose timestamps are text. */
export function hydrateJson<T extends ObjectLiteral>(db: EntityManager, target: new () => T, row: Record<string, unknown>): T {
  const entity = new target() as Record<string, unknown>;
  for (const { property, column, timestamp } of columnsOf(db, target)) {
    if (!(column in row)) continue;
    const value = row[column];
    entity[property] = timestamp && typeof value === "string" ? new Date(value) : value;
  }
  return entity as T;
}
