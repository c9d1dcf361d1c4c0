import { GraphQLLocalDate } from "graphql-scalars";
import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { dashboard } from "./dashboard.service";
import { Dashboard, DashboardScope } from "./dashboard.types";

@Resolver()
export class DashboardResolver {
  @Authorized()
  @Query(() => Dashboard, { description: "Tasks by status and bloc, indicators by colour and the overdue list, for a scope and period" })
  dashboard(
    @Ctx() ctx: Context,
    @Arg("scope", () => DashboardScope) scope: DashboardScope,
    @Arg("periodFrom", () => GraphQLLocalDate) periodFrom: string,
    @Arg("periodTo", () => GraphQLLocalDate) periodTo: string,
    @Arg("asOf", () => GraphQLLocalDate, { nullable: true, description: "Default: today in Việt Nam" }) asOf?: string,
  ): Promise<Dashboard> {
    return dashboard(ctx, scope, { periodFrom, periodTo, asOf });
  }
}
