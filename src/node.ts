import { Field, ID, InterfaceType } from "type-graphql";
import { badInput } from "./errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Whether a string is a database id (a lower-case uuid), before it reaches a uuid column. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Opaque Relay id: base64url("Type:uuid"). */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, "utf8").toString("base64url");
}

/** Decodes a global id without checking its type; undefined when malformed. */
export function decodeGlobalId(globalId: string): { type: string; id: string } | undefined {
  if (typeof globalId !== "string" || globalId.length > 200 || !/^[A-Za-z0-9_-]+$/.test(globalId)) return undefined;
  const decoded = Buffer.from(globalId, "base64url").toString("utf8");
  const separator = decoded.indexOf(":");
  if (separator < 1) return undefined;
  const type = decoded.slice(0, separator);
  const id = decoded.slice(separator + 1);
  return /^[A-Z][A-Za-z]+$/.test(type) && isUuid(id) ? { type, id } : undefined;
}

/**
 * Decodes a global id of the expected type, or throws BAD_USER_INPUT naming the argument:
 * a malformed id is the caller's mistake, never a server error.
 */
export function fromGlobalId(globalId: string, type: string, field: string): string {
  const decoded = decodeGlobalId(globalId);
  if (!decoded || decoded.type !== type) throw badInput(field, `không phải mã ${type} hợp lệ / not a valid ${type} id`);
  return decoded.id;
}

/**
 * Relay's Node interface. Entities extend it: `id` is the database uuid, the GraphQL `id` is
 * the global id built from the class name, which is also the GraphQL type name.
 */
@InterfaceType({ resolveType: (value: object) => value.constructor.name })
export abstract class Node {
  abstract id: string;

  @Field(() => ID, { name: "id" })
  get globalId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }
}
