import { Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { Code, RequiredText } from "../../validation";
import { Bloc, OrganisationKind } from "./organisation.entity";

@InputType()
export class CreateOrganisationInput {
  @Field(() => ID)
  localityId!: string;

  @Field(() => OrganisationKind)
  kind!: OrganisationKind;

  @Field(() => Bloc)
  bloc!: Bloc;

  @Field()
  @Code(64)
  code!: string;

  @Field()
  @RequiredText(300)
  name!: string;

  @Field({ nullable: true })
  @RequiredText(100)
  shortName?: string;

  @Field(() => ID, { nullable: true, description: "Structural parent in the same locality" })
  parentId?: string;

  @Field(() => ID, { nullable: true, description: "Superior body (cơ quan cấp trên)" })
  superiorId?: string;
}

@InputType()
export class UpdateOrganisationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: "The version the change is based on; a stale one is a CONFLICT" })
  @Min(1)
  expectedVersion!: number;

  @Field(() => OrganisationKind, { nullable: true })
  kind?: OrganisationKind;

  @Field(() => Bloc, { nullable: true })
  bloc?: Bloc;

  @Field({ nullable: true })
  @Code(64)
  code?: string;

  @Field({ nullable: true })
  @RequiredText(300)
  name?: string;

  @Field({ nullable: true })
  @RequiredText(100)
  shortName?: string;

  @Field(() => ID, { nullable: true })
  parentId?: string;

  @Field(() => ID, { nullable: true })
  superiorId?: string;
}

@InputType()
export class OrganisationFilter {
  @Field(() => ID, { nullable: true, description: "Organisations of this locality and the localities below it" })
  localityId?: string;

  @Field(() => [OrganisationKind], { nullable: true })
  kinds?: OrganisationKind[];

  @Field(() => [Bloc], { nullable: true })
  blocs?: Bloc[];

  @Field(() => ID, { nullable: true, description: "Direct sub-units of this organisation" })
  parentId?: string;

  @Field({ nullable: true, description: "Matches name, short name or code, ignoring case and diacritics" })
  @RequiredText(200)
  search?: string;
}
