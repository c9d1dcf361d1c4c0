import { createHash } from "node:crypto";
import type { Context } from "./context";
import { badInput } from "./errors";

/**
 * Idempotent writes (an API convention: creates that clients retry carry a key). A request that carries an
 * `Idempotency-Key` header claims, for each of its writes in order, a row keyed by (user, key,
 * write index) inside that write's own transaction. A retry of the same request finds the row and
 * gets the record the first attempt wrote, without writing again; a retry racing the first attempt
 * waits on the row's unique index until the first commits (then replays) or rolls back (then runs).
 * Keys live in PostgreSQL, so they hold across API instances, and expire after IDEMPOTENCY_TTL.
 */
export interface IdempotencyScope {
  key: string;
  /** Hash of the operation and its variables: one key may not be reused for another request. */
  requestHash: string;
  ttlSeconds: number;
  /** Writes of this request so far; each claims its own slot. */
  writes: number;
}

const KEY = /^[\x21-\x7e]{8,255}$/;

/** Reads the header of a request; BAD_USER_INPUT for a key that cannot be one. */
export function idempotencyScope(header: string | undefined, request: unknown, ttlSeconds: number): IdempotencyScope | undefined {
  if (header === undefined) return undefined;
  if (!KEY.test(header)) throw badInput("Idempotency-Key", "8-255 ký tự ASCII in được / 8 to 255 printable ASCII characters");
  const requestHash = createHash("sha256").update(JSON.stringify(request ?? null)).digest("hex");
  return { key: header, requestHash, ttlSeconds, writes: 0 };
}

/** What an earlier attempt of the same write returned: the entity it wrote. */
export interface PriorResult {
  type: string;
  id: string;
}

/**
 * Claims the slot of the next write of the request in its transaction. Returns the earlier result
 * when the same request already wrote it; throws when the key was used for a different request.
 */
export async function claimSlot(tx: Context, scope: IdempotencyScope, index: number): Promise<PriorResult | undefined> {
  const userId = tx.actor!.userId;
  await tx.db.query(`DELETE FROM idempotency_key WHERE user_id = $1 AND key = $2 AND expires_at < now()`, [userId, scope.key]);
  const claimed: unknown[] = await tx.db.query(
    `INSERT INTO idempotency_key (user_id, key, write_index, request_hash, expires_at)
     VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5))
     ON CONFLICT DO NOTHING RETURNING 1`,
    [userId, scope.key, index, scope.requestHash, scope.ttlSeconds],
  );
  if (claimed.length) return undefined;
  const [row]: Array<{ request_hash: string; result_type: string; result_id: string }> = await tx.db.query(
    `SELECT request_hash, result_type, result_id FROM idempotency_key WHERE user_id = $1 AND key = $2 AND write_index = $3`,
    [userId, scope.key, index],
  );
  if (row.request_hash !== scope.requestHash) {
    throw badInput("Idempotency-Key", "khóa đã dùng cho một yêu cầu khác / this key was used for a different request");
  }
  return { type: row.result_type, id: row.result_id };
}

/** Records what the write returned, so that a retry can return it too. */
export async function recordResult(tx: Context, scope: IdempotencyScope, index: number, result: unknown): Promise<void> {
  const entity = result as { id?: unknown; constructor: { name: string } };
  await tx.db.query(`UPDATE idempotency_key SET result_type = $4, result_id = $5 WHERE user_id = $1 AND key = $2 AND write_index = $3`, [
    tx.actor!.userId,
    scope.key,
    index,
    entity.constructor.name,
    typeof entity.id === "string" ? entity.id : null,
  ]);
}

/** The record an earlier attempt returned, read again in the retry's transaction. */
export async function replay<T>(tx: Context, prior: PriorResult): Promise<T> {
  return (await tx.db.getRepository(prior.type).findOneByOrFail({ id: prior.id })) as T;
}
