import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from "typeorm";
import { Node } from "../../node";
import { Organisation } from "../organisation/organisation.entity";

/** Levels of state secrets; a user sees classified metadata up to their clearance. */
export enum Clearance {
  NONE = "NONE",
  CONFIDENTIAL = "CONFIDENTIAL",
  SECRET = "SECRET",
  TOP_SECRET = "TOP_SECRET",
}
registerEnumType(Clearance, { name: "Clearance", description: "Không; Mật; Tối mật; Tuyệt mật" });

export const CLEARANCE_RANK: Record<Clearance, number> = {
  [Clearance.NONE]: 0,
  [Clearance.CONFIDENTIAL]: 1,
  [Clearance.SECRET]: 2,
  [Clearance.TOP_SECRET]: 3,
};

@ObjectType({ implements: Node, description: "Người dùng / user account" })
@Entity({ name: "app_user" })
export class User extends Node {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "PK_USER" })
  override id!: string;

  @Field({ description: "Login name, lower case" })
  @Index("UQ_USER_USERNAME", { unique: true })
  @Column({ type: "varchar", length: 64 })
  username!: string;

  @Field()
  @Column({ name: "display_name", type: "varchar", length: 200 })
  displayName!: string;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "organisation_id", foreignKeyConstraintName: "FK_USER_ORGANISATION" })
  organisation?: Organisation;

  @Index("IDX_USER_ORGANISATION")
  @Column({ name: "organisation_id", type: "uuid" })
  organisationId!: string;

  /** argon2id hash; never selected unless asked for, never exposed. */
  @Column({ name: "password_hash", type: "varchar", length: 255, select: false })
  passwordHash?: string;

  @Field({ description: "A disabled user cannot log in and their tokens stop working at once" })
  @Column({ type: "boolean", default: false })
  disabled!: boolean;

  @Field(() => Clearance)
  @Column({ type: "enum", enum: Clearance, enumName: "clearance", default: Clearance.NONE })
  clearance!: Clearance;

  @Index("IDX_USER_SEARCH", { synchronize: false })
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
