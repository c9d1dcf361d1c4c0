import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../context";
import { requireActor } from "./actor";
import { LoginInput } from "../modules/user/user.inputs";
import { User } from "../modules/user/user.entity";
import { login } from "./auth.service";

@ObjectType()
export class LoginPayload {
  @Field({ description: "Send as `Authorization: Bearer <token>`" })
  token!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginPayload, { description: "Đăng nhập / log in; the only operation open without a token" })
  login(@Ctx() ctx: Context, @Arg("input", () => LoginInput) input: LoginInput): Promise<LoginPayload> {
    return login(ctx, input.username, input.password);
  }

  @Authorized()
  @Query(() => User, { description: "The caller, with their grants" })
  async me(@Ctx() ctx: Context): Promise<User> {
    return (await ctx.loaders.user.load(requireActor(ctx).userId))!;
  }
}
