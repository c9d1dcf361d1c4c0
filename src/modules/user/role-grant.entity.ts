import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../../node";
import { Locality } from "../locality/locality.entity";
import { Organisation } from "../organisation/organisation.entity";
import { User } from "./user.entity";

export enum Role {
  VIEWER = "VIEWER",
  EDITOR = "EDITOR",
  APPROVER = "APPROVER",
  COORDINATOR = "COORDINATOR",
  AUDITOR = "AUDITOR",
  INTEGRATOR = "INTEGRATOR",
  ADMIN = "ADMIN",
}
registerEnumType(Role, { name: "Role", description: "See the README, \"Who may do what\"" });

/**
 * A role held over a scope: one organisation (optionally with its sub-units) or a locality
 * (every organisation in it and in the localities below it).
 */
@ObjectType({ implements: Node, description: "Quyền được giao / role grant" })
@Entity({ name: "role_grant" })
@Check("CHK_ROLE_GRANT_SCOPE", `(organisation_id IS NULL) <> (locality_id IS NULL)`)
@Index("UQ_ROLE_GRANT_ORGANISATION", ["userId", "role", "organisationId"], { unique: true, where: "organisation_id IS NOT NULL" })
@Index("UQ_ROLE_GRANT_LOCALITY", ["userId", "role", "localityId"], { unique: true, where: "locality_id IS NOT NULL" })
export class RoleGrant extends Node {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "PK_ROLE_GRANT" })
  override id!: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id", foreignKeyConstraintName: "FK_ROLE_GRANT_USER" })
  user?: User;

  @Index("IDX_ROLE_GRANT_USER")
  @Column({ name: "user_id", type: "uuid" })
  userId!: string;

  @Field(() => Role)
  @Column({ type: "enum", enum: Role, enumName: "role" })
  role!: Role;

  @ManyToOne(() => Organisation, { nullable: true, onDelete: "RESTRICT" })
  @JoinColumn({ name: "organisation_id", foreignKeyConstraintName: "FK_ROLE_GRANT_ORGANISATION" })
  organisation?: Organisation | null;

  @Column({ name: "organisation_id", type: "uuid", nullable: true })
  organisationId!: string | null;

  @Field({ description: "For an organisation scope: whether its sub-units are included" })
  @Column({ name: "include_subunits", type: "boolean", default: false })
  includeSubunits!: boolean;

  @ManyToOne(() => Locality, { nullable: true, onDelete: "RESTRICT" })
  @JoinColumn({ name: "locality_id", foreignKeyConstraintName: "FK_ROLE_GRANT_LOCALITY" })
  locality?: Locality | null;

  @Column({ name: "locality_id", type: "uuid", nullable: true })
  localityId!: string | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
