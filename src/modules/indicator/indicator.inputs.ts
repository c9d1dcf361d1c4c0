import { ArrayMaxSize, IsInt, Min, ValidateNested } from "class-validator";
import { GraphQLLocalDate } from "graphql-scalars";
import { Field, Float, ID, InputType, Int } from "type-graphql";
import { RequiredText } from "../../validation";
import { Accumulation, Direction, MeasureKind } from "./indicator.enums";

@InputType()
export class TargetInput {
  @Field(() => ID)
  organisationId!: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "Defaults to the plan's period, or the year of the notice" })
  periodStart?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "The deadline" })
  periodEnd?: string;

  @Field(() => Float, { nullable: true, description: "Percent for RATIO and PERCENT, a number for COUNT, 1 for a BOOLEAN to be done" })
  targetValue?: number;

  @Field(() => String, { nullable: true })
  @RequiredText(2000)
  targetText?: string;
}

@InputType()
export class CreateIndicatorInput {
  @Field(() => ID, { description: "The plan or notice that defines the indicator" })
  definedById!: string;

  @Field(() => String, { nullable: true })
  @RequiredText(20)
  code?: string;

  @Field()
  @RequiredText(1000)
  name!: string;

  @Field(() => MeasureKind)
  measureKind!: MeasureKind;

  @Field(() => String, { nullable: true })
  @RequiredText(50)
  unit?: string;

  @Field(() => Direction, { nullable: true, description: "Default HIGHER_IS_BETTER" })
  direction?: Direction;

  @Field(() => Accumulation, { nullable: true, description: "Default CUMULATIVE" })
  accumulation?: Accumulation;

  @Field(() => Float, { nullable: true })
  baseline?: number;

  @Field(() => [TargetInput], { nullable: true, description: "Targets set by the same document" })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  targets?: TargetInput[];

  @Field(() => String, { nullable: true, description: "System the record comes from (with externalId); a bulk upsert of that system finds it by this key" })
  @RequiredText(64)
  sourceSystem?: string;

  @Field(() => String, { nullable: true })
  @RequiredText(200)
  externalId?: string;
}

@InputType()
export class SetTargetInput extends TargetInput {
  @Field(() => ID)
  indicatorId!: string;

  @Field(() => ID, { description: "The plan or notice that sets it; a notice of kind ADJUSTMENT adjusts from its date on" })
  setById!: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "In force from; defaults to the adjusting notice's date, else the period start" })
  effectiveFrom?: string;
}

@InputType()
export class MeasurementSourceInput {
  @Field(() => ID, { nullable: true, description: "The document the figure comes from" })
  documentId?: string;

  @Field(() => String, { nullable: true, description: "Section, quote or other locator in that document" })
  @RequiredText(2000)
  locator?: string;

  @Field(() => Int, { nullable: true })
  @IsInt()
  @Min(0)
  spanStart?: number;

  @Field(() => Int, { nullable: true })
  @IsInt()
  @Min(0)
  spanEnd?: number;
}

@InputType()
export class MeasurementValuesInput {
  @Field(() => GraphQLLocalDate, { nullable: true, description: "Defaults to periodEnd (a snapshot as of that date)" })
  periodStart?: string;

  @Field(() => GraphQLLocalDate, { description: "End of the period, or the as-of date" })
  periodEnd!: string;

  @Field(() => Float, { nullable: true, description: "RATIO: e.g. 15 of 15/27" })
  @Min(0)
  numerator?: number;

  @Field(() => Float, { nullable: true, description: "RATIO: e.g. 27 of 15/27" })
  denominator?: number;

  @Field(() => Float, { nullable: true, description: "COUNT, PERCENT (0-100) or BOOLEAN (1 yes, 0 no)" })
  value?: number;

  @Field(() => String, { nullable: true, description: "TEXT indicators" })
  @RequiredText(4000)
  textValue?: string;

  @Field(() => MeasurementSourceInput, { nullable: true })
  @ValidateNested()
  source?: MeasurementSourceInput;
}

@InputType()
export class RecordMeasurementInput extends MeasurementValuesInput {
  @Field(() => ID)
  indicatorId!: string;

  @Field(() => ID, { description: "The measured organisation" })
  organisationId!: string;
}

@InputType()
export class CorrectMeasurementInput extends MeasurementValuesInput {
  @Field(() => ID, { description: "The measurement this one corrects; it stays readable, superseded" })
  supersedesId!: string;
}

@InputType()
export class IndicatorFilter {
  @Field(() => ID, { nullable: true, description: "Indicators with a target for this organisation" })
  organisationId?: string;

  @Field(() => ID, { nullable: true })
  definedById?: string;

  @Field(() => String, { nullable: true })
  @RequiredText(200)
  search?: string;
}
