import { Field, Int, ObjectType } from "type-graphql";
import { In } from "typeorm";
import { hasRole } from "../../auth/policy";
import type { Context } from "../../context";
import { requireActor } from "../../auth/actor";
import { NotFoundError } from "../../errors";
import { fromGlobalId } from "../../node";
import { AuditEvent } from "../audit/audit-event.entity";
import { Document } from "../document/document.entity";
import { DocumentType, NoticeKind } from "../document/document.enums";
import { canReadDocument, readableOrNull } from "../document/document.policy";
import { auditScopeSql } from "../audit/audit-query.service";
import { Role } from "../user/role-grant.entity";
import { legalBasisChain, LegalBasisChainLink } from "../document/legal-basis-chain";
import { IndicatorTarget } from "../indicator/indicator-target.entity";
import { Indicator } from "../indicator/indicator.entity";
import { Measurement } from "../indicator/measurement.entity";
import { getMeasurement } from "../indicator/measurement.service";
import { ReportFigure } from "./report-figure.entity";
import { ReportSection } from "./report-section.entity";

const CHAIN_DEPTH = 10;

@ObjectType({ description: "Provenance of a figure: where it comes from, on what authority, and who touched each step" })
export class Trace {
  @Field(() => ReportFigure, { nullable: true })
  figure!: ReportFigure | null;

  @Field(() => Document, { nullable: true, description: "The report the figure appears in" })
  report!: Document | null;

  @Field(() => String, { nullable: true, description: "The sentence of the report holding the figure" })
  sentence!: string | null;

  @Field(() => Measurement, { nullable: true })
  measurement!: Measurement | null;

  @Field(() => [Measurement], { description: "Earlier values this measurement corrected, newest first" })
  supersededMeasurements!: Measurement[];

  @Field(() => Document, { nullable: true, description: "The measurement's source document" })
  sourceDocument!: Document | null;

  @Field(() => String, { nullable: true })
  sourceLocator!: string | null;

  @Field(() => Int, { nullable: true })
  sourceSpanStart!: number | null;

  @Field(() => Int, { nullable: true })
  sourceSpanEnd!: number | null;

  @Field(() => Indicator, { nullable: true })
  indicator!: Indicator | null;

  @Field(() => Document, { nullable: true, description: "The plan or notice that defined the indicator" })
  definedBy!: Document | null;

  @Field(() => [IndicatorTarget], { description: "Targets of the measured organisation, adjusted ones included" })
  targets!: IndicatorTarget[];

  @Field(() => [Document], { description: "Notices that adjusted those targets" })
  adjustedBy!: Document[];

  @Field(() => [LegalBasisChainLink], { description: "The defining document's legal bases, up to the root resolution" })
  legalBasisChain!: LegalBasisChainLink[];

  @Field(() => Document, { nullable: true, description: "Where the chain ends: the resolution everything rests on (57-NQ/TW)" })
  root!: Document | null;

  @Field(() => [AuditEvent], { description: "Who created or changed each step, and when (for auditors; empty otherwise)" })
  events!: AuditEvent[];
}

/** The sentence around a span: back and forward to the nearest sentence end or line break. */
export function sentenceAround(text: string, start: number, end: number): string {
  const stops = /[.;!?\n]/;
  let from = start;
  while (from > 0 && !(stops.test(text[from - 1]) && (text[from - 1] !== "." || !/\d/.test(text[from] ?? "")))) from--;
  let to = end;
  while (to < text.length && !(stops.test(text[to]) && (text[to] !== "." || !/\d/.test(text[to + 1] ?? "")))) to++;
  return text.slice(from, Math.min(text.length, to + 1)).trim();
}

/** Every earlier version a measurement corrected, in one statement. */
async function supersededChain(ctx: Context, measurement: Measurement): Promise<Measurement[]> {
  if (!measurement.supersedesId) return [];
  const rows: Array<{ id: string }> = await ctx.db.query(
    `WITH RECURSIVE older(id, supersedes_id, depth) AS (
       SELECT m.id, m.supersedes_id, 1 FROM measurement m WHERE m.id = $1
       UNION ALL
       SELECT m.id, m.supersedes_id, o.depth + 1 FROM older o JOIN measurement m ON m.id = o.supersedes_id WHERE o.depth < 100)
     SELECT id FROM older ORDER BY depth`,
    [measurement.supersedesId],
  );
  const found = await ctx.db.getRepository(Measurement).findBy({ id: In(rows.map((r) => r.id)) });
  return rows.map((r) => found.find((m) => m.id === r.id)!);
}

/** The chain of a measurement: value, corrections, source, indicator, its authority and their history. */
async function traceFrom(ctx: Context, start: { figure: ReportFigure | null; report: Document | null; sentence: string | null; measurement: Measurement | null }): Promise<Trace> {
  const actor = requireActor(ctx);
  const measurement = start.measurement;
  const superseded = measurement ? await supersededChain(ctx, measurement) : [];
  const indicator = measurement ? await ctx.db.getRepository(Indicator).findOneBy({ id: measurement.indicatorId }) : null;
  const targets = indicator ? await ctx.db.getRepository(IndicatorTarget).find({ where: { indicatorId: indicator.id, organisationId: measurement!.organisationId }, order: { effectiveFrom: "ASC" } }) : [];
  const documentIds = [measurement?.sourceDocumentId, indicator?.definedById, ...targets.map((t) => t.setById)].filter((id): id is string => !!id);
  const loaded = await ctx.loaders.document.loadMany(documentIds);
  const documents = await Promise.all(loaded.map((d) => (d instanceof Document ? readableOrNull(ctx, d) : null)));
  const byId = (id: string | null | undefined) => (id ? (documents.find((d) => d?.id === id) ?? null) : null);
  const definedBy = byId(indicator?.definedById);
  const chain = definedBy ? await legalBasisChain(ctx, definedBy, CHAIN_DEPTH) : [];
  const adjustedBy = [...new Set(targets.map((t) => t.setById))]
    .map(byId)
    .filter((d): d is Document => !!d && d.type === DocumentType.NOTICE && d.noticeKind === NoticeKind.ADJUSTMENT);
  const root = chain.find((link) => link.document.type === DocumentType.RESOLUTION && link.document.reference === "57-NQ/TW")?.document ?? chain.at(-1)?.document ?? null;
  const steps = [start.figure?.id, start.report?.id, measurement?.id, ...superseded.map((m) => m.id), measurement?.sourceDocumentId, indicator?.id, ...targets.map((t) => t.id), definedBy?.id, ...chain.map((l) => l.document.id)];
  const scope = auditScopeSql(actor, "e");
  const events = hasRole(actor, Role.AUDITOR)
    ? await ctx.db
        .getRepository(AuditEvent)
        .createQueryBuilder("e")
        .where("e.entity_id IN (:...steps)", { steps: [...new Set(steps.filter((id): id is string => !!id))] })
        .andWhere(scope.sql, scope.params)
        .orderBy("e.id", "ASC")
        .take(1000)
        .getMany()
    : [];
  return {
    ...start,
    supersededMeasurements: superseded,
    sourceDocument: byId(measurement?.sourceDocumentId),
    sourceLocator: measurement?.sourceLocator ?? null,
    sourceSpanStart: measurement?.sourceSpanStart ?? null,
    sourceSpanEnd: measurement?.sourceSpanEnd ?? null,
    indicator,
    definedBy,
    targets,
    adjustedBy,
    legalBasisChain: chain,
    root,
    events,
  };
}

/** trace(figureId): figure -> measurement -> source -> indicator -> defining document -> legal bases, with history. */
export async function traceFigure(ctx: Context, globalId: string): Promise<Trace> {
  requireActor(ctx);
  const figure = await ctx.db.getRepository(ReportFigure).findOneBy({ id: fromGlobalId(globalId, "ReportFigure", "figureId") });
  const report = figure ? await ctx.loaders.document.load(figure.reportId) : undefined;
  if (!figure || !report || !(await canReadDocument(ctx, report))) throw new NotFoundError("ReportFigure");
  const section = await ctx.db.getRepository(ReportSection).findOneByOrFail({ id: figure.sectionId });
  const measurement = figure.measurementId ? await ctx.db.getRepository(Measurement).findOneBy({ id: figure.measurementId }) : null;
  return traceFrom(ctx, { figure, report, sentence: sentenceAround(section.body, figure.spanStart, figure.spanEnd), measurement });
}

/** The same chain from a measurement. */
export async function traceMeasurement(ctx: Context, globalId: string): Promise<Trace> {
  const measurement = await getMeasurement(ctx, globalId, "measurementId");
  return traceFrom(ctx, { figure: null, report: null, sentence: null, measurement });
}
