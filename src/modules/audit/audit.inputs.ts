import { MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";

const tooLong = (max: number) => ({ message: `$property dài quá ${max} ký tự / $property must be at most ${max} characters` });

/** Narrows an audit query; every filter given must hold (they combine with AND). */
@InputType({ description: "Lọc nhật ký thay đổi / audit event filter" })
export class AuditEventFilter {
  @Field(() => String, { nullable: true, description: "A Node type name, e.g. \"Document\", \"Organisation\"" })
  @MaxLength(64, tooLong(64))
  entityType?: string;

  @Field(() => ID, { nullable: true, description: "Global id of the changed record, of any Node type" })
  entityId?: string;

  @Field(() => ID, { nullable: true, description: "Global id of the acting User" })
  actorId?: string;

  @Field(() => String, { nullable: true, description: "Username of the actor, exactly (\"system:seed\" for demo data)" })
  @MaxLength(64, tooLong(64))
  actorUsername?: string;

  @Field(() => ID, { nullable: true, description: "Events whose data belongs to this organisation" })
  organisationId?: string;

  @Field(() => Boolean, { nullable: true, description: "With organisationId: also the organisations below it" })
  includeSubunits?: boolean;

  @Field(() => String, { nullable: true, description: "Exact action, e.g. \"document.update\"" })
  @MaxLength(64, tooLong(64))
  action?: string;

  @Field(() => String, { nullable: true, description: "Actions starting with this text, e.g. \"document.\"" })
  @MaxLength(64, tooLong(64))
  actionPrefix?: string;

  @Field(() => Date, { nullable: true, description: "Events at or after this instant (ISO 8601)" })
  occurredFrom?: Date;

  @Field(() => Date, { nullable: true, description: "Events strictly before this instant (ISO 8601): ranges are half-open" })
  occurredTo?: Date;

  @Field(() => String, { nullable: true, description: "The request id (x-request-id header) of the write" })
  @MaxLength(100, tooLong(100))
  requestId?: string;
}
