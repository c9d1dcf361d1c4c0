import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { ConnectionType, PageArgs } from "../../pagination";
import { Locality } from "../locality/locality.entity";
import { Organisation } from "./organisation.entity";
import { CreateOrganisationInput, OrganisationFilter, UpdateOrganisationInput } from "./organisation.inputs";
import { createOrganisation, getOrganisation, listOrganisations, updateOrganisation, visibleOrganisation } from "./organisation.service";

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

  @FieldResolver(() => Organisation, { nullable: true, description: "Null when outside the caller's scope" })
  parent(@Root() organisation: Organisation, @Ctx() ctx: Context): Promise<Organisation | null> {
    return visibleOrganisation(ctx, organisation.parentId);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "Superior body; null when outside the caller's scope" })
  superior(@Root() organisation: Organisation, @Ctx() ctx: Context): Promise<Organisation | null> {
    return visibleOrganisation(ctx, organisation.superiorId);
  }
}
