import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { toGlobalId } from "../../node";
import { Trace, traceFigure } from "./provenance.service";
import { ReportFigure } from "./report-figure.entity";

/**
 * `figure.trace`: the provenance of a linked figure from the report it appears in, so that an
 * auditor walks from a report to the sources of its figures in one query, without copying ids.
 */
@Resolver(() => ReportFigure)
export class FigureTraceResolver {
  @FieldResolver(() => Trace, { nullable: true, description: "Provenance of the figure (as trace(figureId)); null until it is linked to a measurement" })
  trace(@Root() figure: ReportFigure, @Ctx() ctx: Context): Promise<Trace> | null {
    return figure.measurementId ? traceFigure(ctx, toGlobalId("ReportFigure", figure.id)) : null;
  }
}
