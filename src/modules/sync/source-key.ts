import { badInput } from "../../errors";

/** A source system names itself the same way on every call: "qlvb-haiphong", "nq57.vn". */
export const SOURCE_SYSTEM = /^[a-z][a-z0-9._-]{1,63}$/;

export const SOURCE_SYSTEM_RULE = "2-64 ký tự: chữ thường, số, '.', '-', '_', bắt đầu bằng chữ / 2-64 lower-case letters, digits, '.', '-' or '_', starting with a letter";

/**
 * The key a single-record create stores, so that a later bulk upsert of the same source system finds
 * the record instead of creating it again: both parts or neither.
 */
export function sourceKeyOf(input: { sourceSystem?: string; externalId?: string }): { sourceSystem: string | null; externalId: string | null } {
  if (!!input.sourceSystem !== !!input.externalId) {
    throw badInput(input.sourceSystem ? "externalId" : "sourceSystem", "cần cả sourceSystem và externalId / give both sourceSystem and externalId");
  }
  if (input.sourceSystem && !SOURCE_SYSTEM.test(input.sourceSystem)) throw badInput("sourceSystem", SOURCE_SYSTEM_RULE);
  return { sourceSystem: input.sourceSystem ?? null, externalId: input.externalId ?? null };
}
