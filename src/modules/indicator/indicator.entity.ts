import { Field, Float, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from "typeorm";
import { Node } from "../../node";
import { Document } from "../document/document.entity";
import { Accumulation, Direction, MeasureKind } from "./indicator.enums";

/** An indicator (chỉ tiêu) defined by a plan or notice, with targets per organisation and period. */
@ObjectType({ implements: Node, description: "Chỉ tiêu / indicator" })
@Entity({ name: "indicator" })
@Index("UQ_INDICATOR_EXTERNAL", ["sourceSystem", "externalId"], { unique: true, where: "source_system IS NOT NULL" })
export class Indicator extends Node {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "PK_INDICATOR" })
  override id!: string;

  @ManyToOne(() => Document, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "defined_by_id", foreignKeyConstraintName: "FK_INDICATOR_DEFINED_BY" })
  definedBy?: Document;

  @Index("IDX_INDICATOR_DEFINED_BY")
  @Column({ name: "defined_by_id", type: "uuid" })
  definedById!: string;

  @Field(() => String, { nullable: true, description: "Code within the plan or notice" })
  @Column({ type: "varchar", length: 20, nullable: true })
  code!: string | null;

  @Field()
  @Column({ type: "text" })
  name!: string;

  @Field(() => MeasureKind)
  @Column({ name: "measure_kind", type: "enum", enum: MeasureKind, enumName: "measure_kind" })
  measureKind!: MeasureKind;

  @Field(() => String, { nullable: true, description: "e.g. \"đại biểu\", \"hồ sơ\", \"%\"" })
  @Column({ type: "varchar", length: 50, nullable: true })
  unit!: string | null;

  @Field(() => Direction)
  @Column({ type: "enum", enum: Direction, enumName: "direction", default: Direction.HIGHER_IS_BETTER })
  direction!: Direction;

  @Field(() => Accumulation)
  @Column({ type: "enum", enum: Accumulation, enumName: "accumulation", default: Accumulation.CUMULATIVE })
  accumulation!: Accumulation;

  @Field(() => Float, { nullable: true, description: "Value at the start, in the unit targets use (percent for ratios)" })
  @Column({ type: "double precision", nullable: true })
  baseline!: number | null;

  @Index("IDX_INDICATOR_SEARCH", { synchronize: false })
  @Column({ name: "search_text", type: "text" })
  searchText!: string;

  @Field(() => String, { nullable: true, description: "System it was synced from (with externalId)" })
  @Column({ name: "source_system", type: "varchar", length: 64, nullable: true })
  sourceSystem!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: "external_id", type: "varchar", length: 200, nullable: true })
  externalId!: string | null;

  @Column({ name: "created_by_id", type: "uuid", nullable: true })
  createdById!: string | null;

  @Field(() => Int)
  @VersionColumn()
  version!: number;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  @Field()
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt!: Date;
}
