import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from "typeorm";
import { Node } from "../../node";
import { Locality } from "../locality/locality.entity";

export enum OrganisationKind {
  PARTY_COMMITTEE = "PARTY_COMMITTEE",
  PEOPLES_COUNCIL = "PEOPLES_COUNCIL",
  PEOPLES_COMMITTEE = "PEOPLES_COMMITTEE",
  FATHERLAND_FRONT = "FATHERLAND_FRONT",
  SOCIO_POLITICAL_ORGANISATION = "SOCIO_POLITICAL_ORGANISATION",
  STEERING_COMMITTEE = "STEERING_COMMITTEE",
  WORKING_GROUP = "WORKING_GROUP",
  DEPARTMENT = "DEPARTMENT",
  CENTRAL_AGENCY = "CENTRAL_AGENCY",
}
registerEnumType(OrganisationKind, {
  name: "OrganisationKind",
  description: "Đảng ủy, HĐND, UBND, Ủy ban MTTQ, tổ chức chính trị - xã hội, Ban Chỉ đạo, Tổ giúp việc, phòng/ban/đơn vị, cơ quan Trung ương",
});

/** The unit of edit rights: an editor of one bloc never changes another bloc's data. */
export enum Bloc {
  PARTY = "PARTY",
  COUNCIL = "COUNCIL",
  GOVERNMENT = "GOVERNMENT",
  FRONT = "FRONT",
}
registerEnumType(Bloc, { name: "Bloc", description: "Khối Đảng, HĐND, chính quyền, MTTQ và đoàn thể" });

/** A body of the political system (cơ quan, tổ chức). */
@ObjectType({ implements: Node, description: "Cơ quan, tổ chức / organisation" })
@Entity({ name: "organisation" })
export class Organisation extends Node {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "PK_ORGANISATION" })
  override id!: string;

  @Field(() => OrganisationKind)
  @Column({ type: "enum", enum: OrganisationKind, enumName: "organisation_kind" })
  kind!: OrganisationKind;

  @Field(() => Bloc)
  @Index("IDX_ORGANISATION_BLOC")
  @Column({ type: "enum", enum: Bloc, enumName: "bloc" })
  bloc!: Bloc;

  @Field({ description: "Stable code, unique nationwide" })
  @Index("UQ_ORGANISATION_CODE", { unique: true })
  @Column({ type: "varchar", length: 64 })
  code!: string;

  @Field({ description: "Full name, e.g. \"Ủy ban nhân dân phường Hải An\"" })
  @Column({ type: "varchar", length: 300 })
  name!: string;

  @Field(() => String, { nullable: true, description: "Short name as reports write it, e.g. \"UBND phường\"" })
  @Column({ name: "short_name", type: "varchar", length: 100, nullable: true })
  shortName!: string | null;

  @ManyToOne(() => Locality, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "locality_id", foreignKeyConstraintName: "FK_ORGANISATION_LOCALITY" })
  locality?: Locality;

  @Index("IDX_ORGANISATION_LOCALITY")
  @Column({ name: "locality_id", type: "uuid" })
  localityId!: string;

  /** Structural parent: a department under UBND, a Ban under HĐND. */
  @ManyToOne(() => Organisation, { nullable: true, onDelete: "RESTRICT" })
  @JoinColumn({ name: "parent_id", foreignKeyConstraintName: "FK_ORGANISATION_PARENT" })
  parent?: Organisation | null;

  @Index("IDX_ORGANISATION_PARENT")
  @Column({ name: "parent_id", type: "uuid", nullable: true })
  parentId!: string | null;

  /** Superior body: how documents flow down and reports flow up (UBND phường -> UBND thành phố). */
  @ManyToOne(() => Organisation, { nullable: true, onDelete: "RESTRICT" })
  @JoinColumn({ name: "superior_id", foreignKeyConstraintName: "FK_ORGANISATION_SUPERIOR" })
  superior?: Organisation | null;

  @Index("IDX_ORGANISATION_SUPERIOR")
  @Column({ name: "superior_id", type: "uuid", nullable: true })
  superiorId!: string | null;

  /** Ids of this organisation and its structural ancestors, for "with sub-units" scope checks. */
  @Index("IDX_ORGANISATION_PATH", { type: "gin" })
  @Column({ type: "uuid", array: true })
  path!: string[];

  @Index("IDX_ORGANISATION_SEARCH", { synchronize: false })
  @Column({ name: "search_text", type: "text" })
  searchText!: string;

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
