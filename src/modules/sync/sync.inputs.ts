import { IsOptional, Max, MaxLength, Min } from "class-validator";
import { GraphQLLocalDate } from "graphql-scalars";
import { Field, ID, InputType, Int } from "type-graphql";
import { RequiredText } from "../../validation";
import { Classification, DocumentType, LegalRelation, NoticeKind } from "../document/document.enums";
import { ErrorPolicy } from "./sync.types";

/*
 * Items are checked one by one by the sync services (class-validator on each item, then the rules
 * across fields): a bad item is REJECTED with its fields named while the batch goes on, so the
 * list fields carry no @ValidateNested that would refuse the whole request.
 */

@InputType({ description: "A record by its global id, or by its external id in the same source system (stored, or an item of the same call)" })
export class BulkRefInput {
  @Field(() => ID, { nullable: true })
  id?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @RequiredText(200)
  externalId?: string;
}

/** Fields every item has: its key in the source system and, optionally, the version it expects. */
@InputType()
export abstract class BulkItemInput {
  @Field({ description: "The record's id in the source system: the key of the upsert with sourceSystem" })
  @RequiredText(200)
  externalId!: string;

  @Field(() => Int, { nullable: true, description: "The version the change is based on; a stale one is CONFLICT. Without it the item overwrites" })
  @IsOptional()
  @Min(1)
  expectedVersion?: number;
}

@InputType({ description: "A legal basis (căn cứ): exactly one of documentId, externalId (same source system) and citation" })
export class BulkLegalBasisInput {
  @Field(() => LegalRelation)
  relation!: LegalRelation;

  @Field(() => ID, { nullable: true })
  documentId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @RequiredText(200)
  externalId?: string;

  @Field(() => String, { nullable: true, description: "As written, e.g. \"Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị\": found, or created as an unverified placeholder" })
  @IsOptional()
  @RequiredText(1000)
  citation?: string;
}

@InputType({ description: "A plan, notice or other document as the source system holds it: fields left out are stored empty" })
export class BulkDocumentItem extends BulkItemInput {
  @Field(() => DocumentType, { description: "Any type but REPORT (reports are drafted in the API by their body)" })
  type!: DocumentType;

  @Field(() => ID, { description: "The issuing organisation, which owns the document" })
  issuerId!: string;

  @Field(() => String, { nullable: true, description: "Số và ký hiệu as written, e.g. \"05/KH-UBND\", \"21-KH/ĐU\"" })
  @IsOptional()
  @MaxLength(100)
  reference?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  issuedOn?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @RequiredText(2000)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @RequiredText(100)
  place?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @RequiredText(200)
  signer?: string;

  @Field(() => Classification, { nullable: true, description: "Default UNCLASSIFIED; a classified document keeps citation metadata only" })
  classification?: Classification;

  @Field(() => Int, { nullable: true, description: "Plans only" })
  @IsOptional()
  @Min(1945)
  @Max(2100)
  planYear?: number;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "Plans only" })
  periodStart?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "Plans only" })
  periodEnd?: string;

  @Field(() => NoticeKind, { nullable: true, description: "Notices only" })
  noticeKind?: NoticeKind;

  @Field(() => [BulkLegalBasisInput], { nullable: true, description: "Every legal basis of the document, in order; null leaves the stored ones as they are" })
  legalBases?: BulkLegalBasisInput[];
}

/** The arguments every bulk mutation shares. */
@InputType()
export abstract class BulkBatchInput {
  @Field({ description: "The calling system's name: 2-64 lower-case letters, digits, '.', '-' or '_', starting with a letter (e.g. \"qlvb-haiphong\")" })
  sourceSystem!: string;

  @Field(() => ErrorPolicy, { defaultValue: ErrorPolicy.ALL_OR_NOTHING })
  errorPolicy!: ErrorPolicy;
}

@InputType()
export class BulkUpsertDocumentsInput extends BulkBatchInput {
  @Field(() => [BulkDocumentItem], { description: "At most 1 000, each externalId once" })
  items!: BulkDocumentItem[];
}
