import { IsInt, IsOptional, Min } from "class-validator";
import { GraphQLLocalDate } from "graphql-scalars";
import { Field, Float, ID, InputType, Int } from "type-graphql";
import { RequiredText } from "../../validation";
import { Accumulation, Direction, MeasureKind } from "../indicator/indicator.enums";
import { Cadence, TaskStatus } from "../task/task.enums";
import { BulkBatchInput, BulkDocumentItem, BulkItemInput, BulkRefInput } from "./sync.inputs";

@InputType({ description: "A task as the source system holds it; it is assigned by a plan or notice" })
export class BulkTaskItem extends BulkItemInput {
  @Field(() => BulkRefInput, { description: "The plan or notice that assigns it" })
  assignedBy!: BulkRefInput;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @RequiredText(20)
  code?: string;

  @Field()
  @RequiredText(2000)
  title!: string;

  @Field(() => ID, { description: "Chủ trì" })
  leadOrganisationId!: string;

  @Field(() => [ID], { nullable: true, description: "Phối hợp (at most 50)" })
  coordinatingOrganisationIds?: string[];

  @Field(() => Cadence)
  cadence!: Cadence;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "Required for SCHEDULED tasks" })
  dueOn?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "Defaults to the plan's period, or the calendar year of the notice" })
  periodStart?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  periodEnd?: string;

  @Field(() => TaskStatus, { nullable: true, description: "The lead's current status; a change is recorded as the lead's dated progress update" })
  status?: TaskStatus;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "The date a changed status speaks for; defaults to today in Việt Nam" })
  statusReportedOn?: string;
}

@InputType()
export class BulkTargetInput {
  @Field(() => ID)
  organisationId!: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "Defaults to the plan's period, or the year of the notice" })
  periodStart?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  periodEnd?: string;

  @Field(() => Float, { nullable: true })
  targetValue?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @RequiredText(2000)
  targetText?: string;
}

@InputType({ description: "An indicator with the targets its defining plan or notice sets (adjustments by other notices stay)" })
export class BulkIndicatorItem extends BulkItemInput {
  @Field(() => BulkRefInput, { description: "The plan or notice that defines it" })
  definedBy!: BulkRefInput;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @RequiredText(20)
  code?: string;

  @Field()
  @RequiredText(1000)
  name!: string;

  @Field(() => MeasureKind)
  measureKind!: MeasureKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @RequiredText(50)
  unit?: string;

  @Field(() => Direction, { nullable: true, description: "Default HIGHER_IS_BETTER" })
  direction?: Direction;

  @Field(() => Accumulation, { nullable: true, description: "Default CUMULATIVE" })
  accumulation?: Accumulation;

  @Field(() => Float, { nullable: true })
  baseline?: number;

  @Field(() => [BulkTargetInput], { nullable: true, description: "Every target the defining document sets (at most 200)" })
  targets?: BulkTargetInput[];
}

@InputType({ description: "A figure as the monitoring system holds it; a changed one is recorded as a correction, never overwritten" })
export class BulkMeasurementItem extends BulkItemInput {
  @Field(() => BulkRefInput)
  indicator!: BulkRefInput;

  @Field(() => ID, { description: "The measured organisation" })
  organisationId!: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "Defaults to periodEnd" })
  periodStart?: string;

  @Field(() => GraphQLLocalDate)
  periodEnd!: string;

  @Field(() => Float, { nullable: true })
  numerator?: number;

  @Field(() => Float, { nullable: true })
  denominator?: number;

  @Field(() => Float, { nullable: true })
  value?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @RequiredText(4000)
  textValue?: string;

  @Field(() => BulkRefInput, { nullable: true, description: "The document the figure comes from" })
  sourceDocument?: BulkRefInput;

  @Field(() => String, { nullable: true, description: "Section, quote or other locator in that document" })
  @IsOptional()
  @RequiredText(2000)
  sourceLocator?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  sourceSpanStart?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  sourceSpanEnd?: number;
}

@InputType()
export class BulkUpsertTasksInput extends BulkBatchInput {
  @Field(() => [BulkTaskItem], { description: "At most 1 000, each externalId once" })
  items!: BulkTaskItem[];
}

@InputType()
export class BulkUpsertIndicatorsInput extends BulkBatchInput {
  @Field(() => [BulkIndicatorItem], { description: "At most 1 000, each externalId once" })
  items!: BulkIndicatorItem[];
}

@InputType()
export class BulkUpsertMeasurementsInput extends BulkBatchInput {
  @Field(() => [BulkMeasurementItem], { description: "At most 1 000, each externalId once" })
  items!: BulkMeasurementItem[];
}

@InputType({ description: "Items of several kinds in one transaction: tasks, indicators and measurements may refer to documents and indicators of the same call" })
export class BulkUpsertInput extends BulkBatchInput {
  @Field(() => [BulkDocumentItem], { nullable: true })
  documents?: BulkDocumentItem[];

  @Field(() => [BulkTaskItem], { nullable: true })
  tasks?: BulkTaskItem[];

  @Field(() => [BulkIndicatorItem], { nullable: true })
  indicators?: BulkIndicatorItem[];

  @Field(() => [BulkMeasurementItem], { nullable: true })
  measurements?: BulkMeasurementItem[];
}
