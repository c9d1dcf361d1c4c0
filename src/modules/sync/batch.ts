import { validateSync, type ValidationError } from "class-validator";
import type { Actor } from "../../auth/policy";
import type { Context } from "../../context";
import { BadUserInputError, type AppError, type FieldProblem } from "../../errors";
import { toGlobalId } from "../../node";
import type { AuditEntry } from "../audit/audit.service";
import { SOURCE_SYSTEM, SOURCE_SYSTEM_RULE } from "./source-key";
import { ItemStatus, SyncKind, type BulkItemResult } from "./sync.types";

/** At most this many items per call, all kinds together. */
export const MAX_ITEMS = 1000;


/** One item on its way through a bulk call: what it will be (or why not). */
export interface Planned {
  kind: SyncKind;
  index: number;
  externalId: string;
  /** Undecided until planning ends; CREATED, UPDATED or UNCHANGED for an accepted item. */
  status: ItemStatus | null;
  /** Database id of the record it writes or finds; ids of new records are chosen before writing. */
  id: string | null;
  version: number | null;
  errors: FieldProblem[];
  /** CONFLICT: the record that already holds the identity, as a global id (only when readable). */
  existingId: string | null;
}

/** Everything the services of one call share: the transaction, the caller, in-batch items, what to audit. */
export interface SyncBatch {
  tx: Context;
  actor: Actor;
  sourceSystem: string;
  /** Audit entries of the accepted changes, appended set-based in the same transaction. */
  audit: AuditEntry[];
}

export function planned(kind: SyncKind, index: number, externalId: string): Planned {
  return { kind, index, externalId, status: null, id: null, version: null, errors: [], existingId: null };
}

export function failed(item: Planned): boolean {
  return item.status === ItemStatus.CONFLICT || item.status === ItemStatus.REJECTED;
}

export function reject(item: Planned, problems: FieldProblem[]): void {
  if (problems.length === 0) return;
  if (!failed(item)) item.status = ItemStatus.REJECTED;
  item.errors.push(...problems);
}

export function conflict(item: Planned, problem: FieldProblem, existing?: { type: string; id: string } | null): void {
  item.status = ItemStatus.CONFLICT;
  item.errors.push(problem);
  if (existing) item.existingId = toGlobalId(existing.type, existing.id);
}

/** The field problems of an error thrown by a shared rule (BAD_USER_INPUT names its fields; FORBIDDEN, NOT_FOUND the given one). */
export function problemsOf(error: unknown, field: string, prefix = ""): FieldProblem[] {
  const appError = error as AppError;
  if (!appError?.extensions?.code) throw error;
  if (appError instanceof BadUserInputError) return (appError.extensions.fields as FieldProblem[]).map((p) => ({ field: prefix + p.field, message: p.message }));
  return [{ field: prefix + field, message: appError.message }];
}

/** Runs a shared rule that throws synchronously, turning its refusal into the item's problems. */
export function check(item: Planned, field: string, run: () => unknown): boolean {
  try {
    run();
    return true;
  } catch (error) {
    reject(item, problemsOf(error, field));
    return false;
  }
}

/** Runs a shared rule that throws, turning its refusal into the item's problems. */
export async function rule(item: Planned, field: string, check: () => unknown | Promise<unknown>, prefix = ""): Promise<boolean> {
  try {
    await check();
    return true;
  } catch (error) {
    reject(item, problemsOf(error, field, prefix));
    return false;
  }
}

function flatten(errors: ValidationError[], prefix = ""): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    return [...Object.values(error.constraints ?? {}).map((message) => ({ field, message })), ...flatten(error.children ?? [], field)];
  });
}

/** The item's own decorators (lengths, ranges), nested inputs included. */
export function validateItem(item: object): FieldProblem[] {
  return flatten(validateSync(item, { forbidUnknownValues: false }));
}

/** Refuses the whole call (nothing written) for input no item-by-item answer can fix. */
export function checkBatch(sourceSystem: string, lists: Array<{ field: string; items: Array<{ externalId: string }> }>): void {
  const problems: FieldProblem[] = [];
  if (!SOURCE_SYSTEM.test(sourceSystem)) {
    problems.push({ field: "sourceSystem", message: SOURCE_SYSTEM_RULE });
  }
  const total = lists.reduce((sum, list) => sum + list.items.length, 0);
  if (total > MAX_ITEMS) problems.push({ field: lists.length === 1 ? lists[0].field : "input", message: `tối đa ${MAX_ITEMS} mục mỗi lần, nhận ${total} / at most ${MAX_ITEMS} items a call, got ${total}` });
  for (const list of lists) {
    const seen = new Map<string, number>();
    list.items.forEach((item, index) => {
      const first = seen.get(item.externalId);
      if (first !== undefined) problems.push({ field: `${list.field}.${index}.externalId`, message: `trùng với mục ${first} / the same as item ${first}` });
      else seen.set(item.externalId, index);
    });
  }
  if (problems.length) throw new BadUserInputError(problems.slice(0, 20));
}

/** Exactly one of a reference's two ways to name a record. */
export function refProblems(ref: { id?: string; externalId?: string } | undefined | null, field: string): FieldProblem[] {
  if (!ref) return [];
  return !!ref.id === !!ref.externalId ? [{ field, message: "cần đúng một trong id, externalId / give exactly one of id and externalId" }] : [];
}

/** The advisory-lock key of a record's key: concurrent writers of one external record take turns. */
export function keyLock(kind: SyncKind, sourceSystem: string, externalId: string): string {
  return `sync:${kind}:${sourceSystem}:${externalId}`;
}

/** The answer for one item; a creation that was not written has no id. */
export function resultOf(item: Planned, type: string, written: boolean): BulkItemResult {
  const notWritten = (!written && item.status === ItemStatus.CREATED) || failed(item);
  return {
    kind: item.kind,
    index: item.index,
    externalId: item.externalId,
    status: item.status ?? ItemStatus.REJECTED,
    id: item.id && !notWritten ? toGlobalId(type, item.id) : null,
    version: notWritten ? null : item.version,
    errors: item.errors,
    existingId: item.existingId,
  };
}

/** Fields whose values decide UNCHANGED: equal when both are empty or both hold the same value. */
export function sameFields<T extends object>(a: T, b: T, fields: ReadonlyArray<keyof T>): boolean {
  return fields.every((field) => (a[field] ?? null) === (b[field] ?? null));
}
