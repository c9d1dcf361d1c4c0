import { GraphQLLocalDate } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from "typeorm";
import { Node } from "../../node";
import { Document } from "../document/document.entity";
import { Organisation } from "../organisation/organisation.entity";
import { Cadence } from "./task.enums";

/**
 * A task (nhiệm vụ) assigned by a plan or notice to one lead organisation (chủ trì) with any
 * coordinating ones (phối hợp). Its status is the latest dated update; "overdue" is derived.
 */
@ObjectType({ implements: Node, description: "Nhiệm vụ / task" })
@Entity({ name: "task" })
@Index("UQ_TASK_EXTERNAL", ["sourceSystem", "externalId"], { unique: true, where: "source_system IS NOT NULL" })
@Index("IDX_TASK_PERIOD", ["periodStart", "periodEnd"])
export class Task extends Node {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "PK_TASK" })
  override id!: string;

  @ManyToOne(() => Document, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "assigned_by_id", foreignKeyConstraintName: "FK_TASK_ASSIGNED_BY" })
  assignedBy?: Document;

  /** The plan or notice that assigns the task. */
  @Index("IDX_TASK_ASSIGNED_BY")
  @Column({ name: "assigned_by_id", type: "uuid" })
  assignedById!: string;

  @Field(() => String, { nullable: true, description: "Code or ordinal within the plan or notice, e.g. \"2.1\"" })
  @Column({ type: "varchar", length: 20, nullable: true })
  code!: string | null;

  @Field()
  @Column({ type: "text" })
  title!: string;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "lead_organisation_id", foreignKeyConstraintName: "FK_TASK_LEAD" })
  leadOrganisation?: Organisation;

  @Index("IDX_TASK_LEAD")
  @Column({ name: "lead_organisation_id", type: "uuid" })
  leadOrganisationId!: string;

  @ManyToMany(() => Organisation)
  @JoinTable({
    name: "task_coordinator",
    joinColumn: { name: "task_id", referencedColumnName: "id", foreignKeyConstraintName: "FK_TASK_COORDINATOR_TASK" },
    inverseJoinColumn: { name: "organisation_id", referencedColumnName: "id", foreignKeyConstraintName: "FK_TASK_COORDINATOR_ORGANISATION" },
  })
  coordinators?: Organisation[];

  @Field(() => Cadence)
  @Column({ type: "enum", enum: Cadence, enumName: "cadence" })
  cadence!: Cadence;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "Required for SCHEDULED tasks" })
  @Column({ name: "due_on", type: "date", nullable: true })
  dueOn!: string | null;

  @Field(() => GraphQLLocalDate, { description: "First day of the period the task belongs to" })
  @Column({ name: "period_start", type: "date" })
  periodStart!: string;

  @Field(() => GraphQLLocalDate)
  @Column({ name: "period_end", type: "date" })
  periodEnd!: string;

  @Index("IDX_TASK_SEARCH", { synchronize: false })
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
