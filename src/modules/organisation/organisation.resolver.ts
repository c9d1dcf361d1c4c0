import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { ConnectionType, PageArgs } from "../../pagination";
import { Locality } from "../locality/locality.entity";
import { Organisation } from "./organisation.entity";
import { CreateOrganisationInput, OrganisationFilter, UpdateOrganisationInput } from "./organisation.inputs";
import { createOrganisation, getOrganisation, listOrganisations, updateOrganisation } from "./organisation.service";

export const OrganisationConnection = ConnectionType(Organisation, "Organisation");

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Authorized()
  @Query(() => Organisation, { description: "Một cơ quan, tổ chức in the caller's scope" })
  organisation(@Ctx() ctx: Context, @Arg("id", () => ID) id: string): Promise<Organisation> {
    return getOrganisation(ctx, id);
  }

  @Authorized()
  @Query(() => OrganisationConnection, { description: "Organisations in the caller's scope, ordered by code" })
  organisations(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => OrganisationFilter, { nullable: true }) filter?: OrganisationFilter,
  ) {
    return listOrganisations(ctx, filter, page);
  }

  @Authorized()
  @Mutation(() => Organisation, { description: "Admin: create an organisation" })
  createOrganisation(@Ctx() ctx: Context, @Arg("input", () => CreateOrganisationInput) input: CreateOrganisationInput): Promise<Organisation> {
    return createOrganisation(ctx, input);
  }

  @Authorized()
  @Mutation(() => Organisation, { description: "Admin: change an organisation's record" })
  updateOrganisation(@Ctx() ctx: Context, @Arg("input", () => UpdateOrganisationInput) input: UpdateOrganisationInput): Promise<Organisation> {
    return updateOrganisation(ctx, input);
  }

  @FieldResolver(() => Locality)
  async locality(@Root() organisation: Organisation, @Ctx() ctx: Context): Promise<Locality> {
    return (await ctx.loaders.locality.load(organisation.localityId))!;
  }

  // Whoever sees an organisation may see the bodies it belongs to and reports to: the structure of
  // the political system is not secret, and wards must know where their documents come from.
  @FieldResolver(() => Organisation, { nullable: true, description: "Structural parent (cơ quan chủ quản)" })
  async parent(@Root() organisation: Organisation, @Ctx() ctx: Context): Promise<Organisation | null> {
    return organisation.parentId ? ((await ctx.loaders.organisation.load(organisation.parentId)) ?? null) : null;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "Superior body (cơ quan cấp trên)" })
  async superior(@Root() organisation: Organisation, @Ctx() ctx: Context): Promise<Organisation | null> {
    return organisation.superiorId ? ((await ctx.loaders.organisation.load(organisation.superiorId)) ?? null) : null;
  }
}
