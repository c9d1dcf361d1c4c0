import type { EntityManager } from "typeorm";
import type { Context } from "../../context";
import { requireActor } from "../../auth/actor";
import { badInput, ForbiddenError, NotFoundError } from "../../errors";
import { auditedWrite, snapshot } from "../audit/audit.service";
import { Document } from "../document/document.entity";
import { DocumentStatus, DocumentType, LegalRelation } from "../document/document.enums";
import { referenceParts } from "../document/document.identity";
import type { LegalBasisTargetInput } from "../document/document.inputs";
import { authorizeDocumentWrite, canWriteAsIssuer } from "../document/document.policy";
import { getDocument } from "../document/document.service";
import { deriveColumns } from "../document/document-write.service";
import { linkInWrite, singleCitation } from "../document/legal-basis.service";
import { getOrganisation } from "../organisation/organisation.service";
import { checkPeriod, flattenSections, recipientLines, writeRecipients, writeSections } from "./report-content";
import { ReportStatus } from "./report.enums";
import type { CreateReportInput, ReportFieldsInput, UpdateReportInput } from "./report.inputs";
import { lockAtVersion } from "../../transaction";

/** Loads a report (a document of type REPORT) the caller may read. */
export async function getReport(ctx: Context, globalId: string, field = "id"): Promise<Document> {
  const document = await getDocument(ctx, globalId, field);
  if (document.type !== DocumentType.REPORT) throw badInput(field, "không phải báo cáo / not a report");
  return document;
}

function applyReportFields(report: Document, input: ReportFieldsInput): void {
  if (input.reference != null) Object.assign(report, referenceParts(input.reference));
  if (input.title != null) report.title = input.title;
  if (input.periodKind != null) report.periodKind = input.periodKind;
  if (input.periodStart != null) report.periodStart = input.periodStart;
  if (input.periodEnd != null) report.periodEnd = input.periodEnd;
  if (input.place != null) report.place = input.place;
  if (input.signer != null) report.signer = input.signer;
  if (input.signingCapacity != null) report.signingCapacity = input.signingCapacity;
}

/** Resolves legal-basis targets outside the write: ids must be readable, citations readable as one document. */
async function basisTargets(ctx: Context, targets: LegalBasisTargetInput[], field: string) {
  return Promise.all(
    targets.map(async (target, i) => {
      if (!!target.documentId === !!target.citation) throw badInput(`${field}.${i}`, "cần đúng một trong documentId, citation / give exactly one of documentId and citation");
      return target.documentId
        ? { document: await getDocument(ctx, target.documentId, `${field}.${i}.documentId`) }
        : { citation: singleCitation(target.citation!, `${field}.${i}.citation`), text: target.citation! };
    }),
  );
}

/** Drafts a report of the caller's own organisation, with its sections, recipients and legal bases. */
export async function createReport(ctx: Context, input: CreateReportInput): Promise<Document> {
  const actor = requireActor(ctx);
  const issuer = await getOrganisation(ctx, input.issuerId, "issuerId");
  if (!(await canWriteAsIssuer(ctx, issuer.id, { reports: true }))) throw new ForbiddenError("Editors draft reports only for their own organisation");
  if (!input.title) throw badInput("title", "bắt buộc / required");
  const report = ctx.db.getRepository(Document).create({
    type: DocumentType.REPORT,
    issuerId: issuer.id,
    issuerName: null,
    verified: true,
    status: DocumentStatus.ACTIVE,
    reportStatus: ReportStatus.DRAFT,
    createdById: actor.userId,
  });
  Object.assign(report, referenceParts(null));
  applyReportFields(report, input);
  checkPeriod(report);
  await deriveColumns(ctx, report);
  const sections = flattenSections(input.sections ?? []);
  const recipients = await recipientLines(ctx, input.recipients ?? []);
  const bases = await basisTargets(ctx, input.legalBases ?? [], "legalBases");
  const [respondsTo] = input.respondsTo ? await basisTargets(ctx, [input.respondsTo], "respondsTo") : [];
  return auditedWrite(ctx, async (tx) => {
    const saved = await tx.db.getRepository(Document).save(report);
    await writeSections(tx.db, saved.id, sections);
    await writeRecipients(tx.db, saved.id, recipients);
    const links = [];
    for (const target of bases) links.push((await linkInWrite(tx, tx.db, saved, LegalRelation.BASED_ON, target)).link);
    if (respondsTo) links.push((await linkInWrite(tx, tx.db, saved, LegalRelation.RESPONDS_TO, respondsTo)).link);
    const after = { ...snapshot(saved), sections: sections.length, recipients, legalBases: links.map(snapshot) };
    return { result: saved, audit: { action: "report.create", entityType: "Document", entityId: saved.id, organisationId: issuer.id, before: null, after } };
  });
}

/** Changes a draft; sections and recipients given replace the old ones. Submitted reports never change. */
export async function updateReport(ctx: Context, input: UpdateReportInput): Promise<Document> {
  requireActor(ctx);
  const current = await getReport(ctx, input.id);
  await authorizeDocumentWrite(ctx, current);
  const sections = input.sections ? flattenSections(input.sections) : undefined;
  const recipients = input.recipients ? await recipientLines(ctx, input.recipients) : undefined;
  return auditedWrite(ctx, async (tx) => {
    const report = await lockAtVersion(tx, Document, { id: current.id, expectedVersion: input.expectedVersion, name: "Report", authorize: (found) => authorizeDocumentWrite(tx, found) });
    const before = snapshot(report);
    applyReportFields(report, input);
    checkPeriod(report);
    await deriveColumns(tx, report);
    const saved = await tx.db.getRepository(Document).save(report);
    if (sections) await writeSections(tx.db, saved.id, sections);
    if (recipients) await writeRecipients(tx.db, saved.id, recipients);
    const after = { ...snapshot(saved), ...(sections ? { sections: sections.length } : {}), ...(recipients ? { recipients } : {}) };
    return { result: saved, audit: { action: "report.update", entityType: "Document", entityId: saved.id, organisationId: saved.issuerId, before, after } };
  });
}

/**
 * The report a section belongs to, checked editable by the caller. Inside a write, pass its
 * manager: the row is locked, so a concurrent submission cannot slip between check and change.
 */
export async function editableReportOf(ctx: Context, reportId: string, manager: EntityManager = ctx.db): Promise<Document> {
  const report = await manager.getRepository(Document).findOne({ where: { id: reportId }, ...(manager.queryRunner ? { lock: { mode: "pessimistic_write" as const } } : {}) });
  if (!report) throw new NotFoundError("Document");
  await authorizeDocumentWrite(ctx, report);
  return report;
}
