import type { EntityManager } from "typeorm";
import { FEED_ACTIONS, localityIdsQuery, organisationScopeSql, type Actor } from "../../auth/policy";
import { badInput } from "../../errors";
import { fromGlobalId } from "../../node";
import { nodeTypeNames } from "../audit/audit-query.service";
import { visibleClassifications } from "../document/document.policy";
import type { ChangeFilter } from "./change.types";

/**
 * What one caller may follow, computed once per request (or per re-check of a subscription) and
 * then used as array parameters: the feed's statements are index look-ups from these ids.
 */
export interface FeedScope {
  /** Organisations whose events the caller may read (FEED_ACTIONS grants), narrowed by the filter. */
  organisationIds: string[];
  /** Localities whose own events (no organisation) the caller may read through locality grants. */
  localityIds: string[];
  /** Document classifications within the caller's clearance: other documents' events stay out. */
  classifications: string[];
  /** Node types asked for; null for all. */
  types: string[] | null;
}

function checkTypes(types: string[] | undefined): string[] | null {
  if (!types) return null;
  const known = nodeTypeNames();
  for (const [index, type] of types.entries()) {
    if (!known.includes(type)) throw badInput(`filter.types[${index}]`, `không phải loại đối tượng hợp lệ / not a Node type (${known.join(", ")})`);
  }
  return [...new Set(types)];
}

/** Checks the filter's shape before anything is read: BAD_USER_INPUT naming the field. */
export function checkFilter(filter: ChangeFilter = {}): { types: string[] | null; organisationId: string | null; includeSubunits: boolean } {
  return {
    types: checkTypes(filter.types ?? undefined),
    organisationId: filter.organisationId != null ? fromGlobalId(filter.organisationId, "Organisation", "filter.organisationId") : null,
    includeSubunits: filter.includeSubunits ?? false,
  };
}

async function ids(db: EntityManager, query: { text: string; values: unknown[] } | null): Promise<string[]> {
  if (!query) return [];
  const [row]: Array<{ ids: string[] }> = await db.query(query.text, query.values);
  return row.ids;
}

/** The caller's feed scope under the filter: two or three statements, whatever the scope's size. */
export async function feedScope(db: EntityManager, actor: Actor, filter: ChangeFilter = {}): Promise<FeedScope> {
  const checked = checkFilter(filter);
  const scope = organisationScopeSql(actor, FEED_ACTIONS, "o");
  const [sql, values] = db.connection.driver.escapeQueryWithParameters(
    `SELECT coalesce(array_agg(o.id), '{}') AS ids FROM organisation o WHERE ${scope.sql}`,
    scope.params,
  );
  let organisationIds = await ids(db, { text: sql, values });
  let localityIds = await ids(db, localityIdsQuery(actor, FEED_ACTIONS));
  if (checked.organisationId) {
    organisationIds = await ids(db, {
      text: `SELECT coalesce(array_agg(o.id), '{}') AS ids FROM organisation o
              WHERE o.id = ANY($1::uuid[]) AND (o.id = $2 OR ($3 AND o.path @> ARRAY[$2::uuid]))`,
      values: [organisationIds, checked.organisationId, checked.includeSubunits],
    });
    localityIds = [];
  }
  return { organisationIds, localityIds, classifications: visibleClassifications(actor), types: checked.types };
}

/** The columns of an event that decide whether a caller sees it (see FeedScope). */
export interface ScopedEvent {
  entity_type: string;
  entity_id: string;
  organisation_id: string | null;
  /** The document's classification for Document events, else null. */
  classification: string | null;
}

/** The in-memory form of the feed statement's WHERE clause, for changes pushed to subscribers. */
export function inScope(scope: FeedScope, event: ScopedEvent, sets: { organisations: Set<string>; localities: Set<string> }): boolean {
  if (scope.types && !scope.types.includes(event.entity_type)) return false;
  if (event.entity_type === "Document" && event.classification !== null && !scope.classifications.includes(event.classification)) return false;
  if (event.organisation_id !== null) return sets.organisations.has(event.organisation_id);
  return event.entity_type === "Locality" && sets.localities.has(event.entity_id);
}
