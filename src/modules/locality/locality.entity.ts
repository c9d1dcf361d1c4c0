import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from "typeorm";
import { Node } from "../../node";

export enum LocalityLevel {
  CENTRAL = "CENTRAL",
  PROVINCE = "PROVINCE",
  COMMUNE = "COMMUNE",
}
registerEnumType(LocalityLevel, {
  name: "LocalityLevel",
  description: "Trung ương; tỉnh/thành phố; xã/phường/đặc khu (two-tier local government since 1 July 2025)",
});

/** An administrative unit (địa bàn / đơn vị hành chính). */
@ObjectType({ implements: Node, description: "Địa bàn / administrative unit" })
@Entity({ name: "locality" })
export class Locality extends Node {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "PK_LOCALITY" })
  override id!: string;

  @Field(() => LocalityLevel)
  @Column({ type: "enum", enum: LocalityLevel, enumName: "locality_level" })
  level!: LocalityLevel;

  @Field({ description: "Official code of the administrative unit" })
  @Index("UQ_LOCALITY_CODE", { unique: true })
  @Column({ type: "varchar", length: 32 })
  code!: string;

  @Field({ description: "Full name as officials write it, e.g. \"Phường Hải An\"" })
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @ManyToOne(() => Locality, { nullable: true, onDelete: "RESTRICT" })
  @JoinColumn({ name: "parent_id", foreignKeyConstraintName: "FK_LOCALITY_PARENT" })
  parent?: Locality | null;

  @Index("IDX_LOCALITY_PARENT")
  @Column({ name: "parent_id", type: "uuid", nullable: true })
  parentId!: string | null;

  /** Ids of this locality and all its ancestors: scope checks are one array containment. */
  @Index("IDX_LOCALITY_PATH", { type: "gin" })
  @Column({ type: "uuid", array: true })
  path!: string[];

  /** Name folded for search that ignores case and diacritics. */
  @Index("IDX_LOCALITY_SEARCH", { synchronize: false })
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
