import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../../node";
import { Document } from "../document/document.entity";
import { Organisation } from "../organisation/organisation.entity";

/** One line of "Nơi nhận": an organisation of the system, or a name as written. */
@ObjectType({ implements: Node, description: "Nơi nhận / recipient" })
@Entity({ name: "report_recipient" })
@Index("IDX_REPORT_RECIPIENT_REPORT", ["reportId", "position"])
export class ReportRecipient extends Node {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "PK_REPORT_RECIPIENT" })
  override id!: string;

  @ManyToOne(() => Document, { onDelete: "CASCADE" })
  @JoinColumn({ name: "report_id", foreignKeyConstraintName: "FK_REPORT_RECIPIENT_REPORT" })
  report?: Document;

  @Column({ name: "report_id", type: "uuid" })
  reportId!: string;

  @Field(() => Int)
  @Column({ type: "int" })
  position!: number;

  @ManyToOne(() => Organisation, { nullable: true, onDelete: "RESTRICT" })
  @JoinColumn({ name: "organisation_id", foreignKeyConstraintName: "FK_REPORT_RECIPIENT_ORGANISATION" })
  organisation?: Organisation | null;

  /** The receiving organisation, whose approvers accept or return the report. */
  @Index("IDX_REPORT_RECIPIENT_ORGANISATION")
  @Column({ name: "organisation_id", type: "uuid", nullable: true })
  organisationId!: string | null;

  @Field({ description: "As written in Nơi nhận" })
  @Column({ type: "varchar", length: 300 })
  name!: string;

  @Field(() => String, { nullable: true, description: "\"báo cáo\", \"để b/c\"" })
  @Column({ type: "varchar", length: 100, nullable: true })
  purpose!: string | null;
}
