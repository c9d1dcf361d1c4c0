import { GraphQLLocalDate } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../../node";
import { Organisation } from "../organisation/organisation.entity";
import { Document } from "../document/document.entity";
import { Task } from "./task.entity";
import { TaskStatus } from "./task.enums";

/** A dated progress update of a task, by its lead organisation or (on its part) a coordinating one. */
@ObjectType({ implements: Node, description: "Cập nhật tiến độ / progress update" })
@Entity({ name: "task_update" })
@Index("IDX_TASK_UPDATE_TASK", ["taskId", "reportedOn"])
@Check("CHK_TASK_UPDATE_PROGRESS", `progress_percent IS NULL OR (progress_percent BETWEEN 0 AND 100)`)
export class TaskUpdate extends Node {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "PK_TASK_UPDATE" })
  override id!: string;

  @ManyToOne(() => Task, { onDelete: "CASCADE" })
  @JoinColumn({ name: "task_id", foreignKeyConstraintName: "FK_TASK_UPDATE_TASK" })
  task?: Task;

  @Column({ name: "task_id", type: "uuid" })
  taskId!: string;

  /** The organisation reporting: the lead, or a coordinating organisation for its part. */
  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "organisation_id", foreignKeyConstraintName: "FK_TASK_UPDATE_ORGANISATION" })
  organisation?: Organisation;

  @Column({ name: "organisation_id", type: "uuid" })
  organisationId!: string;

  @Field(() => TaskStatus)
  @Column({ type: "enum", enum: TaskStatus, enumName: "task_status" })
  status!: TaskStatus;

  @Field(() => Int, { nullable: true })
  @Column({ name: "progress_percent", type: "int", nullable: true })
  progressPercent!: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  note!: string | null;

  @Field(() => GraphQLLocalDate, { description: "The date the update speaks for" })
  @Column({ name: "reported_on", type: "date" })
  reportedOn!: string;

  @ManyToMany(() => Document)
  @JoinTable({
    name: "task_update_evidence",
    joinColumn: { name: "task_update_id", referencedColumnName: "id", foreignKeyConstraintName: "FK_TASK_UPDATE_EVIDENCE_UPDATE" },
    inverseJoinColumn: { name: "document_id", referencedColumnName: "id", foreignKeyConstraintName: "FK_TASK_UPDATE_EVIDENCE_DOCUMENT" },
  })
  evidence?: Document[];

  @Column({ name: "author_id", type: "uuid", nullable: true })
  authorId!: string | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
