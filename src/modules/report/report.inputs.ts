import { ArrayMaxSize, IsInt, Min, ValidateNested } from "class-validator";
import { GraphQLLocalDate } from "graphql-scalars";
import { Field, Float, ID, InputType, Int } from "type-graphql";
import { RequiredText } from "../../validation";
import { LegalBasisTargetInput, VersionedDocumentInput } from "../document/document.inputs";
import { FigureKind, ReportPeriodKind } from "./report.enums";

@InputType({ description: "A section with its numbering as officials write it, and its sub-sections" })
export class SectionInput {
  @Field({ description: "\"I.\", \"1.\", \"1.1.\", \"a)\"" })
  @RequiredText(20)
  numbering!: string;

  @Field()
  @RequiredText(2000)
  heading!: string;

  @Field(() => String, { nullable: true })
  @RequiredText(200_000)
  body?: string;

  @Field(() => [SectionInput], { nullable: true })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  children?: SectionInput[];
}

@InputType({ description: "A line of Nơi nhận: an organisation of the system, or a name as written" })
export class RecipientInput {
  @Field(() => ID, { nullable: true, description: "Its approvers accept or return the report" })
  organisationId?: string;

  @Field(() => String, { nullable: true, description: "Defaults to the organisation's name" })
  @RequiredText(300)
  name?: string;

  @Field(() => String, { nullable: true, description: "\"báo cáo\", \"để b/c\"" })
  @RequiredText(100)
  purpose?: string;
}

@InputType()
export abstract class ReportFieldsInput {
  @Field(() => String, { nullable: true, description: "Số và ký hiệu; may be left without a number (\"/BC-UBND\") until submission" })
  @RequiredText(100)
  reference?: string;

  @Field(() => String, { nullable: true })
  @RequiredText(2000)
  title?: string;

  @Field(() => ReportPeriodKind, { nullable: true })
  periodKind?: ReportPeriodKind;

  @Field(() => GraphQLLocalDate, { nullable: true })
  periodStart?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  periodEnd?: string;

  @Field(() => String, { nullable: true })
  @RequiredText(100)
  place?: string;

  @Field(() => String, { nullable: true })
  @RequiredText(200)
  signer?: string;

  @Field(() => String, { nullable: true, description: "\"TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH\"" })
  @RequiredText(300)
  signingCapacity?: string;

  @Field(() => [SectionInput], { nullable: true, description: "Replaces every section (and drops their figures)" })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  sections?: SectionInput[];

  @Field(() => [RecipientInput], { nullable: true, description: "Replaces every recipient" })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  recipients?: RecipientInput[];
}

@InputType()
export class CreateReportInput extends ReportFieldsInput {
  @Field(() => ID, { description: "The reporting body; an editor reports only for its own organisation" })
  issuerId!: string;

  @Field(() => [LegalBasisTargetInput], { nullable: true, description: "Căn cứ: documents by id or citations as written" })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  legalBases?: LegalBasisTargetInput[];

  @Field(() => LegalBasisTargetInput, { nullable: true, description: "The letter that requested the report" })
  @ValidateNested()
  respondsTo?: LegalBasisTargetInput;
}

@InputType()
export class UpdateReportInput extends ReportFieldsInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  @Min(1)
  expectedVersion!: number;
}

@InputType()
export class AddFigureInput {
  @Field(() => ID)
  sectionId!: string;

  @Field()
  @RequiredText(500)
  label!: string;

  @Field(() => FigureKind)
  kind!: FigureKind;

  @Field({ description: "As written: \"15/27\", \"99,73%\", \"11.952\"" })
  @RequiredText(60)
  text!: string;

  @Field(() => Float, { nullable: true })
  value?: number;

  @Field(() => Float, { nullable: true })
  numerator?: number;

  @Field(() => Float, { nullable: true })
  denominator?: number;

  @Field(() => String, { nullable: true })
  @RequiredText(100)
  unit?: string;

  @Field(() => Int, { description: "Start of the figure in the section's body" })
  @IsInt()
  @Min(0)
  spanStart!: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  spanEnd!: number;

  @Field(() => ID, { nullable: true, description: "The measurement it reports" })
  measurementId?: string;

  @Field(() => ID, { nullable: true, description: "Or the document it cites for the figure" })
  citesDocumentId?: string;
}

@InputType()
export class LinkFigureInput {
  @Field(() => ID)
  figureId!: string;

  @Field(() => ID, { nullable: true })
  measurementId?: string;

  @Field(() => ID, { nullable: true })
  citesDocumentId?: string;
}

@InputType()
export class ReturnReportInput extends VersionedDocumentInput {
  @Field({ description: "Why it is returned (lý do trả lại)" })
  @RequiredText(2000)
  reason!: string;
}
