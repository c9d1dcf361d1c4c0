import { In, type EntityTarget, type ObjectLiteral } from "typeorm";
import type { FieldProblem } from "../../errors";
import { decodeGlobalId } from "../../node";
import { Document } from "../document/document.entity";
import { canReadDocument } from "../document/document.policy";
import { failed, type Planned, type SyncBatch } from "./batch";
import type { BulkRefInput } from "./sync.inputs";

/** Records of the caller's source system by external id, in one statement. */
export async function storedByKey<T extends ObjectLiteral>(batch: SyncBatch, target: EntityTarget<T>, externalIds: string[]): Promise<Map<string, T>> {
  if (externalIds.length === 0) return new Map();
  const rows = await batch.tx.db.getRepository(target).find({ where: { sourceSystem: batch.sourceSystem, externalId: In([...new Set(externalIds)]) } as never });
  return new Map(rows.map((row) => [row.externalId as string, row]));
}

/** An item of the same call that other items may point at by external id. */
export interface InBatch<T> {
  planned: Planned;
  entity?: T;
}

/** What a reference names: a record (stored, or planned in this call), or why it names none. */
export type Resolved<T> = { record: T; inBatch?: Planned } | { problem: FieldProblem };

const notFound = (field: string, what: string): { problem: FieldProblem } => ({ problem: { field, message: `không tìm thấy ${what} / ${what} not found` } });

/**
 * Resolves many references to records of one kind at once: items of this call first (a failed one
 * fails the reference), then stored records by key, then by global id (loaded together; `visible`
 * decides which the caller may name, the others being not found so that they do not leak).
 */
export async function resolveRefs<T extends ObjectLiteral & { id: string }>(
  batch: SyncBatch,
  options: {
    target: EntityTarget<T>;
    type: string;
    refs: Array<{ ref: BulkRefInput | undefined | null; field: string }>;
    inBatch: Map<string, InBatch<T>>;
    load(ids: string[]): Promise<Array<T | undefined>>;
    visible(record: T): Promise<boolean>;
  },
): Promise<Array<Resolved<T> | undefined>> {
  const external = options.refs.flatMap(({ ref }) => (ref?.externalId && !options.inBatch.has(ref.externalId) ? [ref.externalId] : []));
  const stored = await storedByKey(batch, options.target, external);
  const ids = options.refs.flatMap(({ ref }) => {
    const decoded = ref?.id ? decodeGlobalId(ref.id) : undefined;
    return decoded?.type === options.type ? [decoded.id] : [];
  });
  const loaded = new Map<string, T>();
  (await options.load([...new Set(ids)])).forEach((record) => record && loaded.set(record.id, record));
  const direct = [...stored.values(), ...loaded.values()];
  const shown = new Map<string, boolean>();
  await Promise.all(direct.map(async (record) => shown.set(record.id, await options.visible(record))));
  return options.refs.map(({ ref, field }) => {
    if (!ref) return undefined;
    if (ref.externalId) {
      const item = options.inBatch.get(ref.externalId);
      if (item) {
        if (failed(item.planned) || !item.entity) return { problem: { field: `${field}.externalId`, message: `mục ${item.planned.index} không được chấp nhận / item ${item.planned.index} was not accepted` } };
        return { record: item.entity, inBatch: item.planned };
      }
      const record = stored.get(ref.externalId);
      return record && shown.get(record.id) ? { record } : notFound(`${field}.externalId`, options.type);
    }
    const decoded = decodeGlobalId(ref.id!);
    if (decoded?.type !== options.type) return { problem: { field: `${field}.id`, message: `không phải mã ${options.type} hợp lệ / not a valid ${options.type} id` } };
    const record = loaded.get(decoded.id);
    return record && shown.get(record.id) ? { record } : notFound(`${field}.id`, options.type);
  });
}

/** Documents named by references, readable by the caller (or items of this call). */
export function resolveDocumentRefs(batch: SyncBatch, refs: Array<{ ref: BulkRefInput | undefined | null; field: string }>, inBatch: Map<string, InBatch<Document>>) {
  return resolveRefs<Document>(batch, {
    target: Document,
    type: "Document",
    refs,
    inBatch,
    load: (ids) => batch.tx.loaders.document.loadMany(ids).then((rows) => rows.map((r) => (r instanceof Error ? undefined : r))),
    visible: (document) => canReadDocument(batch.tx, document),
  });
}
