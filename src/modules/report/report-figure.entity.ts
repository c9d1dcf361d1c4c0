import { Field, Float, Int, ObjectType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../../node";
import { Document } from "../document/document.entity";
import { Measurement } from "../indicator/measurement.entity";
import { FigureKind } from "./report.enums";
import { ReportSection } from "./report-section.entity";

/** A figure in a report's text: what it says, where (span in its section), and the measurement it reports. */
@ObjectType({ implements: Node, description: "Số liệu trong báo cáo / report figure" })
@Entity({ name: "report_figure" })
@Index("IDX_REPORT_FIGURE_REPORT", ["reportId", "position"])
@Check("CHK_REPORT_FIGURE_SPAN", `span_start >= 0 AND span_start <= span_end`)
export class ReportFigure extends Node {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "PK_REPORT_FIGURE" })
  override id!: string;

  @ManyToOne(() => Document, { onDelete: "CASCADE" })
  @JoinColumn({ name: "report_id", foreignKeyConstraintName: "FK_REPORT_FIGURE_REPORT" })
  report?: Document;

  @Column({ name: "report_id", type: "uuid" })
  reportId!: string;

  @ManyToOne(() => ReportSection, { onDelete: "CASCADE" })
  @JoinColumn({ name: "section_id", foreignKeyConstraintName: "FK_REPORT_FIGURE_SECTION" })
  section?: ReportSection;

  @Column({ name: "section_id", type: "uuid" })
  sectionId!: string;

  @Field(() => Int)
  @Column({ type: "int" })
  position!: number;

  @Field({ description: "What the figure counts, as the text says it" })
  @Column({ type: "varchar", length: 500 })
  label!: string;

  @Field(() => FigureKind)
  @Column({ type: "enum", enum: FigureKind, enumName: "figure_kind" })
  kind!: FigureKind;

  @Field({ description: "The figure as written: \"22.581/57.566\", \"99,73%\", \"11952\"" })
  @Column({ type: "varchar", length: 60 })
  text!: string;

  @Field(() => Float, { nullable: true, description: "The count, the percent, or the ratio as a percent" })
  @Column({ type: "double precision", nullable: true })
  value!: number | null;

  @Field(() => Float, { nullable: true })
  @Column({ type: "double precision", nullable: true })
  numerator!: number | null;

  @Field(() => Float, { nullable: true })
  @Column({ type: "double precision", nullable: true })
  denominator!: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 100, nullable: true })
  unit!: string | null;

  @Field(() => Int, { description: "Start of the figure in its section's body" })
  @Column({ name: "span_start", type: "int" })
  spanStart!: number;

  @Field(() => Int, { description: "End (exclusive) of the figure in its section's body" })
  @Column({ name: "span_end", type: "int" })
  spanEnd!: number;

  @ManyToOne(() => Measurement, { nullable: true, onDelete: "RESTRICT" })
  @JoinColumn({ name: "measurement_id", foreignKeyConstraintName: "FK_REPORT_FIGURE_MEASUREMENT" })
  measurement?: Measurement | null;

  /** The measurement the figure reports, once linked. */
  @Index("IDX_REPORT_FIGURE_MEASUREMENT")
  @Column({ name: "measurement_id", type: "uuid", nullable: true })
  measurementId!: string | null;

  @ManyToOne(() => Document, { nullable: true, onDelete: "RESTRICT" })
  @JoinColumn({ name: "cites_document_id", foreignKeyConstraintName: "FK_REPORT_FIGURE_CITES" })
  citesDocument?: Document | null;

  /** A source the figure cites instead of a measurement of the reporting body. */
  @Column({ name: "cites_document_id", type: "uuid", nullable: true })
  citesDocumentId!: string | null;
}
