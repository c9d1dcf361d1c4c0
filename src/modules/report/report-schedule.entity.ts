import { GraphQLLocalDate } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../../node";
import { Document } from "../document/document.entity";
import { Organisation } from "../organisation/organisation.entity";
import { ReportPeriodKind } from "./report.enums";

/**
 * A reporting obligation (chế độ báo cáo): an organisation reports every week, month, quarter,
 * half-year or year, due a number of days after each period ends, as a document requires.
 */
@ObjectType({ implements: Node, description: "Chế độ báo cáo / reporting obligation" })
@Entity({ name: "report_schedule" })
export class ReportSchedule extends Node {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "PK_REPORT_SCHEDULE" })
  override id!: string;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "organisation_id", foreignKeyConstraintName: "FK_REPORT_SCHEDULE_ORGANISATION" })
  organisation?: Organisation;

  @Index("IDX_REPORT_SCHEDULE_ORGANISATION")
  @Column({ name: "organisation_id", type: "uuid" })
  organisationId!: string;

  @Field(() => ReportPeriodKind)
  @Column({ name: "period_kind", type: "enum", enum: ReportPeriodKind, enumName: "report_period_kind" })
  periodKind!: ReportPeriodKind;

  @Field(() => Int, { description: "Days after the end of each period by which the report is due" })
  @Column({ name: "due_after_days", type: "int" })
  dueAfterDays!: number;

  @ManyToOne(() => Document, { nullable: true, onDelete: "RESTRICT" })
  @JoinColumn({ name: "required_by_id", foreignKeyConstraintName: "FK_REPORT_SCHEDULE_REQUIRED_BY" })
  requiredBy?: Document | null;

  @Column({ name: "required_by_id", type: "uuid", nullable: true })
  requiredById!: string | null;

  @Field(() => GraphQLLocalDate)
  @Column({ name: "active_from", type: "date" })
  activeFrom!: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Column({ name: "active_to", type: "date", nullable: true })
  activeTo!: string | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
