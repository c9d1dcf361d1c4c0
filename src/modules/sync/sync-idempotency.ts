import type { Context } from "../../context";
import type { IdempotencyScope } from "../../idempotency";
import type { BulkUpsertPayload } from "./sync.types";

/*
 * A bulk call answers with one result per item, not with one record, so its idempotency slot keeps
 * the whole answer (claimed through claimSlot like every other write): a retry after a lost
 * response gets the same statuses (CREATED stays CREATED) instead of a batch of UNCHANGED.
 */

export async function recordPayload(tx: Context, scope: IdempotencyScope, index: number, payload: BulkUpsertPayload): Promise<void> {
  await tx.db.query(`UPDATE idempotency_key SET result_type = 'BulkUpsertPayload', result = $4::jsonb WHERE user_id = $1 AND key = $2 AND write_index = $3`, [
    tx.actor!.userId,
    scope.key,
    index,
    JSON.stringify(payload),
  ]);
}

export async function replayPayload(tx: Context, scope: IdempotencyScope, index: number): Promise<BulkUpsertPayload> {
  const [row]: Array<{ result: BulkUpsertPayload | null }> = await tx.db.query(`SELECT result FROM idempotency_key WHERE user_id = $1 AND key = $2 AND write_index = $3`, [tx.actor!.userId, scope.key, index]);
  if (!row?.result) throw new Error("an idempotency slot of a bulk call holds no answer");
  return row.result;
}
