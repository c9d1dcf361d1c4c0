import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from "typeorm";
import type { AuditEntry } from "../audit/audit.service";
import type { SyncBatch } from "./batch";

/*
 * Set-based writes: one statement per table and batch, whatever the number of rows. Rows travel as
 * one JSON parameter read back with jsonb_to_recordset, typed by the entity's own column metadata,
 * so the statements follow the entities (a new column is written without touching this file).
 */

type ColumnMetadata = EntityMetadata["columns"][number];

function sqlType(manager: EntityManager, column: ColumnMetadata): string {
  if (column.type === "enum") return `"${column.enumName}"`;
  return manager.connection.driver.normalizeType(column);
}

function quoted(name: string): string {
  return `"${name}"`;
}

/** Columns the database fills (creation and update times). */
function generated(column: ColumnMetadata): boolean {
  return column.isCreateDate || column.isUpdateDate;
}

function rowsJson(columns: ColumnMetadata[], entities: ObjectLiteral[]): string {
  return JSON.stringify(entities.map((entity) => Object.fromEntries(columns.map((c) => [c.databaseName, entity[c.propertyName] ?? null]))));
}

function recordset(manager: EntityManager, columns: ColumnMetadata[]): string {
  return `jsonb_to_recordset($1::jsonb) AS x(${columns.map((c) => `${quoted(c.databaseName)} ${sqlType(manager, c)}`).join(", ")})`;
}

/** Copies what the database generated (times, versions) back onto the entities, matched by id. */
function assignReturned(columns: ColumnMetadata[], entities: ObjectLiteral[], rows: Array<Record<string, unknown>>): void {
  const byId = new Map(rows.map((row) => [row.id as string, row]));
  for (const entity of entities) {
    const row = byId.get(entity.id);
    if (!row) throw new Error(`a set-based write lost the row ${entity.id}`);
    for (const column of columns) entity[column.propertyName] = row[column.databaseName];
  }
}

/**
 * Inserts new entities whose ids are already chosen; the database sets their creation times
 * (and version 1), copied back onto them.
 */
export async function insertEntities<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, entities: T[]): Promise<void> {
  if (entities.length === 0) return;
  const metadata = manager.connection.getMetadata(target);
  const columns = metadata.columns.filter((c) => !generated(c));
  const names = columns.map((c) => quoted(c.databaseName)).join(", ");
  for (const entity of entities as ObjectLiteral[]) if (metadata.versionColumn) entity[metadata.versionColumn.propertyName] = 1;
  const returned = metadata.columns.filter(generated);
  const rows = await manager.query(
    `INSERT INTO ${quoted(metadata.tableName)} (${names}) SELECT ${names} FROM ${recordset(manager, columns)}
     RETURNING id${returned.map((c) => `, ${quoted(c.databaseName)}`).join("")}`,
    [rowsJson(columns, entities)],
  );
  assignReturned(returned, entities, rows);
}

/**
 * Writes the given properties of existing entities by id, one more version each; the new version
 * and update time are copied back onto them.
 */
export async function updateEntities<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, entities: T[], properties: ReadonlyArray<keyof T & string>): Promise<void> {
  if (entities.length === 0) return;
  const metadata = manager.connection.getMetadata(target);
  const columns = [metadata.primaryColumns[0], ...properties.map((p) => metadata.findColumnWithPropertyName(p)!)];
  const version = metadata.versionColumn!;
  const updated = metadata.updateDateColumn!;
  const sets = columns.slice(1).map((c) => `${quoted(c.databaseName)} = x.${quoted(c.databaseName)}`);
  // TypeORM answers an UPDATE on PostgreSQL with [rows, affected count].
  const [rows] = await manager.query(
    `UPDATE ${quoted(metadata.tableName)} t SET ${sets.join(", ")}, ${quoted(version.databaseName)} = t.${quoted(version.databaseName)} + 1, ${quoted(updated.databaseName)} = now()
       FROM ${recordset(manager, columns)} WHERE t.id = x.id
     RETURNING t.id, t.${quoted(version.databaseName)}, t.${quoted(updated.databaseName)}`,
    [rowsJson(columns, entities)],
  );
  assignReturned([version, updated], entities, rows);
}

/** Inserts rows of a table without an entity (join tables), given as column -> value objects. */
export async function insertRows(manager: EntityManager, table: string, types: Record<string, string>, rows: Array<Record<string, unknown>>): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(types).map(quoted).join(", ");
  const typed = Object.entries(types).map(([name, type]) => `${quoted(name)} ${type}`).join(", ");
  await manager.query(`INSERT INTO ${quoted(table)} (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS x(${typed}) ON CONFLICT DO NOTHING`, [JSON.stringify(rows)]);
}

/** Appends the batch's audit events in one statement, in the order the changes were planned. */
export async function appendAudit(batch: SyncBatch): Promise<void> {
  const entries: AuditEntry[] = batch.audit;
  if (entries.length === 0) return;
  const rows = entries.map((e, position) => ({ position, action: e.action, entity_type: e.entityType, entity_id: e.entityId, organisation_id: e.organisationId, before: e.before, after: e.after }));
  await batch.tx.db.query(
    `INSERT INTO audit_event (actor_id, actor_username, request_id, action, entity_type, entity_id, organisation_id, before, after)
     SELECT $2, $3, $4, action, entity_type, entity_id, organisation_id, before, after
       FROM jsonb_to_recordset($1::jsonb) AS x(position int, action varchar, entity_type varchar, entity_id uuid, organisation_id uuid, before jsonb, after jsonb)
      ORDER BY position`,
    [JSON.stringify(rows), batch.actor.userId, batch.actor.username, batch.tx.requestId],
  );
}
