import { GraphQLLocalDate } from "graphql-scalars";
import { Field, Float, ObjectType } from "type-graphql";
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../../node";
import { Organisation } from "../organisation/organisation.entity";
import { Document } from "../document/document.entity";
import { Indicator } from "./indicator.entity";

/**
 * A target of an indicator for one organisation and period, in force from a date. An adjustment
 * (a notice of kind ADJUSTMENT) adds a target in force from its date and keeps the old one, so a
 * measurement is judged against the target in force at the end of its period.
 */
@ObjectType({ implements: Node, description: "Chỉ tiêu giao / target" })
@Entity({ name: "indicator_target" })
@Index("IDX_INDICATOR_TARGET_LOOKUP", ["indicatorId", "organisationId", "effectiveFrom"])
@Check("CHK_INDICATOR_TARGET_PERIOD", `period_start <= period_end`)
export class IndicatorTarget extends Node {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "PK_INDICATOR_TARGET" })
  override id!: string;

  @ManyToOne(() => Indicator, { onDelete: "CASCADE" })
  @JoinColumn({ name: "indicator_id", foreignKeyConstraintName: "FK_INDICATOR_TARGET_INDICATOR" })
  indicator?: Indicator;

  @Column({ name: "indicator_id", type: "uuid" })
  indicatorId!: string;

  @Index("IDX_INDICATOR_TARGET_ORGANISATION")
  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "organisation_id", foreignKeyConstraintName: "FK_INDICATOR_TARGET_ORGANISATION" })
  organisation?: Organisation;

  @Column({ name: "organisation_id", type: "uuid" })
  organisationId!: string;

  @Field(() => GraphQLLocalDate)
  @Column({ name: "period_start", type: "date" })
  periodStart!: string;

  @Field(() => GraphQLLocalDate, { description: "The deadline of the target" })
  @Column({ name: "period_end", type: "date" })
  periodEnd!: string;

  @Field(() => Float, { nullable: true, description: "Target value: percent for RATIO and PERCENT, a number for COUNT, 1 (yes) for BOOLEAN" })
  @Column({ name: "target_value", type: "double precision", nullable: true })
  targetValue!: number | null;

  @Field(() => String, { nullable: true, description: "Qualitative target (TEXT indicators)" })
  @Column({ name: "target_text", type: "text", nullable: true })
  targetText!: string | null;

  @Field(() => GraphQLLocalDate, { description: "In force from this date (the adjusting notice's date for an adjustment)" })
  @Column({ name: "effective_from", type: "date" })
  effectiveFrom!: string;

  @ManyToOne(() => Document, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "set_by_id", foreignKeyConstraintName: "FK_INDICATOR_TARGET_SET_BY" })
  setBy?: Document;

  /** The plan or notice that set (or adjusted) this target. */
  @Column({ name: "set_by_id", type: "uuid" })
  setById!: string;

  @Column({ name: "created_by_id", type: "uuid", nullable: true })
  createdById!: string | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
