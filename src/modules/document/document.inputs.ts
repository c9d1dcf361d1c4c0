import { IsOptional, Max, MaxLength, Min } from "class-validator";
import { GraphQLLocalDate } from "graphql-scalars";
import { Field, ID, InputType, Int } from "type-graphql";
import { RequiredText } from "../../validation";
import { Classification, DocumentStatus, DocumentType, LegalRelation, NoticeKind } from "./document.enums";

/** Fields a document carries besides its identity; shared by create and update. */
@InputType()
export abstract class DocumentFieldsInput {
  @Field(() => String, { nullable: true, description: "Số và ký hiệu as written, e.g. \"05/KH-HĐND\", \"57-NQ/TW\" (at most 100 characters)" })
  @MaxLength(100, { message: "$property dài quá 100 ký tự / $property must be at most 100 characters" })
  reference?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "Ngày ban hành (YYYY-MM-DD)" })
  issuedOn?: string;

  @Field(() => String, { nullable: true })
  @RequiredText(100)
  place?: string;

  @Field(() => String, { nullable: true, description: "Trích yếu; refused for classified documents" })
  @RequiredText(2000)
  title?: string;

  @Field(() => String, { nullable: true })
  @RequiredText(200)
  signer?: string;

  @Field(() => Classification, { nullable: true })
  classification?: Classification;

  @Field(() => Int, { nullable: true, description: "Plans only" })
  @IsOptional()
  @Min(1945)
  @Max(2100)
  planYear?: number;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "Plans: first day covered; reports: first day of the reporting period" })
  periodStart?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "Plans: last day covered; reports: last day of the reporting period" })
  periodEnd?: string;

  @Field(() => NoticeKind, { nullable: true, description: "Notices only" })
  noticeKind?: NoticeKind;
}

@InputType()
export class CreateDocumentInput extends DocumentFieldsInput {
  @Field(() => DocumentType)
  type!: DocumentType;

  @Field(() => ID, { description: "The issuing organisation; an editor issues only as its own organisation" })
  issuerId!: string;

  @Field(() => String, { nullable: true, description: "System the document comes from (with externalId)" })
  @RequiredText(64)
  sourceSystem?: string;

  @Field(() => String, { nullable: true })
  @RequiredText(200)
  externalId?: string;
}

@InputType()
export class UpdateDocumentInput extends DocumentFieldsInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: "The version the change is based on; a stale one is a CONFLICT" })
  @Min(1)
  expectedVersion!: number;

  @Field(() => DocumentType, { nullable: true })
  type?: DocumentType;
}

@InputType()
export class VersionedDocumentInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  @Min(1)
  expectedVersion!: number;
}

@InputType()
export class WithdrawDocumentInput extends VersionedDocumentInput {
  @Field()
  @RequiredText(500)
  reason!: string;
}

@InputType({ description: "The document cited: an existing one by id, or a citation as written (found, or created as an unverified placeholder)" })
export class LegalBasisTargetInput {
  @Field(() => ID, { nullable: true })
  documentId?: string;

  @Field(() => String, { nullable: true, description: "e.g. \"Kế hoạch số 21-KH/ĐU ngày 22/9/2025 của Ban Thường vụ Đảng ủy xã\"" })
  @RequiredText(1000)
  citation?: string;
}

@InputType()
export class AddLegalBasisInput {
  @Field(() => ID, { description: "The citing document" })
  documentId!: string;

  @Field(() => LegalRelation)
  relation!: LegalRelation;

  @Field(() => LegalBasisTargetInput)
  target!: LegalBasisTargetInput;
}

@InputType()
export class DocumentFilter {
  @Field(() => [DocumentType], { nullable: true })
  types?: DocumentType[];

  @Field(() => ID, { nullable: true })
  issuerId?: string;

  @Field(() => ID, { nullable: true, description: "Issued by organisations of this locality or the localities below it" })
  localityId?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  issuedFrom?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  issuedTo?: string;

  @Field(() => String, { nullable: true, description: "Title, reference or issuer, ignoring case and diacritics" })
  @RequiredText(200)
  search?: string;

  @Field(() => String, { nullable: true, description: "A reference in any spelling: \"57-NQ/TW\", \"57 - NQ/TW\", \"57–NQ/TW\", \"nq 57\"" })
  @RequiredText(100)
  reference?: string;

  @Field({ nullable: true, description: "false: only unverified placeholders" })
  verified?: boolean;

  @Field(() => DocumentStatus, { nullable: true })
  status?: DocumentStatus;

  @Field(() => [NoticeKind], { nullable: true })
  noticeKinds?: NoticeKind[];
}
