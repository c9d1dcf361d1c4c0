import { GraphQLLocalDate } from "graphql-scalars";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { todayInVietnam } from "../../calendar";
import type { Context } from "../../context";
import { ConnectionType, PageArgs } from "../../pagination";
import { Document } from "../document/document.entity";
import { readableOrNull } from "../document/document.policy";
import { Organisation } from "../organisation/organisation.entity";
import { visibleOrganisation } from "../organisation/organisation.service";
import { IndicatorStatusRow } from "../dashboard/dashboard.types";
import { indicatorStateFor } from "./indicator-state.service";
import { IndicatorTarget } from "./indicator-target.entity";
import { Indicator } from "./indicator.entity";
import { IndicatorStatus } from "./indicator.enums";
import { CorrectMeasurementInput, CreateIndicatorInput, IndicatorFilter, RecordMeasurementInput, SetTargetInput } from "./indicator.inputs";
import { createIndicator, getIndicator, listIndicators, setTarget } from "./indicator.service";
import { Measurement } from "./measurement.entity";
import { correctMeasurement, getMeasurement, recordMeasurement } from "./measurement.service";

export const IndicatorConnection = ConnectionType(Indicator, "Indicator");

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Authorized()
  @Query(() => Indicator)
  indicator(@Ctx() ctx: Context, @Arg("id", () => ID) id: string): Promise<Indicator> {
    return getIndicator(ctx, id);
  }

  @Authorized()
  @Query(() => IndicatorConnection, { description: "Indicators with a target for, or defined by, organisations in the caller's scope" })
  indicators(@Ctx() ctx: Context, @Args() page: PageArgs, @Arg("filter", () => IndicatorFilter, { nullable: true }) filter?: IndicatorFilter) {
    return listIndicators(ctx, filter, page);
  }

  @Authorized()
  @Mutation(() => Indicator, { description: "Define an indicator through a plan or notice, with its targets" })
  createIndicator(@Ctx() ctx: Context, @Arg("input", () => CreateIndicatorInput) input: CreateIndicatorInput): Promise<Indicator> {
    return createIndicator(ctx, input);
  }

  @Authorized()
  @Mutation(() => IndicatorTarget, { description: "Set a target; through an ADJUSTMENT notice it adjusts from the notice's date, keeping the old one" })
  setTarget(@Ctx() ctx: Context, @Arg("input", () => SetTargetInput) input: SetTargetInput): Promise<IndicatorTarget> {
    return setTarget(ctx, input);
  }

  @FieldResolver(() => Document, { nullable: true, description: "The plan or notice that defined it" })
  async definedBy(@Root() indicator: Indicator, @Ctx() ctx: Context): Promise<Document | null> {
    return readableOrNull(ctx, await ctx.loaders.document.load(indicator.definedById));
  }

  @FieldResolver(() => IndicatorStatusRow, { description: "Colour for one organisation on a date (default today): its measurement in force then, against the target in force" })
  async statusFor(
    @Root() indicator: Indicator,
    @Ctx() ctx: Context,
    @Arg("organisationId", () => ID) organisationId: string,
    @Arg("asOf", () => GraphQLLocalDate, { nullable: true }) asOf?: string,
  ): Promise<IndicatorStatusRow> {
    const state = await indicatorStateFor(ctx, indicator, organisationId, asOf ?? todayInVietnam());
    return { ...state, indicator, organisation: (await ctx.loaders.organisation.load(state.organisationId))! };
  }

  @FieldResolver(() => [IndicatorTarget], { description: "Every target, adjusted ones included, in order of entry into force" })
  async targets(@Root() indicator: Indicator, @Ctx() ctx: Context): Promise<IndicatorTarget[]> {
    const targets = await ctx.loaders.targetsByIndicator.load(indicator.id);
    const visible = await Promise.all(targets.map((t) => visibleOrganisation(ctx, t.organisationId)));
    return targets.filter((_, i) => visible[i]);
  }
}

@Resolver(() => IndicatorTarget)
export class IndicatorTargetResolver {
  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Root() target: IndicatorTarget, @Ctx() ctx: Context): Promise<Organisation | null> {
    return visibleOrganisation(ctx, target.organisationId);
  }

  @FieldResolver(() => Document, { nullable: true, description: "The plan or notice that set (or adjusted) it, when the caller may read it" })
  async setBy(@Root() target: IndicatorTarget, @Ctx() ctx: Context): Promise<Document | null> {
    return readableOrNull(ctx, await ctx.loaders.document.load(target.setById));
  }
}

@Resolver(() => Measurement)
export class MeasurementResolver {
  @Authorized()
  @Query(() => Measurement)
  measurement(@Ctx() ctx: Context, @Arg("id", () => ID) id: string): Promise<Measurement> {
    return getMeasurement(ctx, id);
  }

  @Authorized()
  @Mutation(() => Measurement, { description: "Record a figure of the caller's own organisation" })
  recordMeasurement(@Ctx() ctx: Context, @Arg("input", () => RecordMeasurementInput) input: RecordMeasurementInput): Promise<Measurement> {
    return recordMeasurement(ctx, input);
  }

  @Authorized()
  @Mutation(() => Measurement, { description: "Correct a figure: a new measurement supersedes it, nothing is overwritten" })
  correctMeasurement(@Ctx() ctx: Context, @Arg("input", () => CorrectMeasurementInput) input: CorrectMeasurementInput): Promise<Measurement> {
    return correctMeasurement(ctx, input);
  }

  @FieldResolver(() => IndicatorStatus, { description: "Colour against the target in force at the end of its period (see the status rule)" })
  status(@Root() measurement: Measurement, @Ctx() ctx: Context): Promise<IndicatorStatus> {
    return ctx.loaders.measurementStatuses.load(measurement.id);
  }

  @FieldResolver(() => Indicator)
  async indicator(@Root() measurement: Measurement, @Ctx() ctx: Context): Promise<Indicator> {
    return (await ctx.loaders.indicator.load(measurement.indicatorId))!;
  }

  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Root() measurement: Measurement, @Ctx() ctx: Context): Promise<Organisation | null> {
    return visibleOrganisation(ctx, measurement.organisationId);
  }

  @FieldResolver(() => Document, { nullable: true, description: "The source document" })
  async sourceDocument(@Root() measurement: Measurement, @Ctx() ctx: Context): Promise<Document | null> {
    return measurement.sourceDocumentId ? readableOrNull(ctx, await ctx.loaders.document.load(measurement.sourceDocumentId)) : null;
  }

  @FieldResolver(() => Measurement, { nullable: true, description: "The measurement this one corrects" })
  async supersedes(@Root() measurement: Measurement, @Ctx() ctx: Context): Promise<Measurement | null> {
    return measurement.supersedesId ? ((await ctx.loaders.measurement.load(measurement.supersedesId)) ?? null) : null;
  }

  @FieldResolver(() => Measurement, { nullable: true, description: "The correction that replaced this one, if any" })
  async supersededBy(@Root() measurement: Measurement, @Ctx() ctx: Context): Promise<Measurement | null> {
    return (await ctx.loaders.supersededBy.load(measurement.id)) ?? null;
  }
}
