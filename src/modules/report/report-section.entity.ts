import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../../node";
import { Document } from "../document/document.entity";

/** A numbered section of a report ("I.", "1.", "1.1.", "a)"), in order, with its text. */
@ObjectType({ implements: Node, description: "Mục của báo cáo / report section" })
@Entity({ name: "report_section" })
@Index("IDX_REPORT_SECTION_REPORT", ["reportId", "position"])
export class ReportSection extends Node {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "PK_REPORT_SECTION" })
  override id!: string;

  @ManyToOne(() => Document, { onDelete: "CASCADE" })
  @JoinColumn({ name: "report_id", foreignKeyConstraintName: "FK_REPORT_SECTION_REPORT" })
  report?: Document;

  @Column({ name: "report_id", type: "uuid" })
  reportId!: string;

  @ManyToOne(() => ReportSection, { nullable: true, onDelete: "CASCADE" })
  @JoinColumn({ name: "parent_id", foreignKeyConstraintName: "FK_REPORT_SECTION_PARENT" })
  parent?: ReportSection | null;

  @Column({ name: "parent_id", type: "uuid", nullable: true })
  parentId!: string | null;

  @Field(() => Int, { description: "Order among all sections of the report, from 0" })
  @Column({ type: "int" })
  position!: number;

  @Field(() => Int, { description: "Depth in the tree, from 1" })
  @Column({ type: "int" })
  level!: number;

  @Field({ description: "Numbering as written: \"I.\", \"1.2.\", \"a)\"" })
  @Column({ type: "varchar", length: 20 })
  numbering!: string;

  @Field()
  @Column({ type: "text" })
  heading!: string;

  @Field({ description: "The section's own text (figure spans are offsets into it)" })
  @Column({ type: "text", default: "" })
  body!: string;

  /** Where `body` starts in the report's imported text, when it was imported. */
  @Field(() => Int, { nullable: true, description: "Offset of the body in the imported report text" })
  @Column({ name: "body_offset", type: "int", nullable: true })
  bodyOffset!: number | null;
}
