import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { ConnectionType, PageArgs } from "../../pagination";
import { Locality } from "../locality/locality.entity";
import { Organisation } from "../organisation/organisation.entity";
import { visibleOrganisation } from "../organisation/organisation.service";
import { grantRole, revokeRole } from "./grant.service";
import { RoleGrant } from "./role-grant.entity";
import { User } from "./user.entity";
import { CreateUserInput, GrantRoleInput, UpdateUserInput, UserFilter } from "./user.inputs";
import { createUser, getUser, listUsers, updateUser } from "./user.service";

export const UserConnection = ConnectionType(User, "User");

@Resolver(() => User)
export class UserResolver {
  @Authorized()
  @Query(() => User)
  user(@Ctx() ctx: Context, @Arg("id", () => ID) id: string): Promise<User> {
    return getUser(ctx, id);
  }

  @Authorized()
  @Query(() => UserConnection, { description: "Users the caller administers or audits, and the caller; ordered by username" })
  users(@Ctx() ctx: Context, @Args() page: PageArgs, @Arg("filter", () => UserFilter, { nullable: true }) filter?: UserFilter) {
    return listUsers(ctx, filter, page);
  }

  @Authorized()
  @Mutation(() => User, { description: "Admin: create a user account" })
  createUser(@Ctx() ctx: Context, @Arg("input", () => CreateUserInput) input: CreateUserInput): Promise<User> {
    return createUser(ctx, input);
  }

  @Authorized()
  @Mutation(() => User, { description: "Admin: change a user (disabling stops their tokens at once)" })
  updateUser(@Ctx() ctx: Context, @Arg("input", () => UpdateUserInput) input: UpdateUserInput): Promise<User> {
    return updateUser(ctx, input);
  }

  @Authorized()
  @Mutation(() => RoleGrant, { description: "Admin: grant a role over an organisation or a locality" })
  grantRole(@Ctx() ctx: Context, @Arg("input", () => GrantRoleInput) input: GrantRoleInput): Promise<RoleGrant> {
    return grantRole(ctx, input);
  }

  @Authorized()
  @Mutation(() => RoleGrant, { description: "Admin: revoke a grant; it stops working on the next request" })
  revokeRole(@Ctx() ctx: Context, @Arg("grantId", () => ID) grantId: string): Promise<RoleGrant> {
    return revokeRole(ctx, grantId);
  }

  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Root() user: User, @Ctx() ctx: Context): Promise<Organisation | null> {
    return visibleOrganisation(ctx, user.organisationId);
  }

  @FieldResolver(() => [RoleGrant])
  grants(@Root() user: User, @Ctx() ctx: Context): Promise<RoleGrant[]> {
    return ctx.loaders.grantsByUser.load(user.id);
  }
}

@Resolver(() => RoleGrant)
export class RoleGrantResolver {
  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Root() grant: RoleGrant, @Ctx() ctx: Context): Promise<Organisation | null> {
    return visibleOrganisation(ctx, grant.organisationId);
  }

  @FieldResolver(() => Locality, { nullable: true })
  async locality(@Root() grant: RoleGrant, @Ctx() ctx: Context): Promise<Locality | null> {
    return grant.localityId ? ((await ctx.loaders.locality.load(grant.localityId)) ?? null) : null;
  }
}
