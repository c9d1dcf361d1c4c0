import type { EntityManager } from "typeorm";
import { toGlobalId } from "../../node";
import { encodeCursor, laterOf, type FeedPosition } from "./change-cursor";
import { NARROW_LIMIT, NARROW_PAGE, WIDE_PAGE } from "./change-feed.sql";
import type { FeedScope } from "./change-scope";
import { Change, ChangeOperation } from "./change.types";

/** An audit event as the feed's statements return it. */
export interface ChangeRow {
  id: string;
  xact_id: string;
  occurred_at: Date;
  action: string;
  entity_type: string;
  entity_id: string;
  organisation_id: string | null;
  created: boolean;
  after: Record<string, unknown> | null;
}

export function rowPosition(row: Pick<ChangeRow, "id" | "xact_id">): FeedPosition {
  return { transactionId: BigInt(row.xact_id), sequence: BigInt(row.id) };
}

function operation(row: ChangeRow): ChangeOperation {
  if (row.after === null) return ChangeOperation.DELETED;
  if (row.action.endsWith(".withdraw")) return ChangeOperation.WITHDRAWN;
  return row.created ? ChangeOperation.CREATED : ChangeOperation.UPDATED;
}

/** The change a feed row tells, with its signed cursor. */
export function toChange(key: Buffer, row: ChangeRow): Change {
  const version = row.after?.version;
  return Object.assign(new Change(), {
    cursor: encodeCursor(key, rowPosition(row)),
    sequence: row.id,
    entityId: toGlobalId(row.entity_type, row.entity_id),
    type: row.entity_type,
    operation: operation(row),
    action: row.action,
    version: typeof version === "number" ? version : null,
    occurredAt: row.occurred_at,
    organisationId: row.organisation_id && toGlobalId("Organisation", row.organisation_id),
    state: row.after,
  });
}

export interface FeedPage {
  rows: ChangeRow[];
  hasNextPage: boolean;
  /** Where the next page starts: after the last row of a full page, else at the horizon. */
  end: FeedPosition;
}

/**
 * One page of the caller's changes after `after`, in feed order (see change-feed.sql.ts for why
 * it is gap-free). One statement: index look-ups per organisation for a narrow scope, the feed's
 * own index for a wide one.
 */
export async function readFeedPage(db: EntityManager, scope: FeedScope, after: FeedPosition, first: number): Promise<FeedPage> {
  const statement = scope.organisationIds.length + scope.localityIds.length <= NARROW_LIMIT ? NARROW_PAGE : WIDE_PAGE;
  const result: Array<ChangeRow & { horizon: string }> = await db.query(statement, [
    scope.organisationIds,
    after.transactionId.toString(),
    after.sequence.toString(),
    first + 1,
    scope.classifications,
    scope.types,
    scope.localityIds,
  ]);
  const rows = result.filter((row) => row.id !== null);
  const hasNextPage = rows.length > first;
  const page = rows.slice(0, first);
  const horizon: FeedPosition = { transactionId: BigInt(result[0].horizon), sequence: 0n };
  const end = hasNextPage ? rowPosition(page.at(-1)!) : laterOf(after, horizon);
  return { rows: page, hasNextPage, end };
}
