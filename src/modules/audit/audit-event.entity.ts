import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/**
 * One accepted write, appended in the same transaction as the write itself. Rows are immutable:
 * a trigger refuses UPDATE, DELETE and TRUNCATE for every database role.
 */
@ObjectType({ description: "Nhật ký thay đổi / audit event" })
@Entity({ name: "audit_event" })
@Index("IDX_AUDIT_EVENT_ENTITY", ["entityType", "entityId"])
@Index("IDX_AUDIT_EVENT_ORGANISATION_SEQUENCE", ["organisationId", "id"])
@Index("IDX_AUDIT_EVENT_ENTITY_ID", ["entityId", "id"])
@Index("IDX_AUDIT_EVENT_FEED", ["transactionId", "id"])
@Index("IDX_AUDIT_EVENT_ORGANISATION_FEED", ["organisationId", "transactionId", "id"])
export class AuditEvent {
  /** Position in the audit sequence; the change feed's cursor derives from it. */
  @Field(() => ID, { name: "sequence" })
  @PrimaryGeneratedColumn("increment", { type: "bigint", primaryKeyConstraintName: "PK_AUDIT_EVENT" })
  id!: string;

  @Field()
  @Column({ name: "occurred_at", type: "timestamptz", default: () => "now()" })
  occurredAt!: Date;

  @Index("IDX_AUDIT_EVENT_ACTOR")
  @Column({ name: "actor_id", type: "uuid", nullable: true })
  actorId!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: "actor_username", type: "varchar", length: 64, nullable: true })
  actorUsername!: string | null;

  @Field({ description: "e.g. organisation.update, user.grant_role" })
  @Column({ type: "varchar", length: 64 })
  action!: string;

  @Field()
  @Column({ name: "entity_type", type: "varchar", length: 64 })
  entityType!: string;

  @Column({ name: "entity_id", type: "uuid" })
  entityId!: string;

  /** Organisation whose data changed, for audit queries by organisation (newest first within it). */
  @Column({ name: "organisation_id", type: "uuid", nullable: true })
  organisationId!: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  @Column({ type: "jsonb", nullable: true })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  @Column({ type: "jsonb", nullable: true })
  after!: Record<string, unknown> | null;

  /**
   * The writing transaction (xid8 as bigint), stamped by a trigger on insert: the change feed's
   * order and horizon (src/modules/change/). Never set by the application.
   */
  @Column({ name: "xact_id", type: "bigint", insert: false, update: false, select: false })
  transactionId!: string;

  @Field(() => String, { nullable: true })
  @Column({ name: "request_id", type: "varchar", length: 100, nullable: true })
  requestId!: string | null;
}
