import { GraphQLLocalDate } from "graphql-scalars";
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { Document } from "../document/document.entity";
import { LegalRelation } from "../document/document.enums";
import { canReadDocument, readableOrNull } from "../document/document.policy";
import { Measurement } from "../indicator/measurement.entity";
import { Organisation } from "../organisation/organisation.entity";
import { visibleOrganisation } from "../organisation/organisation.service";
import { Trace, traceFigure, traceMeasurement } from "./provenance.service";
import { ReportFigure } from "./report-figure.entity";
import { addFigure, linkFigure } from "./report-figure.service";
import { importReport, reportTextOf } from "./report-import.service";
import { ReportRecipient } from "./report-recipient.entity";
import { ReportSchedule } from "./report-schedule.entity";
import { ReportSection } from "./report-section.entity";
import { acceptReport, returnReport, reviseReport, submitReport } from "./report-workflow.service";
import { AddFigureInput, CreateReportInput, LinkFigureInput, ReturnReportInput, UpdateReportInput } from "./report.inputs";
import { VersionedDocumentInput } from "../document/document.inputs";
import { createReport, getReport, updateReport } from "./report.service";
import { createReportSchedule, CreateReportScheduleInput, ReportingPeriod, reportingStatus } from "./reporting-status.service";

/** The document at the other end of a link of `relation`, when the caller may read it. */
async function linked(ctx: Context, document: Document, relation: LegalRelation, direction: "from" | "to"): Promise<Document | null> {
  const links = direction === "from" ? await ctx.loaders.legalBasesFrom.load(document.id) : await ctx.loaders.legalBasesTo.load(document.id);
  const link = links.find((l) => l.relation === relation);
  const other = link ? await ctx.loaders.document.load(direction === "from" ? link.toDocumentId : link.fromDocumentId) : undefined;
  return other && (await canReadDocument(ctx, other)) ? other : null;
}

@Resolver()
export class ReportResolver {
  @Authorized()
  @Query(() => Document, { description: "A report (a document of type REPORT)" })
  report(@Ctx() ctx: Context, @Arg("id", () => ID) id: string): Promise<Document> {
    return getReport(ctx, id);
  }

  @Authorized()
  @Mutation(() => Document, { description: "Draft a report of the caller's organisation" })
  createReport(@Ctx() ctx: Context, @Arg("input", () => CreateReportInput) input: CreateReportInput): Promise<Document> {
    return createReport(ctx, input);
  }

  @Authorized()
  @Mutation(() => Document, { description: "Change a draft (a submitted report never changes)" })
  updateReport(@Ctx() ctx: Context, @Arg("input", () => UpdateReportInput) input: UpdateReportInput): Promise<Document> {
    return updateReport(ctx, input);
  }

  @Authorized()
  @Mutation(() => ReportFigure, { description: "Add a figure at its span in a draft's section" })
  addReportFigure(@Ctx() ctx: Context, @Arg("input", () => AddFigureInput) input: AddFigureInput): Promise<ReportFigure> {
    return addFigure(ctx, input);
  }

  @Authorized()
  @Mutation(() => ReportFigure, { description: "Link a draft's figure to the measurement it reports, or the document it cites" })
  linkReportFigure(@Ctx() ctx: Context, @Arg("input", () => LinkFigureInput) input: LinkFigureInput): Promise<ReportFigure> {
    return linkFigure(ctx, input);
  }

  @Authorized()
  @Mutation(() => Document, { description: "Sign and send (an APPROVER of the body): number and date assigned if blank; immutable afterwards" })
  submitReport(@Ctx() ctx: Context, @Arg("input", () => VersionedDocumentInput) input: VersionedDocumentInput): Promise<Document> {
    return submitReport(ctx, input);
  }

  @Authorized()
  @Mutation(() => Document, { description: "Accept a submitted report (an APPROVER of a recipient)" })
  acceptReport(@Ctx() ctx: Context, @Arg("input", () => VersionedDocumentInput) input: VersionedDocumentInput): Promise<Document> {
    return acceptReport(ctx, input);
  }

  @Authorized()
  @Mutation(() => Document, { description: "Return a submitted report with a reason (an APPROVER of a recipient)" })
  returnReport(@Ctx() ctx: Context, @Arg("input", () => ReturnReportInput) input: ReturnReportInput): Promise<Document> {
    return returnReport(ctx, input);
  }

  @Authorized()
  @Mutation(() => Document, { description: "A new draft version that REPLACES a submitted, returned or accepted report" })
  reviseReport(@Ctx() ctx: Context, @Arg("input", () => VersionedDocumentInput) input: VersionedDocumentInput): Promise<Document> {
    return reviseReport(ctx, input);
  }

  @Authorized()
  @Mutation(() => Document, { description: "Read a report's plain text or Word (.docx) file into a draft of the organisation" })
  async importReport(
    @Ctx() ctx: Context,
    @Arg("organisationId", () => ID) organisationId: string,
    @Arg("confirmIssuingBody", () => Boolean, { defaultValue: false, description: "Import even though the header names another issuing body than the organisation" }) confirmIssuingBody: boolean,
    @Arg("text", () => String, { nullable: true, description: "The report's text (give text or docx)" }) text?: string | null,
    @Arg("docx", () => String, { nullable: true, description: "The report as a Word (.docx) file, base64-encoded, at most 10 MB (give text or docx); its extracted text is stored with the draft" })
    docx?: string | null,
  ): Promise<Document> {
    return importReport(ctx, organisationId, await reportTextOf({ text, docx }), { confirmIssuingBody });
  }

  @Authorized()
  @Mutation(() => ReportSchedule, { description: "Set a reporting obligation (administrator or coordinator)" })
  createReportSchedule(@Ctx() ctx: Context, @Arg("input", () => CreateReportScheduleInput) input: CreateReportScheduleInput): Promise<ReportSchedule> {
    return createReportSchedule(ctx, input);
  }

  @Authorized()
  @Query(() => [ReportingPeriod], { description: "The reports a body owed in a range: sent on time or late, missing, due or upcoming" })
  reportingStatus(
    @Ctx() ctx: Context,
    @Arg("organisationId", () => ID) organisationId: string,
    @Arg("from", () => GraphQLLocalDate) from: string,
    @Arg("to", () => GraphQLLocalDate) to: string,
    @Arg("asOf", () => GraphQLLocalDate, { nullable: true }) asOf?: string,
  ): Promise<ReportingPeriod[]> {
    return reportingStatus(ctx, organisationId, { from, to, asOf });
  }

  @Authorized()
  @Query(() => Trace, { description: "Provenance of a report figure in one query" })
  trace(@Ctx() ctx: Context, @Arg("figureId", () => ID) figureId: string): Promise<Trace> {
    return traceFigure(ctx, figureId);
  }

  @Authorized()
  @Query(() => Trace, { description: "Provenance of a measurement in one query" })
  traceMeasurement(@Ctx() ctx: Context, @Arg("measurementId", () => ID) measurementId: string): Promise<Trace> {
    return traceMeasurement(ctx, measurementId);
  }
}

@Resolver(() => Document)
export class ReportFieldsResolver {
  @FieldResolver(() => [ReportSection], { description: "Reports: top-level sections, each with its children" })
  async sections(@Root() document: Document, @Ctx() ctx: Context): Promise<ReportSection[]> {
    return (await ctx.loaders.reportSections.load(document.id)).filter((s) => s.parentId === null);
  }

  @FieldResolver(() => [ReportFigure], { description: "Reports: every figure, in text order" })
  figures(@Root() document: Document, @Ctx() ctx: Context): Promise<ReportFigure[]> {
    return ctx.loaders.reportFigures.load(document.id);
  }

  @FieldResolver(() => [ReportRecipient], { description: "Reports: Nơi nhận" })
  recipients(@Root() document: Document, @Ctx() ctx: Context): Promise<ReportRecipient[]> {
    return ctx.loaders.reportRecipients.load(document.id);
  }

  @FieldResolver(() => Document, { nullable: true, description: "The letter this report answers (RESPONDS_TO)" })
  respondsTo(@Root() document: Document, @Ctx() ctx: Context): Promise<Document | null> {
    return linked(ctx, document, LegalRelation.RESPONDS_TO, "from");
  }

  @FieldResolver(() => Document, { nullable: true, description: "The earlier version this one REPLACES" })
  replaces(@Root() document: Document, @Ctx() ctx: Context): Promise<Document | null> {
    return linked(ctx, document, LegalRelation.REPLACES, "from");
  }

  @FieldResolver(() => Document, { nullable: true, description: "The newer version that replaced this one" })
  replacedBy(@Root() document: Document, @Ctx() ctx: Context): Promise<Document | null> {
    return linked(ctx, document, LegalRelation.REPLACES, "to");
  }
}

@Resolver(() => ReportSection)
export class ReportSectionResolver {
  @FieldResolver(() => [ReportSection])
  async children(@Root() section: ReportSection, @Ctx() ctx: Context): Promise<ReportSection[]> {
    return (await ctx.loaders.reportSections.load(section.reportId)).filter((s) => s.parentId === section.id);
  }

  @FieldResolver(() => [ReportFigure])
  async figures(@Root() section: ReportSection, @Ctx() ctx: Context): Promise<ReportFigure[]> {
    return (await ctx.loaders.reportFigures.load(section.reportId)).filter((f) => f.sectionId === section.id);
  }
}

@Resolver(() => ReportFigure)
export class ReportFigureResolver {
  @FieldResolver(() => ReportSection)
  async section(@Root() figure: ReportFigure, @Ctx() ctx: Context): Promise<ReportSection> {
    return (await ctx.loaders.reportSections.load(figure.reportId)).find((s) => s.id === figure.sectionId)!;
  }

  @FieldResolver(() => Measurement, { nullable: true })
  async measurement(@Root() figure: ReportFigure, @Ctx() ctx: Context): Promise<Measurement | null> {
    return figure.measurementId ? ((await ctx.loaders.measurement.load(figure.measurementId)) ?? null) : null;
  }

  @FieldResolver(() => Document, { nullable: true })
  async citesDocument(@Root() figure: ReportFigure, @Ctx() ctx: Context): Promise<Document | null> {
    return figure.citesDocumentId ? readableOrNull(ctx, await ctx.loaders.document.load(figure.citesDocumentId)) : null;
  }
}

@Resolver(() => ReportRecipient)
export class ReportRecipientResolver {
  @FieldResolver(() => Organisation, { nullable: true, description: "The organisation, when in the system and visible to the caller" })
  organisation(@Root() recipient: ReportRecipient, @Ctx() ctx: Context): Promise<Organisation | null> {
    return visibleOrganisation(ctx, recipient.organisationId);
  }
}
