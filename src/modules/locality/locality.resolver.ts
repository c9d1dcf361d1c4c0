import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { ConnectionType, PageArgs } from "../../pagination";
import { Locality } from "./locality.entity";
import { CreateLocalityInput, LocalityFilter, UpdateLocalityInput } from "./locality.inputs";
import { createLocality, getLocality, listLocalities, updateLocality } from "./locality.service";

export const LocalityConnection = ConnectionType(Locality, "Locality");

@Resolver(() => Locality)
export class LocalityResolver {
  @Authorized()
  @Query(() => Locality, { description: "Một địa bàn / one locality" })
  locality(@Ctx() ctx: Context, @Arg("id", () => ID) id: string): Promise<Locality> {
    return getLocality(ctx, id);
  }

  @Authorized()
  @Query(() => LocalityConnection, { description: "Địa bàn, ordered by code" })
  localities(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => LocalityFilter, { nullable: true }) filter?: LocalityFilter,
  ) {
    return listLocalities(ctx, filter, page);
  }

  @Authorized()
  @Mutation(() => Locality, { description: "Admin: create a locality under one the caller administers" })
  createLocality(@Ctx() ctx: Context, @Arg("input", () => CreateLocalityInput) input: CreateLocalityInput): Promise<Locality> {
    return createLocality(ctx, input);
  }

  @Authorized()
  @Mutation(() => Locality, { description: "Admin: rename or recode a locality" })
  updateLocality(@Ctx() ctx: Context, @Arg("input", () => UpdateLocalityInput) input: UpdateLocalityInput): Promise<Locality> {
    return updateLocality(ctx, input);
  }

  @FieldResolver(() => Locality, { nullable: true })
  async parent(@Root() locality: Locality, @Ctx() ctx: Context): Promise<Locality | null> {
    return locality.parentId ? ((await ctx.loaders.locality.load(locality.parentId)) ?? null) : null;
  }
}
