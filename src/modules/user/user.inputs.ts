import { Matches, MaxLength, Min, MinLength } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { RequiredText } from "../../validation";
import { Role } from "./role-grant.entity";
import { Clearance } from "./user.entity";

const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;
const USERNAME_MESSAGE = "3-64 chữ thường, số, '.', '-', '_' / 3-64 lower-case letters, digits, '.', '-' or '_'";

@InputType()
export class LoginInput {
  @Field()
  @MaxLength(64)
  username!: string;

  @Field()
  @MaxLength(200)
  password!: string;
}

@InputType()
export class CreateUserInput {
  @Field()
  @Matches(USERNAME, { message: `$property: ${USERNAME_MESSAGE}` })
  username!: string;

  @Field()
  @RequiredText(200)
  displayName!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field({ description: "At least 8 characters" })
  @MinLength(8, { message: "$property phải có ít nhất 8 ký tự / $property must be at least 8 characters" })
  @MaxLength(200)
  password!: string;

  @Field(() => Clearance, { nullable: true })
  clearance?: Clearance;
}

@InputType()
export class UpdateUserInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  @Min(1)
  expectedVersion!: number;

  @Field({ nullable: true })
  @RequiredText(200)
  displayName?: string;

  @Field(() => ID, { nullable: true })
  organisationId?: string;

  @Field({ nullable: true })
  disabled?: boolean;

  @Field(() => Clearance, { nullable: true })
  clearance?: Clearance;

  @Field({ nullable: true })
  @MinLength(8, { message: "$property phải có ít nhất 8 ký tự / $property must be at least 8 characters" })
  @MaxLength(200)
  password?: string;
}

@InputType({ description: "Exactly one of organisationId and localityId" })
export class GrantRoleInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => ID, { nullable: true })
  organisationId?: string;

  @Field({ nullable: true, description: "With organisationId: include its sub-units" })
  includeSubunits?: boolean;

  @Field(() => ID, { nullable: true })
  localityId?: string;
}

@InputType()
export class UserFilter {
  @Field(() => ID, { nullable: true })
  organisationId?: string;

  @Field({ nullable: true, description: "Matches username or display name, ignoring case and diacritics" })
  @RequiredText(200)
  search?: string;

  @Field({ nullable: true })
  disabled?: boolean;
}
