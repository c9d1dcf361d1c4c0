import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";

/** What a bulk upsert did (or, when nothing was written, would have done) with one item. */
export enum ItemStatus {
  CREATED = "CREATED",
  UPDATED = "UPDATED",
  UNCHANGED = "UNCHANGED",
  CONFLICT = "CONFLICT",
  REJECTED = "REJECTED",
}
registerEnumType(ItemStatus, {
  name: "BulkItemStatus",
  description: "Tạo mới; cập nhật; không đổi (không ghi, không nhật ký, không phiên bản mới); xung đột (phiên bản cũ, hoặc định danh thuộc bản ghi khác); bị từ chối (dữ liệu hoặc quyền)",
});

export enum ErrorPolicy {
  ALL_OR_NOTHING = "ALL_OR_NOTHING",
  KEEP_VALID = "KEEP_VALID",
}
registerEnumType(ErrorPolicy, {
  name: "BulkErrorPolicy",
  description: "ALL_OR_NOTHING: any item not accepted and nothing is written, every item says what it would have been; KEEP_VALID: the accepted items are written",
});

export enum SyncKind {
  DOCUMENT = "DOCUMENT",
  TASK = "TASK",
  INDICATOR = "INDICATOR",
  MEASUREMENT = "MEASUREMENT",
}
registerEnumType(SyncKind, { name: "SyncKind" });

@ObjectType("BulkFieldError", { description: "A field of one item and what is wrong with it" })
export class BulkFieldError {
  @Field({ description: "Path inside the item, e.g. \"dueOn\", \"legalBases.0.externalId\"" })
  field!: string;

  @Field()
  message!: string;
}

@ObjectType({ description: "The answer for one item, in input order" })
export class BulkItemResult {
  @Field(() => SyncKind)
  kind!: SyncKind;

  @Field(() => Int, { description: "Position of the item in its list" })
  index!: number;

  @Field()
  externalId!: string;

  @Field(() => ItemStatus)
  status!: ItemStatus;

  @Field(() => ID, { nullable: true, description: "The record; null for a creation that was not written. A changed measurement is a new record that corrects the previous one" })
  id!: string | null;

  @Field(() => Int, { nullable: true, description: "The record's version after the call (a measurement's revision)" })
  version!: number | null;

  @Field(() => [BulkFieldError])
  errors!: BulkFieldError[];

  @Field(() => ID, { nullable: true, description: "CONFLICT: the record that already holds the identity or key, when the caller may read it" })
  existingId!: string | null;
}

@ObjectType()
export class BulkUpsertPayload {
  @Field({ description: "false when the error policy refused the whole batch: nothing was written" })
  written!: boolean;

  @Field(() => [BulkItemResult])
  results!: BulkItemResult[];
}
