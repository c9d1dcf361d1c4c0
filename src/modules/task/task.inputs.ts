import { ArrayMaxSize, IsInt, Max, Min } from "class-validator";
import { GraphQLLocalDate } from "graphql-scalars";
import { Field, ID, InputType, Int } from "type-graphql";
import { RequiredText } from "../../validation";
import { Cadence, TaskStatus } from "./task.enums";

@InputType()
export class CreateTaskInput {
  @Field(() => ID, { description: "The plan or notice that assigns the task" })
  assignedById!: string;

  @Field(() => String, { nullable: true })
  @RequiredText(20)
  code?: string;

  @Field()
  @RequiredText(2000)
  title!: string;

  @Field(() => ID, { description: "Chủ trì" })
  leadOrganisationId!: string;

  @Field(() => [ID], { nullable: true, description: "Phối hợp" })
  @ArrayMaxSize(50)
  coordinatingOrganisationIds?: string[];

  @Field(() => Cadence)
  cadence!: Cadence;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "Required for SCHEDULED tasks" })
  dueOn?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "Defaults to the plan's period, or the calendar year of the notice" })
  periodStart?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  periodEnd?: string;

  @Field(() => String, { nullable: true, description: "System the record comes from (with externalId); a bulk upsert of that system finds it by this key" })
  @RequiredText(64)
  sourceSystem?: string;

  @Field(() => String, { nullable: true })
  @RequiredText(200)
  externalId?: string;
}

@InputType()
export class UpdateTaskInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  @Min(1)
  expectedVersion!: number;

  @Field(() => String, { nullable: true })
  @RequiredText(20)
  code?: string;

  @Field(() => String, { nullable: true })
  @RequiredText(2000)
  title?: string;

  @Field(() => ID, { nullable: true })
  leadOrganisationId?: string;

  @Field(() => [ID], { nullable: true })
  @ArrayMaxSize(50)
  coordinatingOrganisationIds?: string[];

  @Field(() => Cadence, { nullable: true })
  cadence?: Cadence;

  @Field(() => GraphQLLocalDate, { nullable: true })
  dueOn?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  periodStart?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  periodEnd?: string;
}

@InputType()
export class AddTaskUpdateInput {
  @Field(() => ID)
  taskId!: string;

  @Field(() => ID, { nullable: true, description: "The reporting organisation: the lead (default) or a coordinating one, for its part" })
  organisationId?: string;

  @Field(() => TaskStatus)
  status!: TaskStatus;

  @Field(() => Int, { nullable: true })
  @IsInt()
  @Min(0)
  @Max(100)
  progressPercent?: number;

  @Field(() => String, { nullable: true })
  @RequiredText(4000)
  note?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "The date the update speaks for; defaults to today in Việt Nam" })
  reportedOn?: string;

  @Field(() => [ID], { nullable: true, description: "Evidence documents" })
  @ArrayMaxSize(20)
  evidenceDocumentIds?: string[];
}

@InputType()
export class TaskFilter {
  @Field(() => ID, { nullable: true, description: "Tasks this organisation leads or coordinates" })
  organisationId?: string;

  @Field(() => ID, { nullable: true, description: "Tasks led by organisations of this locality or below" })
  localityId?: string;

  @Field(() => ID, { nullable: true })
  assignedById?: string;

  @Field(() => [TaskStatus], { nullable: true, description: "Status as of `asOf`" })
  statuses?: TaskStatus[];

  @Field({ nullable: true, description: "Only overdue (true) or only not overdue (false) tasks, as of `asOf`" })
  overdue?: boolean;

  @Field(() => Cadence, { nullable: true })
  cadence?: Cadence;

  @Field(() => String, { nullable: true })
  @RequiredText(200)
  search?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "Tasks whose period overlaps [periodFrom, periodTo]" })
  periodFrom?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  periodTo?: string;
}
