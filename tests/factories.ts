import type { DataSource } from "typeorm";
import { toGlobalId } from "../src/node";

/** Global id of a seeded organisation, by its code (see src/seed/demo-organisations.ts). */
export async function organisationId(dataSource: DataSource, code: string): Promise<string> {
  const [row] = await dataSource.query(`SELECT id FROM organisation WHERE code = $1`, [code]);
  if (!row) throw new Error(`no organisation ${code}`);
  return toGlobalId("Organisation", row.id);
}

export async function localityId(dataSource: DataSource, code: string): Promise<string> {
  const [row] = await dataSource.query(`SELECT id FROM locality WHERE code = $1`, [code]);
  if (!row) throw new Error(`no locality ${code}`);
  return toGlobalId("Locality", row.id);
}

export async function userId(dataSource: DataSource, username: string): Promise<string> {
  const [row] = await dataSource.query(`SELECT id FROM app_user WHERE username = $1`, [username]);
  if (!row) throw new Error(`no user ${username}`);
  return toGlobalId("User", row.id);
}

export async function auditCount(dataSource: DataSource): Promise<number> {
  const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM audit_event`);
  return count;
}

/** Current version of an organisation, for optimistic-concurrency updates. */
export async function organisationVersion(dataSource: DataSource, code: string): Promise<number> {
  const [row] = await dataSource.query(`SELECT version FROM organisation WHERE code = $1`, [code]);
  return row.version;
}
