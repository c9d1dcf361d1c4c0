import type { Context } from "../../context";
import { claimSlot, recordResult, replay } from "../../idempotency";
import { inTransaction } from "../../transaction";
import { AuditEvent } from "./audit-event.entity";

/** What one accepted write changed; `before` is null for a creation. */
export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  organisationId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const NEVER_AUDITED = new Set(["passwordHash", "searchText"]);

/** A JSON copy of an entity's columns for before/after; secrets and derived columns left out. */
export function snapshot(entity: object): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entity)) {
    if (NEVER_AUDITED.has(key) || (typeof value === "object" && value !== null && !(value instanceof Date) && !Array.isArray(value))) continue;
    copy[key] = value instanceof Date ? value.toISOString() : value;
  }
  return copy;
}

/**
 * Runs a write in one transaction and appends exactly one audit event to it: the change and its
 * audit record commit together or not at all.
 */
export async function auditedWrite<T>(
  ctx: Context,
  /** Receives the context bound to the transaction; the request's own context is not for use inside. */
  work: (tx: Context) => Promise<{ result: T; audit: AuditEntry }>,
  /** The acting user when the request carries none yet (login). */
  actingAs?: { userId: string; username: string },
): Promise<T> {
  const idempotency = ctx.actor ? ctx.idempotency : undefined;
  const slot = idempotency ? idempotency.writes++ : 0;
  const result = await inTransaction(ctx, async (tx) => {
    const prior = idempotency && (await claimSlot(tx, idempotency, slot));
    if (prior) return replay<T>(tx, prior);
    const { result, audit } = await work(tx);
    await tx.db.save(tx.db.create(AuditEvent, {
      ...audit,
      actorId: actingAs?.userId ?? ctx.actor?.userId ?? null,
      actorUsername: actingAs?.username ?? ctx.actor?.username ?? null,
      requestId: ctx.requestId,
    }));
    if (idempotency) await recordResult(tx, idempotency, slot, result);
    return result;
  });
  return result;
}
