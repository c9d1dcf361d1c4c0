import type { EntityManager } from "typeorm";
import type { Context } from "../../context";
import { badInput, BadUserInputError, type FieldProblem } from "../../errors";
import { decodeGlobalId } from "../../node";
import type { Document } from "../document/document.entity";
import { DocumentType } from "../document/document.enums";
import { ReportRecipient } from "./report-recipient.entity";
import { ReportSection } from "./report-section.entity";
import type { RecipientInput, SectionInput } from "./report.inputs";

/** Most sections a report may hold, all levels together. */
export const MAX_SECTIONS = 500;

/** A section to store, in text order, with the index of its parent in the same list. */
export interface FlatSection {
  numbering: string;
  heading: string;
  body: string;
  level: number;
  parent: number | null;
  bodyOffset: number | null;
}

/** Flattens a section tree in text order; the level is the depth. */
export function flattenSections(sections: SectionInput[]): FlatSection[] {
  const flat: FlatSection[] = [];
  const walk = (items: SectionInput[], level: number, parent: number | null) => {
    for (const item of items) {
      flat.push({ numbering: item.numbering, heading: item.heading, body: item.body ?? "", level, parent, bodyOffset: null });
      if (flat.length > MAX_SECTIONS) throw badInput("sections", `nhiều hơn ${MAX_SECTIONS} mục / more than ${MAX_SECTIONS} sections`);
      walk(item.children ?? [], level + 1, flat.length - 1);
    }
  };
  walk(sections, 1, null);
  return flat;
}

/** Replaces a report's sections (their figures go with them). */
export async function writeSections(manager: EntityManager, reportId: string, sections: FlatSection[]): Promise<ReportSection[]> {
  const repository = manager.getRepository(ReportSection);
  await repository.delete({ reportId });
  const saved: ReportSection[] = [];
  for (const [position, section] of sections.entries()) {
    saved.push(
      await repository.save(
        repository.create({
          reportId,
          position,
          level: section.level,
          numbering: section.numbering,
          heading: section.heading,
          body: section.body,
          bodyOffset: section.bodyOffset,
          parentId: section.parent === null ? null : saved[section.parent].id,
        }),
      ),
    );
  }
  return saved;
}

/** A line of Nơi nhận to store: an organisation id (any body: reports go to superiors) and/or a name. */
export interface RecipientLine {
  organisationId: string | null;
  name: string;
  purpose: string | null;
}

/**
 * Reads recipient inputs. Any organisation may be addressed (reports flow up to bodies outside the
 * sender's scope): only its existence is checked, and its name is used when none is given.
 */
export async function recipientLines(ctx: Context, inputs: RecipientInput[]): Promise<RecipientLine[]> {
  const problems: FieldProblem[] = [];
  const lines: RecipientLine[] = [];
  for (const [i, input] of inputs.entries()) {
    let organisationId: string | null = null;
    if (input.organisationId) {
      const decoded = decodeGlobalId(input.organisationId);
      const organisation = decoded?.type === "Organisation" ? await ctx.loaders.organisation.load(decoded.id) : undefined;
      if (!organisation) problems.push({ field: `recipients.${i}.organisationId`, message: "không có cơ quan này / no such organisation" });
      organisationId = organisation?.id ?? null;
      lines.push({ organisationId, name: input.name ?? organisation?.name ?? "", purpose: input.purpose ?? null });
    } else if (input.name) {
      lines.push({ organisationId: null, name: input.name, purpose: input.purpose ?? null });
    } else {
      problems.push({ field: `recipients.${i}`, message: "cần organisationId hoặc name / give organisationId or name" });
    }
  }
  if (problems.length) throw new BadUserInputError(problems);
  return lines;
}

export async function writeRecipients(manager: EntityManager, reportId: string, lines: RecipientLine[]): Promise<void> {
  const repository = manager.getRepository(ReportRecipient);
  await repository.delete({ reportId });
  for (const [position, line] of lines.entries()) await repository.save(repository.create({ reportId, position, ...line }));
}

/** The period of a report must be whole: a kind and a start on or before the end. */
export function checkPeriod(report: Pick<Document, "type" | "periodKind" | "periodStart" | "periodEnd">): void {
  if (report.type !== DocumentType.REPORT) return;
  const problems: FieldProblem[] = [];
  if (!report.periodKind) problems.push({ field: "periodKind", message: "bắt buộc / required" });
  if (!report.periodStart) problems.push({ field: "periodStart", message: "bắt buộc / required" });
  if (!report.periodEnd) problems.push({ field: "periodEnd", message: "bắt buộc / required" });
  if (report.periodStart && report.periodEnd && report.periodStart > report.periodEnd) problems.push({ field: "periodEnd", message: "trước ngày bắt đầu / before periodStart" });
  if (problems.length) throw new BadUserInputError(problems);
}
