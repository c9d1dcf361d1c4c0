import { ForbiddenError, NotFoundError } from "../errors";
import type { Bloc } from "../modules/organisation/organisation.entity";
import { Role } from "../modules/user/role-grant.entity";
import type { Clearance } from "../modules/user/user.entity";

/**
 * The one place where authorisation is decided. Services describe the record they touch as an
 * OrgTarget (whose data it is) and ask `can` / `authorize`; list queries take their SQL filter
 * from `readableOrganisationsSql`. See the README, "Who may do what".
 */

/** A grant as the policy sees it, with the bloc of the granted organisation resolved. */
export interface ScopedGrant {
  role: Role;
  organisationId: string | null;
  includeSubunits: boolean;
  localityId: string | null;
  /** Bloc of `organisationId`; null for locality grants. */
  bloc: Bloc | null;
}

/** The verified caller of a request, reloaded from the database on every request. */
export interface Actor {
  userId: string;
  username: string;
  organisationId: string;
  clearance: Clearance;
  grants: ScopedGrant[];
}

/** The organisation a record belongs to, with what scope checks need. */
export interface OrgTarget {
  organisationId: string;
  /** The organisation and its structural ancestors. */
  orgPath: string[];
  /** Its locality and the localities above it. */
  localityPath: string[];
  bloc: Bloc;
}

export type Action =
  /** Read unclassified data of the organisation. */
  | "read"
  /** Create or change data owned by the organisation (documents, tasks, measurements, draft reports). */
  | "edit"
  /** Sign and submit the organisation's reports. */
  | "submit"
  /** Accept or return reports addressed to the organisation. */
  | "review"
  /** Assign tasks and indicators to the organisation through plans and notices. */
  | "coordinate"
  /** Read history, audit events and provenance. */
  | "audit"
  /** Bulk upsert documents, plans, notices, tasks and indicators. */
  | "sync"
  /** Manage the organisation's users, grants and its own record. */
  | "administer";

const ROLE_ACTIONS: Record<Role, readonly Action[]> = {
  [Role.VIEWER]: ["read"],
  [Role.EDITOR]: ["read", "edit"],
  [Role.APPROVER]: ["read", "submit", "review"],
  [Role.COORDINATOR]: ["read", "coordinate"],
  [Role.AUDITOR]: ["read", "audit"],
  [Role.INTEGRATOR]: ["read", "sync"],
  // Separation of duties: an administrator manages the directory but never a body's data.
  [Role.ADMIN]: ["administer"],
};

/** Actions that change a body's own data may only come from a grant of the same bloc. */
const BLOC_BOUND: ReadonlySet<Action> = new Set(["edit", "submit"]);

function covers(grant: ScopedGrant, target: OrgTarget): boolean {
  if (grant.localityId) return target.localityPath.includes(grant.localityId);
  if (grant.includeSubunits) return target.orgPath.includes(grant.organisationId!);
  return target.organisationId === grant.organisationId;
}

/** Whether the actor may perform the action on data of the target organisation. */
export function can(actor: Actor, action: Action, target: OrgTarget): boolean {
  return actor.grants.some(
    (grant) =>
      ROLE_ACTIONS[grant.role].includes(action) &&
      covers(grant, target) &&
      (!BLOC_BOUND.has(action) || (grant.organisationId !== null && grant.bloc === target.bloc)),
  );
}

/** Whether the actor may see the organisation's record itself (the directory entry). */
export function canSeeOrganisation(actor: Actor, target: OrgTarget): boolean {
  return target.organisationId === actor.organisationId || can(actor, "read", target) || can(actor, "administer", target);
}

/**
 * Throws unless the actor may act. A record the actor may not even read is reported as not found,
 * so that its existence does not leak; a readable one as FORBIDDEN.
 */
export function authorize(actor: Actor, action: Action, target: OrgTarget, entity: string): void {
  if (can(actor, action, target)) return;
  if (!canSeeOrganisation(actor, target)) throw new NotFoundError(entity);
  throw new ForbiddenError(`You may not ${action} this ${entity}`);
}

/** Administration of localities: an ADMIN grant on the locality or one above it. */
export function canAdministerLocality(actor: Actor, localityPath: string[]): boolean {
  return actor.grants.some((g) => g.role === Role.ADMIN && g.localityId !== null && localityPath.includes(g.localityId));
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.grants.some((g) => g.role === role);
}

/**
 * SQL condition selecting the organisations (alias `o`, columns id, path, locality_id) on which the
 * actor holds any of the given actions; parameters are named with the `scope_` prefix.
 */
export function organisationScopeSql(
  actor: Actor,
  actions: readonly Action[],
  alias = "o",
): { sql: string; params: Record<string, unknown> } {
  const { exact, subunitRoots, localities } = scopeGrants(actor, actions);
  const clauses: string[] = [];
  if (exact.length) clauses.push(`${alias}.id = ANY(:scope_exact)`);
  if (subunitRoots.length) clauses.push(`${alias}.path && CAST(:scope_roots AS uuid[])`);
  if (localities.length) {
    clauses.push(`${alias}.locality_id IN (SELECT scope_l.id FROM locality scope_l WHERE scope_l.path && CAST(:scope_localities AS uuid[]))`);
  }
  return {
    sql: clauses.length ? `(${clauses.join(" OR ")})` : "FALSE",
    params: { scope_exact: exact, scope_roots: subunitRoots, scope_localities: localities },
  };
}

/** The actor's grants holding any of the actions, by kind of scope. */
function scopeGrants(actor: Actor, actions: readonly Action[]): { exact: string[]; subunitRoots: string[]; localities: string[] } {
  const grants = actor.grants.filter((g) => ROLE_ACTIONS[g.role].some((a) => actions.includes(a)));
  return {
    exact: grants.filter((g) => g.organisationId && !g.includeSubunits).map((g) => g.organisationId!),
    subunitRoots: grants.filter((g) => g.organisationId && g.includeSubunits).map((g) => g.organisationId!),
    localities: grants.filter((g) => g.localityId).map((g) => g.localityId!),
  };
}

/**
 * One statement listing the ids of the organisations on which the actor holds any of the actions
 * (the same rule as organisationScopeSql). Hot paths run it once per request and pass the result
 * as a uuid[] parameter (`= ANY($n::uuid[])`): the planner estimates an array, not a sub-select
 * repeated inside every statement. Null when no grant applies (nothing is in scope).
 */
export function organisationIdsQuery(actor: Actor, actions: readonly Action[]): { text: string; values: unknown[] } | null {
  const { exact, subunitRoots, localities } = scopeGrants(actor, actions);
  if (!exact.length && !subunitRoots.length && !localities.length) return null;
  return {
    text: `SELECT coalesce(array_agg(o.id), '{}') AS ids FROM organisation o
            WHERE o.id = ANY($1::uuid[]) OR o.path && $2::uuid[]
               OR o.locality_id = ANY(ARRAY(SELECT l.id FROM locality l WHERE l.path && $3::uuid[]))`,
    values: [exact, subunitRoots, localities],
  };
}

/** SQL condition for organisations whose directory entry the actor may see (see canSeeOrganisation). */
export function visibleOrganisationsSql(actor: Actor, alias = "o"): { sql: string; params: Record<string, unknown> } {
  const scope = organisationScopeSql(actor, ["read", "administer"], alias);
  return { sql: `(${alias}.id = :scope_own OR ${scope.sql})`, params: { ...scope.params, scope_own: actor.organisationId } };
}

/**
 * Who may follow the change feed (query `changes`, subscription `changed`) of an organisation:
 * auditors, who read its history, and integrators, who sync it. Otherwise the feed follows the
 * rule of audit events (audit-query.service.ts): documents only within the caller's clearance.
 */
export const FEED_ACTIONS: readonly Action[] = ["audit", "sync"];

/**
 * The ids of the localities whose own records (events without an organisation) the actor may
 * follow through locality grants holding any of the actions: those at or below a granted one.
 */
export function localityIdsQuery(actor: Actor, actions: readonly Action[]): { text: string; values: unknown[] } | null {
  const localities = actor.grants.filter((g) => g.localityId && ROLE_ACTIONS[g.role].some((a) => actions.includes(a))).map((g) => g.localityId!);
  if (!localities.length) return null;
  return { text: `SELECT coalesce(array_agg(l.id), '{}') AS ids FROM locality l WHERE l.path && $1::uuid[]`, values: [localities] };
}
