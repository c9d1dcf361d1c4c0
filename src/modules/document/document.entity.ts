import { GraphQLLocalDate } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from "typeorm";
import { Node } from "../../node";
import { Organisation } from "../organisation/organisation.entity";
import { ReportPeriodKind, ReportStatus } from "../report/report.enums";
import { Classification, DocumentStatus, DocumentType, NoticeKind } from "./document.enums";

/**
 * A document (văn bản) as officials number it. Identity is issuer + normalised reference + year:
 * state numbers restart every year and Party numbers every term. A document known only from a
 * citation is an unverified placeholder until its issuer (or a sync) confirms it in place.
 * Plans and notices are documents with their own fields filled in, not a copy of the model.
 */
@ObjectType({ implements: Node, description: "Văn bản / document" })
@Entity({ name: "document" })
@Index("UQ_DOCUMENT_IDENTITY", ["issuerKey", "reference", "issuedYear"], { unique: true, where: "reference IS NOT NULL AND issued_year IS NOT NULL AND number IS NOT NULL" })
@Index("IDX_DOCUMENT_NUMBER", ["number", "typeCode"])
@Index("UQ_DOCUMENT_EXTERNAL", ["sourceSystem", "externalId"], { unique: true, where: "source_system IS NOT NULL" })
export class Document extends Node {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "PK_DOCUMENT" })
  override id!: string;

  @Field(() => DocumentType)
  @Column({ type: "enum", enum: DocumentType, enumName: "document_type" })
  type!: DocumentType;

  @Field(() => String, { nullable: true, description: "Number without leading zeros; null for an unnumbered draft" })
  @Column({ type: "varchar", length: 20, nullable: true })
  number!: string | null;

  @Field(() => String, { nullable: true, description: "Ký hiệu: the reference without its number, e.g. \"KH-HĐND\", \"NQ/TW\"" })
  @Column({ type: "varchar", length: 100, nullable: true })
  symbol!: string | null;

  @Field(() => String, { nullable: true, description: "Số và ký hiệu exactly as written, e.g. \"Số: 11 /BC-HĐND\"" })
  @Column({ name: "reference_as_written", type: "varchar", length: 100, nullable: true })
  referenceAsWritten!: string | null;

  @Field(() => String, { nullable: true, description: "Normalised reference, e.g. \"5/KH-HĐND\", \"57-NQ/TW\"" })
  @Index("IDX_DOCUMENT_REFERENCE")
  @Column({ type: "varchar", length: 100, nullable: true })
  reference!: string | null;

  /** STATE or PARTY numbering. */
  @Column({ name: "reference_system", type: "varchar", length: 5, nullable: true })
  referenceSystem!: string | null;

  @Column({ name: "type_code", type: "varchar", length: 20, nullable: true })
  typeCode!: string | null;

  @Column({ name: "issuer_code", type: "varchar", length: 60, nullable: true })
  issuerCode!: string | null;

  @ManyToOne(() => Organisation, { nullable: true, onDelete: "RESTRICT" })
  @JoinColumn({ name: "issuer_id", foreignKeyConstraintName: "FK_DOCUMENT_ISSUER" })
  issuer?: Organisation | null;

  /** The issuing organisation, which owns the document; null when only its name is known. */
  @Index("IDX_DOCUMENT_ISSUER")
  @Column({ name: "issuer_id", type: "uuid", nullable: true })
  issuerId!: string | null;

  @Field(() => String, { nullable: true, description: "Issuer as cited, when it is not an organisation of the system" })
  @Column({ name: "issuer_name", type: "varchar", length: 300, nullable: true })
  issuerName!: string | null;

  /** Issuer part of the identity: the organisation id, else "name:<folded name>", else "code:<issuer code>". */
  @Column({ name: "issuer_key", type: "varchar", length: 340 })
  issuerKey!: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "Ngày ban hành" })
  @Column({ name: "issued_on", type: "date", nullable: true })
  issuedOn!: string | null;

  /** Year of issue (from the date, or from a state reference such as 24/2025/TT-BVHTTDL). */
  @Field(() => Int, { nullable: true })
  @Column({ name: "issued_year", type: "int", nullable: true })
  issuedYear!: number | null;

  @Field(() => String, { nullable: true, description: "Địa danh" })
  @Column({ type: "varchar", length: 100, nullable: true })
  place!: string | null;

  @Field(() => String, { nullable: true, description: "Trích yếu; never stored for a classified document" })
  @Column({ type: "text", nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 200, nullable: true })
  signer!: string | null;

  @Field(() => Classification)
  @Column({ type: "enum", enum: Classification, enumName: "classification", default: Classification.UNCLASSIFIED })
  classification!: Classification;

  @Field(() => DocumentStatus)
  @Column({ type: "enum", enum: DocumentStatus, enumName: "document_status", default: DocumentStatus.ACTIVE })
  status!: DocumentStatus;

  @Field(() => String, { nullable: true })
  @Column({ name: "withdrawn_reason", type: "varchar", length: 500, nullable: true })
  withdrawnReason!: string | null;

  @Field({ description: "false: known only from a citation, until its issuer or a sync confirms it" })
  @Column({ type: "boolean", default: true })
  verified!: boolean;

  @Field(() => String, { nullable: true, description: "System the document was synced from" })
  @Column({ name: "source_system", type: "varchar", length: 64, nullable: true })
  sourceSystem!: string | null;

  @Field(() => String, { nullable: true, description: "Its id in that system" })
  @Column({ name: "external_id", type: "varchar", length: 200, nullable: true })
  externalId!: string | null;

  @Field(() => Int, { nullable: true, description: "Plans: the year the plan covers" })
  @Column({ name: "plan_year", type: "int", nullable: true })
  planYear!: number | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "Plans: first day covered; reports: first day of the reporting period" })
  @Column({ name: "period_start", type: "date", nullable: true })
  periodStart!: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "Plans: last day covered; reports: last day of the reporting period" })
  @Column({ name: "period_end", type: "date", nullable: true })
  periodEnd!: string | null;

  @Field(() => NoticeKind, { nullable: true, description: "Notices: assignment, conclusion or target adjustment" })
  @Column({ name: "notice_kind", type: "enum", enum: NoticeKind, enumName: "notice_kind", nullable: true })
  noticeKind!: NoticeKind | null;

  @Field(() => ReportPeriodKind, { nullable: true, description: "Reports: the kind of reporting period" })
  @Column({ name: "period_kind", type: "enum", enum: ReportPeriodKind, enumName: "report_period_kind", nullable: true })
  periodKind!: ReportPeriodKind | null;

  @Field(() => ReportStatus, { nullable: true, description: "Reports: where the report is in its workflow" })
  @Column({ name: "report_status", type: "enum", enum: ReportStatus, enumName: "report_status", nullable: true })
  reportStatus!: ReportStatus | null;

  @Field(() => String, { nullable: true, description: "Thể thức ký: \"TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH\", \"T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG\"" })
  @Column({ name: "signing_capacity", type: "varchar", length: 300, nullable: true })
  signingCapacity!: string | null;

  /** Reports imported from text: the text as received, which figure spans point into. */
  @Column({ name: "body_text", type: "text", nullable: true })
  bodyText!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "submitted_at", type: "timestamptz", nullable: true })
  submittedAt!: Date | null;

  @Column({ name: "submitted_by_id", type: "uuid", nullable: true })
  submittedById!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "reviewed_at", type: "timestamptz", nullable: true })
  reviewedAt!: Date | null;

  @Column({ name: "reviewed_by_id", type: "uuid", nullable: true })
  reviewedById!: string | null;

  @Field(() => String, { nullable: true, description: "Why a recipient returned the report" })
  @Column({ name: "review_note", type: "varchar", length: 2000, nullable: true })
  reviewNote!: string | null;

  @Index("IDX_DOCUMENT_SEARCH", { synchronize: false })
  @Column({ name: "search_text", type: "text" })
  searchText!: string;

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
