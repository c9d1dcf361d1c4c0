import { ArrayMaxSize, Max, MaxLength, Min } from "class-validator";
import { GraphQLJSONObject } from "graphql-scalars";
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";

export enum ChangeOperation {
  CREATED = "CREATED",
  UPDATED = "UPDATED",
  WITHDRAWN = "WITHDRAWN",
  DELETED = "DELETED",
}
registerEnumType(ChangeOperation, { name: "ChangeOperation", description: "Tạo mới; cập nhật; thu hồi; xóa" });

/** One accepted write as the change feed tells it: derived from its audit event, never stored twice. */
@ObjectType({ description: "Một thay đổi / one change of the feed, in feed order" })
export class Change {
  @Field({ description: "Resume after this change: pass it as `after` to `changes` or `changed`" })
  cursor!: string;

  @Field(() => ID, { description: "Position in the audit sequence (auditEvents' sequence)" })
  sequence!: string;

  @Field(() => ID, { description: "Global id of the changed record (see node(id:)); a deleted record's id stays valid here" })
  entityId!: string;

  @Field({ description: "Node type of the record, e.g. Document, Task" })
  type!: string;

  @Field(() => ChangeOperation)
  operation!: ChangeOperation;

  @Field({ description: "The audit action, e.g. document.update, task.add_update" })
  action!: string;

  @Field(() => Int, { nullable: true, description: "The record's version after the change (optimistic concurrency), when it has one" })
  version!: number | null;

  @Field()
  occurredAt!: Date;

  @Field(() => ID, { nullable: true, description: "Global id of the organisation whose data changed" })
  organisationId!: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: "The record's columns after the change; null when it was deleted" })
  state!: Record<string, unknown> | null;
}

@ObjectType("ChangeEdge")
export class ChangeEdge {
  @Field()
  cursor!: string;

  @Field(() => Change)
  node!: Change;
}

@ObjectType({ description: "A page of the change feed; endCursor is always set once anything was read, even when the page is empty of your changes" })
export class ChangePageInfo {
  @Field({ description: "More changes are already readable: ask again at once with endCursor" })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: "Where to resume: the last change of the page, or the feed's horizon when the page holds all there is" })
  endCursor!: string | null;
}

@ObjectType("ChangeConnection")
export class ChangeConnection {
  @Field(() => [ChangeEdge])
  edges!: ChangeEdge[];

  @Field(() => ChangePageInfo)
  pageInfo!: ChangePageInfo;
}

/** Narrows the feed; a cursor belongs to the filter it was read with. */
@InputType({ description: "Lọc dòng thay đổi / change feed filter" })
export class ChangeFilter {
  @Field(() => [String], { nullable: true, description: "Node type names, e.g. [\"Document\", \"Task\"]; all types when absent" })
  @ArrayMaxSize(32)
  @MaxLength(64, { each: true })
  types?: string[];

  @Field(() => ID, { nullable: true, description: "Only changes of this organisation's data" })
  organisationId?: string;

  @Field(() => Boolean, { nullable: true, description: "With organisationId: also the organisations below it" })
  includeSubunits?: boolean;
}

export const MAX_CHANGE_PAGE = 500;
const DEFAULT_CHANGE_PAGE = 100;

@ArgsType()
export class ChangesArgs {
  @Field(() => String, { nullable: true, description: "A cursor from an earlier page or change; the start of the feed when absent" })
  after?: string;

  @Field(() => Int, { nullable: true, description: `Page size, 1 to ${MAX_CHANGE_PAGE} (default ${DEFAULT_CHANGE_PAGE})` })
  @Min(1)
  @Max(MAX_CHANGE_PAGE)
  first?: number;

  @Field(() => ChangeFilter, { nullable: true })
  filter?: ChangeFilter;
}

export function pageSize(args: ChangesArgs): number {
  return args.first ?? DEFAULT_CHANGE_PAGE;
}
