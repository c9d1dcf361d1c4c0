import { requireActor } from "../../auth/actor";
import type { Context } from "../../context";
import { claimSlot } from "../../idempotency";
import { inTransaction, lockIdentities } from "../../transaction";
import { checkBatch, failed, resultOf, type Planned, type SyncBatch } from "./batch";
import { checkDocuments, documentLockKeys, planDocuments, writeDocuments } from "./document-sync.service";
import { checkIndicators, indicatorLockKeys, planIndicators, writeIndicators } from "./indicator-sync.service";
import { checkMeasurements, measurementLockKeys, planMeasurements, writeMeasurements } from "./measurement-sync.service";
import { appendAudit } from "./set-sql";
import { recordPayload, replayPayload } from "./sync-idempotency";
import type { BulkDocumentItem } from "./sync.inputs";
import type { BulkIndicatorItem, BulkMeasurementItem, BulkTaskItem } from "./sync-work.inputs";
import { ErrorPolicy, SyncKind, type BulkUpsertPayload } from "./sync.types";
import { checkTasks, planTasks, taskLockKeys, writeTasks } from "./task-sync.service";

export interface SyncRequest {
  sourceSystem: string;
  errorPolicy: ErrorPolicy;
  documents?: BulkDocumentItem[];
  tasks?: BulkTaskItem[];
  indicators?: BulkIndicatorItem[];
  measurements?: BulkMeasurementItem[];
}

const TYPES: Record<SyncKind, string> = { DOCUMENT: "Document", TASK: "Task", INDICATOR: "Indicator", MEASUREMENT: "Measurement" };

/** Carries the answer of a refused ALL_OR_NOTHING call out of its transaction, which rolls back. */
class Refused extends Error {
  constructor(readonly payload: BulkUpsertPayload) {
    super("bulk call refused by its error policy");
  }
}

const answer = (items: Planned[], written: boolean): BulkUpsertPayload => ({ written, results: items.map((item) => resultOf(item, TYPES[item.kind], written)) });

/**
 * One bulk call: every item planned (checked, authorised, matched with what is stored) before
 * anything is written, all in one transaction holding the identity locks of every item, then
 * written set-based per table with one audit event per changed record. Kinds are planned in the
 * order they depend on each other, so items may name items of the same call in any order.
 * `fields` names each list as the caller sent it (`items` for the single-kind mutations).
 */
export async function bulkUpsert(ctx: Context, request: SyncRequest, fields: Partial<Record<"documents" | "tasks" | "indicators" | "measurements", string>>): Promise<BulkUpsertPayload> {
  const actor = requireActor(ctx);
  const lists = { documents: request.documents ?? [], tasks: request.tasks ?? [], indicators: request.indicators ?? [], measurements: request.measurements ?? [] };
  checkBatch(request.sourceSystem, (Object.keys(lists) as Array<keyof typeof lists>).filter((k) => fields[k]).map((k) => ({ field: fields[k]!, items: lists[k] })));
  const idempotency = ctx.idempotency;
  const slot = idempotency ? idempotency.writes++ : 0;
  try {
    const payload = await inTransaction(ctx, async (tx) => {
      if (idempotency && (await claimSlot(tx, idempotency, slot))) return replayPayload(tx, idempotency, slot);
      const batch: SyncBatch = { tx, actor, sourceSystem: request.sourceSystem, audit: [] };
      const documents = checkDocuments(batch, lists.documents);
      const tasks = checkTasks(batch, lists.tasks);
      const indicators = checkIndicators(batch, lists.indicators);
      const measurements = checkMeasurements(batch, lists.measurements);
      await lockIdentities(tx, [
        ...documentLockKeys(batch, documents),
        ...taskLockKeys(batch, tasks),
        ...indicatorLockKeys(batch, indicators),
        ...measurementLockKeys(batch, measurements),
      ]);
      const placeholders = new Set<string>();
      const documentItems = await planDocuments(batch, documents, placeholders);
      await planTasks(batch, tasks, documentItems);
      const indicatorItems = await planIndicators(batch, indicators, documentItems);
      await planMeasurements(batch, measurements, documentItems, indicatorItems);
      const all: Planned[] = [...documents, ...tasks, ...indicators, ...measurements];
      if (request.errorPolicy === ErrorPolicy.ALL_OR_NOTHING && all.some(failed)) throw new Refused(answer(all, false));
      await writeDocuments(batch, documents);
      await writeIndicators(batch, indicators);
      await writeTasks(batch, tasks);
      await writeMeasurements(batch, measurements);
      await appendAudit(batch);
      const payload = answer(all, true);
      if (idempotency) await recordPayload(tx, idempotency, slot, payload);
      return payload;
    });
    return payload;
  } catch (error) {
    if (error instanceof Refused) return error.payload;
    throw error;
  }
}
