import { Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { Code, RequiredText } from "../../validation";
import { LocalityLevel } from "./locality.entity";

@InputType()
export class CreateLocalityInput {
  @Field(() => LocalityLevel)
  level!: LocalityLevel;

  @Field()
  @Code(32)
  code!: string;

  @Field()
  @RequiredText(200)
  name!: string;

  @Field(() => ID, { nullable: true, description: "Required except for the CENTRAL level" })
  parentId?: string;
}

@InputType()
export class UpdateLocalityInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: "The version the change is based on; a stale one is a CONFLICT" })
  @Min(1)
  expectedVersion!: number;

  @Field({ nullable: true })
  @Code(32)
  code?: string;

  @Field({ nullable: true })
  @RequiredText(200)
  name?: string;
}

@InputType()
export class LocalityFilter {
  @Field(() => LocalityLevel, { nullable: true })
  level?: LocalityLevel;

  @Field(() => ID, { nullable: true, description: "Only the direct children of this locality" })
  parentId?: string;

  @Field({ nullable: true, description: "Matches name or code, ignoring case and diacritics" })
  @RequiredText(200)
  search?: string;
}
