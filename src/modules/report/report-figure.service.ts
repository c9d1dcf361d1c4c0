import type { Context } from "../../context";
import { requireActor } from "../../auth/actor";
import { BadUserInputError, NotFoundError, type FieldProblem } from "../../errors";
import { fromGlobalId } from "../../node";
import { auditedWrite, snapshot } from "../audit/audit.service";
import { getDocument } from "../document/document.service";
import { getMeasurement } from "../indicator/measurement.service";
import { ReportFigure } from "./report-figure.entity";
import { ReportSection } from "./report-section.entity";
import { FigureKind } from "./report.enums";
import type { AddFigureInput, LinkFigureInput } from "./report.inputs";
import { editableReportOf } from "./report.service";

/** A figure's span lies inside its section's text and holds the figure as written. */
function checkSpan(section: ReportSection, input: Pick<AddFigureInput, "spanStart" | "spanEnd" | "text">): void {
  const problems: FieldProblem[] = [];
  if (input.spanStart > input.spanEnd) problems.push({ field: "spanEnd", message: "trước điểm đầu / before spanStart" });
  else if (input.spanEnd > section.body.length) {
    problems.push({ field: "spanEnd", message: `nằm ngoài nội dung mục (${section.body.length} ký tự) / outside its section's text (${section.body.length} characters)` });
  } else if (section.body.slice(input.spanStart, input.spanEnd) !== input.text) {
    problems.push({ field: "spanStart", message: "vị trí không chứa số liệu này / the span does not hold this figure's text" });
  }
  if (problems.length) throw new BadUserInputError(problems);
}

function checkValues(input: AddFigureInput): { value: number | null; numerator: number | null; denominator: number | null } {
  const problems: FieldProblem[] = [];
  if (input.kind === FigureKind.RATIO) {
    if (input.numerator == null || input.denominator == null) problems.push({ field: input.numerator == null ? "numerator" : "denominator", message: "bắt buộc với tỷ lệ / required for a RATIO" });
    else if (!(input.denominator > 0) || input.numerator < 0 || input.numerator > input.denominator) problems.push({ field: "numerator", message: "cần 0 ≤ tử số ≤ mẫu số, mẫu số > 0 / needs 0 <= numerator <= denominator, denominator > 0" });
  } else if (input.value == null || input.value < 0 || (input.kind === FigureKind.PERCENT && input.value > 100)) {
    problems.push({ field: "value", message: input.kind === FigureKind.PERCENT ? "phần trăm từ 0 đến 100 / a percent between 0 and 100" : "số không âm / a non-negative number" });
  }
  if (problems.length) throw new BadUserInputError(problems);
  return input.kind === FigureKind.RATIO
    ? { value: (input.numerator! / input.denominator!) * 100, numerator: input.numerator!, denominator: input.denominator! }
    : { value: input.value!, numerator: null, denominator: null };
}

async function sourceIds(ctx: Context, input: { measurementId?: string; citesDocumentId?: string }) {
  const measurement = input.measurementId ? await getMeasurement(ctx, input.measurementId, "measurementId") : undefined;
  const cited = input.citesDocumentId ? await getDocument(ctx, input.citesDocumentId, "citesDocumentId") : undefined;
  return { measurementId: measurement?.id ?? null, citesDocumentId: cited?.id ?? null };
}

/** Adds a figure to a draft's section, at its span in the section's text. */
export async function addFigure(ctx: Context, input: AddFigureInput): Promise<ReportFigure> {
  requireActor(ctx);
  const section = await ctx.db.getRepository(ReportSection).findOneBy({ id: fromGlobalId(input.sectionId, "ReportSection", "sectionId") });
  if (!section) throw new NotFoundError("ReportSection");
  const report = await editableReportOf(ctx, section.reportId);
  checkSpan(section, input);
  const values = checkValues(input);
  const sources = await sourceIds(ctx, input);
  return auditedWrite(ctx, async (tx) => {
    await editableReportOf(tx, report.id, tx.db);
    const repository = tx.db.getRepository(ReportFigure);
    const position = await repository.count({ where: { reportId: report.id } });
    const figure = await repository.save(
      repository.create({ reportId: report.id, sectionId: section.id, position, label: input.label, kind: input.kind, text: input.text, unit: input.unit ?? null, spanStart: input.spanStart, spanEnd: input.spanEnd, ...values, ...sources }),
    );
    return { result: figure, audit: { action: "report.add_figure", entityType: "ReportFigure", entityId: figure.id, organisationId: report.issuerId, before: null, after: snapshot(figure) } };
  });
}

/** Links a draft's figure to the measurement it reports (or the document it cites). */
export async function linkFigure(ctx: Context, input: LinkFigureInput): Promise<ReportFigure> {
  requireActor(ctx);
  const figure = await ctx.db.getRepository(ReportFigure).findOneBy({ id: fromGlobalId(input.figureId, "ReportFigure", "figureId") });
  if (!figure) throw new NotFoundError("ReportFigure");
  const report = await editableReportOf(ctx, figure.reportId);
  if (!input.measurementId && !input.citesDocumentId) throw new BadUserInputError([{ field: "measurementId", message: "cần measurementId hoặc citesDocumentId / give measurementId or citesDocumentId" }]);
  const sources = await sourceIds(ctx, input);
  return auditedWrite(ctx, async (tx) => {
    await editableReportOf(tx, report.id, tx.db);
    const before = snapshot(figure);
    const saved = await tx.db.getRepository(ReportFigure).save(Object.assign(figure, sources));
    return { result: saved, audit: { action: "report.link_figure", entityType: "ReportFigure", entityId: saved.id, organisationId: report.issuerId, before, after: snapshot(saved) } };
  });
}
