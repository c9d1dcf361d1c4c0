import { Field, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../../node";
import { Document } from "./document.entity";
import { LegalRelation } from "./document.enums";

/** A typed, directed link between documents (căn cứ), keeping the citation text it came from. */
@ObjectType({ implements: Node, description: "Căn cứ / legal basis" })
@Entity({ name: "legal_basis" })
@Index("UQ_LEGAL_BASIS", ["fromDocumentId", "toDocumentId", "relation"], { unique: true })
export class LegalBasis extends Node {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "PK_LEGAL_BASIS" })
  override id!: string;

  @ManyToOne(() => Document, { onDelete: "CASCADE" })
  @JoinColumn({ name: "from_document_id", foreignKeyConstraintName: "FK_LEGAL_BASIS_FROM" })
  fromDocument?: Document;

  @Index("IDX_LEGAL_BASIS_FROM")
  @Column({ name: "from_document_id", type: "uuid" })
  fromDocumentId!: string;

  @ManyToOne(() => Document, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "to_document_id", foreignKeyConstraintName: "FK_LEGAL_BASIS_TO" })
  toDocument?: Document;

  @Index("IDX_LEGAL_BASIS_TO")
  @Column({ name: "to_document_id", type: "uuid" })
  toDocumentId!: string;

  @Field(() => LegalRelation)
  @Column({ type: "enum", enum: LegalRelation, enumName: "legal_relation" })
  relation!: LegalRelation;

  @Field(() => String, { nullable: true, description: "The citation as written in the citing document" })
  @Column({ name: "citation_text", type: "varchar", length: 1000, nullable: true })
  citationText!: string | null;

  /** Order of the citation among the bases written in the citing document; null when added one by one. */
  @Column({ type: "int", nullable: true })
  position!: number | null;

  @Column({ name: "created_by_id", type: "uuid", nullable: true })
  createdById!: string | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
