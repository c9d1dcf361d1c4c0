import { GraphQLLocalDate } from "graphql-scalars";
import { Field, Float, Int, ObjectType } from "type-graphql";
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../../node";
import { Organisation } from "../organisation/organisation.entity";
import { Document } from "../document/document.entity";
import { Indicator } from "./indicator.entity";

/**
 * One value of an indicator for one organisation and period (số liệu), with its source. Never
 * overwritten: a correction is a new measurement that supersedes this one.
 */
@ObjectType({ implements: Node, description: "Số liệu / measurement" })
@Entity({ name: "measurement" })
@Index("IDX_MEASUREMENT_LOOKUP", ["indicatorId", "organisationId", "periodEnd"])
@Index("UQ_MEASUREMENT_SUPERSEDES", ["supersedesId"], { unique: true, where: "supersedes_id IS NOT NULL" })
@Index("UQ_MEASUREMENT_EXTERNAL", ["sourceSystem", "externalId", "revision"], { unique: true, where: "source_system IS NOT NULL" })
@Check("CHK_MEASUREMENT_PERIOD", `period_start <= period_end`)
@Check("CHK_MEASUREMENT_EXTERNAL", `(source_system IS NULL) = (external_id IS NULL) AND (source_system IS NULL) = (revision IS NULL)`)
export class Measurement extends Node {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "PK_MEASUREMENT" })
  override id!: string;

  @ManyToOne(() => Indicator, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "indicator_id", foreignKeyConstraintName: "FK_MEASUREMENT_INDICATOR" })
  indicator?: Indicator;

  @Column({ name: "indicator_id", type: "uuid" })
  indicatorId!: string;

  @Index("IDX_MEASUREMENT_ORGANISATION")
  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "organisation_id", foreignKeyConstraintName: "FK_MEASUREMENT_ORGANISATION" })
  organisation?: Organisation;

  @Column({ name: "organisation_id", type: "uuid" })
  organisationId!: string;

  @Field(() => GraphQLLocalDate)
  @Column({ name: "period_start", type: "date" })
  periodStart!: string;

  @Field(() => GraphQLLocalDate, { description: "End of the period, or the as-of date of a snapshot" })
  @Column({ name: "period_end", type: "date" })
  periodEnd!: string;

  @Field(() => Float, { nullable: true })
  @Column({ type: "double precision", nullable: true })
  numerator!: number | null;

  @Field(() => Float, { nullable: true })
  @Column({ type: "double precision", nullable: true })
  denominator!: number | null;

  @Field(() => Float, { nullable: true, description: "The value: percent for RATIO (computed), the count, the percent, 1/0 for BOOLEAN" })
  @Column({ type: "double precision", nullable: true })
  value!: number | null;

  @Field(() => String, { nullable: true, description: "Qualitative value (TEXT indicators)" })
  @Column({ name: "text_value", type: "text", nullable: true })
  textValue!: string | null;

  @ManyToOne(() => Document, { nullable: true, onDelete: "RESTRICT" })
  @JoinColumn({ name: "source_document_id", foreignKeyConstraintName: "FK_MEASUREMENT_SOURCE" })
  sourceDocument?: Document | null;

  @Column({ name: "source_document_id", type: "uuid", nullable: true })
  sourceDocumentId!: string | null;

  @Field(() => String, { nullable: true, description: "Where in the source: section, quote" })
  @Column({ name: "source_locator", type: "text", nullable: true })
  sourceLocator!: string | null;

  @Field(() => Int, { nullable: true, description: "Character span in the source text (start, inclusive)" })
  @Column({ name: "source_span_start", type: "int", nullable: true })
  sourceSpanStart!: number | null;

  @Field(() => Int, { nullable: true, description: "Character span in the source text (end, exclusive)" })
  @Column({ name: "source_span_end", type: "int", nullable: true })
  sourceSpanEnd!: number | null;

  @ManyToOne(() => Measurement, { nullable: true, onDelete: "RESTRICT" })
  @JoinColumn({ name: "supersedes_id", foreignKeyConstraintName: "FK_MEASUREMENT_SUPERSEDES" })
  supersedes?: Measurement | null;

  /** The measurement this one corrects. */
  @Column({ name: "supersedes_id", type: "uuid", nullable: true })
  supersedesId!: string | null;

  @Field(() => String, { nullable: true, description: "System it was synced from (with externalId)" })
  @Column({ name: "source_system", type: "varchar", length: 64, nullable: true })
  sourceSystem!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: "external_id", type: "varchar", length: 200, nullable: true })
  externalId!: string | null;

  /** A synced record's chain of corrections shares its key; each link is the next revision (1 first). */
  @Field(() => Int, { nullable: true, description: "Synced measurements: 1 for the first value of the external record, then one more per correction" })
  @Column({ type: "int", nullable: true })
  revision!: number | null;

  @Column({ name: "recorded_by_id", type: "uuid", nullable: true })
  recordedById!: string | null;

  @Field({ description: "When it was recorded" })
  @CreateDateColumn({ name: "recorded_at", type: "timestamptz" })
  recordedAt!: Date;
}
