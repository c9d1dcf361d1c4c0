import DataLoader from "dataloader";
import type { SelectQueryBuilder } from "typeorm";
import { organisationScopeSql, type Actor } from "../../auth/policy";
import type { Context } from "../../context";
import { requireActor } from "../../auth/actor";
import { ENTITIES } from "../../entities";
import { badInput, NotFoundError } from "../../errors";
import { decodeGlobalId, fromGlobalId, Node, toGlobalId } from "../../node";
import { paginate, type Connection, type PageArgs } from "../../pagination";
import { visibleClassifications } from "../document/document.policy";
import { getUser } from "../user/user.service";
import type { User } from "../user/user.entity";
import { AuditEvent } from "./audit-event.entity";
import type { AuditEventFilter } from "./audit.inputs";

/** Most events a history returns: the newest ones when a record has more. */
export const HISTORY_LIMIT = 500;

/** The GraphQL Node types, which are the entity types audit events may name. */
export function nodeTypeNames(): string[] {
  return ENTITIES.filter((entity) => entity.prototype instanceof Node).map((entity) => entity.name);
}

function nodeType(type: string, field: string): string {
  if (!nodeTypeNames().includes(type)) throw badInput(field, `không phải loại đối tượng hợp lệ / not a Node type (${nodeTypeNames().join(", ")})`);
  return type;
}

/** Decodes the global id of a record of any Node type, or throws BAD_USER_INPUT naming the field. */
export function decodeNodeId(globalId: string, field: string): { type: string; id: string } {
  const decoded = decodeGlobalId(globalId);
  if (!decoded) throw badInput(field, "không phải mã đối tượng hợp lệ / not a valid Node id");
  return { type: nodeType(decoded.type, field), id: decoded.id };
}

/**
 * SQL condition (on audit_event `alias`) for the events the actor may audit: those of an
 * organisation in the actor's "audit" scope; those without one (localities) only through a grant
 * on a locality whose subtree holds that locality; document events only within the actor's
 * clearance, since before/after carry the document's metadata.
 */
export function auditScopeSql(actor: Actor, alias: string): { sql: string; params: Record<string, unknown> } {
  const organisations = organisationScopeSql(actor, ["audit"], "ao");
  // A locality seen as an organisation-less row: only the policy's locality grants can match it.
  const locality = organisationScopeSql(actor, ["audit"], "al");
  return {
    sql: `((${alias}.organisation_id IN (SELECT ao.id FROM organisation ao WHERE ${organisations.sql})
        OR (${alias}.organisation_id IS NULL AND ${alias}.entity_type = 'Locality' AND EXISTS (
          SELECT 1 FROM (SELECT CAST(NULL AS uuid) AS id, CAST('{}' AS uuid[]) AS path, ${alias}.entity_id AS locality_id) al
           WHERE ${locality.sql})))
      AND NOT (${alias}.entity_type = 'Document' AND EXISTS (
        SELECT 1 FROM document ad WHERE ad.id = ${alias}.entity_id AND ad.classification NOT IN (:...audit_classifications))))`,
    params: { ...organisations.params, audit_classifications: visibleClassifications(actor) },
  };
}

function applyFilter(query: SelectQueryBuilder<AuditEvent>, filter: AuditEventFilter): void {
  if (filter.entityType != null) query.andWhere("e.entity_type = :entityType", { entityType: nodeType(filter.entityType, "filter.entityType") });
  if (filter.entityId != null) {
    const entity = decodeNodeId(filter.entityId, "filter.entityId");
    query.andWhere("e.entity_type = :idType AND e.entity_id = :entityId", { idType: entity.type, entityId: entity.id });
  }
  if (filter.actorId != null) query.andWhere("e.actor_id = :actorId", { actorId: fromGlobalId(filter.actorId, "User", "filter.actorId") });
  if (filter.actorUsername != null) query.andWhere("e.actor_username = :actorUsername", { actorUsername: filter.actorUsername });
  if (filter.organisationId != null) {
    const organisationId = fromGlobalId(filter.organisationId, "Organisation", "filter.organisationId");
    query.andWhere(
      filter.includeSubunits
        ? "e.organisation_id IN (SELECT fo.id FROM organisation fo WHERE fo.path @> ARRAY[CAST(:organisationId AS uuid)])"
        : "e.organisation_id = :organisationId",
      { organisationId },
    );
  }
  if (filter.action != null) query.andWhere("e.action = :action", { action: filter.action });
  if (filter.actionPrefix != null) query.andWhere("starts_with(e.action, :actionPrefix)", { actionPrefix: filter.actionPrefix });
  if (filter.occurredFrom && filter.occurredTo && filter.occurredFrom > filter.occurredTo) {
    throw badInput("filter.occurredFrom", "thời điểm bắt đầu sau thời điểm kết thúc / occurredFrom is after occurredTo");
  }
  if (filter.occurredFrom) query.andWhere("e.occurred_at >= :occurredFrom", { occurredFrom: filter.occurredFrom });
  if (filter.occurredTo) query.andWhere("e.occurred_at < :occurredTo", { occurredTo: filter.occurredTo });
  if (filter.requestId != null) query.andWhere("e.request_id = :requestId", { requestId: filter.requestId });
}

/** Audit events the caller may audit, newest first (by sequence), narrowed by the filter. */
export async function listAuditEvents(ctx: Context, filter: AuditEventFilter = {}, page: PageArgs = {}): Promise<Connection<AuditEvent>> {
  const scope = auditScopeSql(requireActor(ctx), "e");
  const query = ctx.db.getRepository(AuditEvent).createQueryBuilder("e").where(scope.sql, scope.params);
  applyFilter(query, filter);
  return paginate(query, page, { descending: true, idType: "bigint" });
}

/**
 * The newest HISTORY_LIMIT events of each record that the caller may audit, returned oldest first,
 * for records of one type: one statement however many records are asked for.
 */
async function loadHistories(ctx: Context, entityType: string, ids: readonly string[]): Promise<AuditEvent[][]> {
  const scope = auditScopeSql(requireActor(ctx), "h");
  const events = await ctx.db
    .getRepository(AuditEvent)
    .createQueryBuilder("e")
    .where(
      `e.id IN (SELECT newest.id FROM unnest(CAST(:historyIds AS uuid[])) AS wanted(id) CROSS JOIN LATERAL (
         SELECT h.id FROM audit_event h
          WHERE h.entity_type = :historyType AND h.entity_id = wanted.id AND ${scope.sql}
          ORDER BY h.id DESC LIMIT ${HISTORY_LIMIT}) newest)`,
      { ...scope.params, historyIds: [...ids], historyType: entityType },
    )
    .orderBy("e.id", "ASC")
    .getMany();
  const byEntity = new Map<string, AuditEvent[]>(ids.map((id) => [id, []]));
  for (const event of events) byEntity.get(event.entityId)?.push(event);
  return ids.map((id) => byEntity.get(id)!);
}

const historyLoaders = new WeakMap<Context, Map<string, DataLoader<string, AuditEvent[]>>>();

/** The request's history loader for one entity type, created on first use and gone with the request. */
export function historyLoader(ctx: Context, entityType: string): DataLoader<string, AuditEvent[]> {
  let byType = historyLoaders.get(ctx);
  if (!byType) historyLoaders.set(ctx, (byType = new Map()));
  let loader = byType.get(entityType);
  if (!loader) byType.set(entityType, (loader = new DataLoader((ids) => loadHistories(ctx, entityType, ids))));
  return loader;
}

/**
 * Every event of one record of any Node type that the caller may audit, oldest first; at most the
 * newest HISTORY_LIMIT. A record outside the caller's scope has an empty history, like one that
 * does not exist, so that its existence does not leak.
 */
export function entityHistory(ctx: Context, globalId: string, field = "id"): Promise<AuditEvent[]> {
  const entity = decodeNodeId(globalId, field);
  return historyLoader(ctx, entity.type).load(entity.id);
}

/** The global id of the record an event changed. */
export function eventEntityId(event: AuditEvent): string {
  return toGlobalId(event.entityType, event.entityId);
}

/** The acting user, when the caller may see that user (same rule as `user(id)`); otherwise null. */
export async function visibleActor(ctx: Context, event: AuditEvent): Promise<User | null> {
  if (!event.actorId) return null;
  try {
    return await getUser(ctx, toGlobalId("User", event.actorId));
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}
