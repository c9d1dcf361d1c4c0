import { GraphQLLocalDate } from "graphql-scalars";
import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { toGlobalId } from "../../node";
import { Organisation } from "../organisation/organisation.entity";
import { dashboard } from "./dashboard.service";
import { Dashboard } from "./dashboard.types";

/**
 * `organisation.dashboard`: the dashboard of one body, reached from `me { organisation }` or a
 * search, so a front-end shows the signed-in body's board without knowing its id first.
 */
@Resolver(() => Organisation)
export class OrganisationDashboardResolver {
  @FieldResolver(() => Dashboard, { description: "dashboard(scope: { organisationId }) of this organisation" })
  dashboard(
    @Root() organisation: Organisation,
    @Ctx() ctx: Context,
    @Arg("periodFrom", () => GraphQLLocalDate) periodFrom: string,
    @Arg("periodTo", () => GraphQLLocalDate) periodTo: string,
    @Arg("asOf", () => GraphQLLocalDate, { nullable: true, description: "Default: today in Việt Nam" }) asOf?: string,
  ): Promise<Dashboard> {
    return dashboard(ctx, { organisationId: toGlobalId("Organisation", organisation.id) }, { periodFrom, periodTo, asOf });
  }
}
