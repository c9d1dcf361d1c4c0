import type { DataSource } from "typeorm";
import { decodeGlobalId, toGlobalId } from "../src/node";
import type { TestApp } from "./harness";

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

/*
 * Factories in the style of outline's server/test/factories.ts: each builds one record through the
 * API, as the account that may write it, with defaults a test overrides. Every call makes a new record
 * (fresh numbers), so a test never depends on what another test wrote.
 */

interface Api {
  dataSource: DataSource;
  gql: TestApp["gql"];
  login(username: string): Promise<string>;
}

let sequence = 0;
/** A number no other factory call of this process has used (document numbers, codes). */
export function nextNumber(): number {
  sequence += 1;
  return 100 + sequence;
}

const TOKENS = new WeakMap<Api, Map<string, Promise<string>>>();
/** One login per account and test app: factories are called many times. */
function tokenOf(app: Api, username: string): Promise<string> {
  let tokens = TOKENS.get(app);
  if (!tokens) TOKENS.set(app, (tokens = new Map()));
  if (!tokens.has(username)) tokens.set(username, app.login(username));
  return tokens.get(username)!;
}

/** The first demo account (by name) holding `role` directly on organisation `code`. */
async function holderOf(dataSource: DataSource, code: string, role: string): Promise<string> {
  const [row] = await dataSource.query(
    `SELECT u.username FROM app_user u JOIN role_grant g ON g.user_id = u.id JOIN organisation o ON o.id = g.organisation_id
      WHERE o.code = $1 AND g.role = $2 ORDER BY u.username LIMIT 1`,
    [code, role],
  );
  if (!row) throw new Error(`no ${role} of ${code}: pass { as }`);
  return row.username;
}

async function mutate<T>(app: Api, username: string, mutation: string, input: Record<string, unknown>): Promise<T> {
  const result = await app.gql(mutation, { input }, { token: await tokenOf(app, username) });
  if (result.errors) throw new Error(`${mutation.slice(0, 60)}... as ${username}: ${JSON.stringify(result.errors)}`);
  return Object.values(result.data as object)[0] as T;
}

/** Gives a demo account one more grant, as an administrator would (idempotent). */
export async function grantRole(app: Pick<Api, "dataSource">, grant: { username: string; role: string; organisation: string; includeSubunits?: boolean }): Promise<void> {
  await app.dataSource.query(
    `INSERT INTO role_grant (user_id, role, organisation_id, include_subunits)
       SELECT u.id, $2, o.id, $4 FROM app_user u, organisation o WHERE u.username = $1 AND o.code = $3
     ON CONFLICT DO NOTHING`,
    [grant.username, grant.role, grant.organisation, grant.includeSubunits ?? false],
  );
}

export interface BuiltDocument {
  id: string;
  reference: string;
  version: number;
}

const TYPE_CODE: Record<string, string> = { PLAN: "KH", NOTICE: "TB", REPORT: "BC", OFFICIAL_LETTER: "CV", DECISION: "QĐ" };

/**
 * A document of `issuer` (an organisation code; UBND phường Hải An by default), created by an editor
 * of it (`as`), with a fresh state-style reference unless one is given.
 */
export async function buildDocument(app: Api, overrides: { issuer?: string; as?: string; type?: string; reference?: string; [field: string]: unknown } = {}): Promise<BuiltDocument> {
  const { issuer = "HP.HAI-AN.UBND", as, type = "PLAN", reference, ...fields } = overrides;
  const bloc = issuer.split(".").pop();
  const input = {
    type,
    reference: reference ?? `${nextNumber()}/${TYPE_CODE[type] ?? "CV"}-${bloc}`,
    issuerId: await organisationId(app.dataSource, issuer),
    issuedOn: "2026-02-01",
    ...(type === "NOTICE" && !("noticeKind" in fields) ? { noticeKind: "ASSIGNMENT" } : {}),
    ...fields,
  };
  const username = as ?? (await holderOf(app.dataSource, issuer, "EDITOR"));
  return mutate(app, username, `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id reference version } }`, input);
}

export interface BuiltTask {
  id: string;
  version: number;
}

/**
 * A task led by `lead` (an organisation code), assigned by `assignedBy` (a document id; a new plan of
 * the lead by default), created by `as` (an editor of the assigning document's issuer by default).
 */
export async function buildTask(app: Api, overrides: { lead?: string; assignedBy?: string; as?: string; coordinators?: string[]; [field: string]: unknown } = {}): Promise<BuiltTask> {
  const { lead = "HP.HAI-AN.UBND", assignedBy, as, coordinators = [], ...fields } = overrides;
  const assigning = assignedBy ?? (await buildDocument(app, { issuer: lead, as })).id;
  const [row] = await app.dataSource.query(`SELECT o.code FROM document d JOIN organisation o ON o.id = d.issuer_id WHERE d.id = $1`, [decodeGlobalId(assigning)?.id]);
  const input = {
    assignedById: assigning,
    title: `Nhiệm vụ ${nextNumber()}`,
    leadOrganisationId: await organisationId(app.dataSource, lead),
    coordinatingOrganisationIds: await Promise.all(coordinators.map((code) => organisationId(app.dataSource, code))),
    cadence: "SCHEDULED",
    dueOn: "2026-06-30",
    ...fields,
  };
  const username = as ?? (await holderOf(app.dataSource, row.code, "EDITOR"));
  return mutate(app, username, `mutation($input: CreateTaskInput!) { createTask(input: $input) { id version } }`, input);
}

/** An indicator defined by `definedBy` (a document id; a new plan of `organisation` by default), with a target. */
export async function buildIndicator(app: Api, overrides: { organisation?: string; definedBy?: string; as?: string; targetValue?: number; [field: string]: unknown } = {}): Promise<{ id: string }> {
  const { organisation = "HP.HAI-AN.UBND", definedBy, as, targetValue = 90, ...fields } = overrides;
  const defining = definedBy ?? (await buildDocument(app, { issuer: organisation, as })).id;
  const organisationGlobalId = await organisationId(app.dataSource, organisation);
  const input = { definedById: defining, name: `Chỉ tiêu ${nextNumber()}`, measureKind: "RATIO", targets: [{ organisationId: organisationGlobalId, targetValue }], ...fields };
  const username = as ?? (await holderOf(app.dataSource, organisation, "EDITOR"));
  return mutate(app, username, `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { id } }`, input);
}
