import { IsNull, type EntityManager } from "typeorm";
import type { Context } from "../../context";
import { requireActor } from "../../auth/actor";
import { badInput, ConflictError, ForbiddenError } from "../../errors";
import { toGlobalId } from "../../node";
import { parseReportText, ReportImportError, type ParsedReport } from "../../report-import";
import { readDocxText } from "../../report-import/docx";
import { auditedWrite, snapshot } from "../audit/audit.service";
import { Document } from "../document/document.entity";
import { Classification, DocumentStatus, DocumentType, LegalRelation } from "../document/document.enums";
import { identityLockKey, NO_REFERENCE, referenceParts } from "../document/document.identity";
import { canWriteAsIssuer } from "../document/document.policy";
import { deriveColumns, findSameIdentity } from "../document/document-write.service";
import { resolveIssuer } from "../document/issuer-resolver";
import { citationLockKey, linkInWrite } from "../document/legal-basis.service";
import { lockIdentities } from "../../transaction";
import { getOrganisation } from "../organisation/organisation.service";
import { writeRecipients, writeSections } from "./report-content";
import { checkIssuingBody } from "./report-import-issuer";
import { ReportFigure } from "./report-figure.entity";
import { figureRow, figuresInBodies, flatSections } from "./report-text";
import { ReportSection } from "./report-section.entity";
import { ReportPeriodKind, ReportStatus } from "./report.enums";

/** Base64 as a client sends a file in JSON: the standard alphabet, padding optional, white space ignored. */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * The report's text, as given or extracted from a Word file (base64 in `docx`); exactly one of the two.
 * The extracted text is what the draft stores and what its spans refer to.
 */
export async function reportTextOf(source: { text?: string | null; docx?: string | null }): Promise<string> {
  const given = [source.text, source.docx].filter((value) => value != null).length;
  if (given !== 1) throw badInput(source.text != null ? "docx" : "text", "Cần đúng một trong hai: text hoặc docx / Give exactly one of text and docx");
  if (source.text != null) return source.text;
  const compact = source.docx!.replace(/\s+/g, "");
  if (!BASE64.test(compact) || compact.length % 4 === 1) throw badInput("docx", "Tệp phải được mã hóa base64 / The file must be base64-encoded");
  try {
    return await readDocxText(Buffer.from(compact, "base64"));
  } catch (error) {
    if (error instanceof ReportImportError) throw badInput("docx", `${error.message} (${error.reason})`);
    throw error;
  }
}

function parse(text: string): ParsedReport {
  try {
    return parseReportText(text);
  } catch (error) {
    if (error instanceof ReportImportError) throw badInput("text", `${error.message} (${error.reason})`);
    throw error;
  }
}

/**
 * The stored record this import concerns, if any: the same identity (numbered), or for an
 * unnumbered draft the same issuer, reference, date and period. A record without content yet
 * (synced or seeded from its metadata) is filled in place; one with content is not overwritten.
 */
async function storedRecord(manager: EntityManager, draft: Document): Promise<{ record: Document; hasContent: boolean } | null> {
  const record = draft.number
    ? await findSameIdentity(manager, draft)
    : await manager.getRepository(Document).findOneBy({
        issuerId: draft.issuerId!,
        type: DocumentType.REPORT,
        reference: draft.reference ?? IsNull(),
        issuedOn: draft.issuedOn ?? IsNull(),
        periodStart: draft.periodStart ?? IsNull(),
        periodEnd: draft.periodEnd ?? IsNull(),
      });
  if (!record) return null;
  const submitted = record.reportStatus !== null && record.reportStatus !== ReportStatus.DRAFT;
  const classified = record.classification !== Classification.UNCLASSIFIED;
  const hasContent = record.type !== DocumentType.REPORT || submitted || classified || (await manager.getRepository(ReportSection).existsBy({ reportId: record.id }));
  return { record, hasContent };
}

/**
 * Turns a report's plain text into a DRAFT of the organisation: header, title, period, sections,
 * recipients, signature, legal bases (linked, with placeholders for documents not yet stored),
 * the letter it answers, and candidate figures at their spans. Nothing is written when the text
 * cannot be read as a report, or when its header names another issuing body and the caller has not
 * confirmed it (`confirmIssuingBody`).
 */
export async function importReport(ctx: Context, organisationGlobalId: string, text: string, options: { confirmIssuingBody?: boolean } = {}): Promise<Document> {
  const actor = requireActor(ctx);
  const issuer = await getOrganisation(ctx, organisationGlobalId, "organisationId");
  if (!(await canWriteAsIssuer(ctx, issuer.id, { reports: true }))) throw new ForbiddenError("Editors import reports only for their own organisation");
  const parsed = parse(text);
  await checkIssuingBody(ctx.db, issuer, parsed.header.issuingBody, options.confirmIssuingBody === true);
  const draft = ctx.db.getRepository(Document).create({
    ...NO_REFERENCE,
    type: DocumentType.REPORT,
    issuerId: issuer.id,
    issuerName: null,
    verified: true,
    status: DocumentStatus.ACTIVE,
    reportStatus: ReportStatus.DRAFT,
    issuedOn: parsed.header.date?.iso ?? null,
    place: parsed.header.place?.text ?? null,
    title: parsed.title?.text ?? null,
    periodKind: (parsed.period?.kind as ReportPeriodKind | undefined) ?? null,
    periodStart: parsed.period?.start ?? null,
    periodEnd: parsed.period?.end ?? null,
    signer: parsed.signature?.signer?.text ?? null,
    signingCapacity: parsed.signature?.lines.map((line) => line.text).join(" / ") || null,
    bodyText: text,
    createdById: actor.userId,
  });
  if (parsed.header.documentNumber?.reference) Object.assign(draft, referenceParts(parsed.header.documentNumber.written.replace(/^[:\s]+/, "")));
  await deriveColumns(ctx, draft);
  const sections = flatSections(parsed, text);
  const cited = [...parsed.legalBases.citations, ...(parsed.respondsTo ? [parsed.respondsTo.citation] : [])];
  return auditedWrite(ctx, async (tx) => {
    // Every identity this import may insert, locked up front in one order: concurrent imports
    // citing the same new documents share one placeholder each and cannot deadlock.
    await lockIdentities(tx, [identityLockKey(draft), ...cited.map(citationLockKey)]);
    const stored = await storedRecord(tx.db, draft);
    if (stored?.hasContent) {
      throw new ConflictError(`Báo cáo ${stored.record.reference ?? ""} đã có`, "This report is already stored with its content", { existingDocumentId: toGlobalId("Document", stored.record.id) });
    }
    const { id: _id, version: _version, createdAt: _created, sourceSystem: _source, externalId: _external, ...fields } = draft;
    const given = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
    // The record as it stood before the import filled it (a seeded or synced record without content).
    const before = stored ? snapshot(stored.record) : null;
    const report = await tx.db.getRepository(Document).save(stored ? Object.assign(stored.record, given) : draft);
    const saved = await writeSections(tx.db, report.id, sections);
    const figures = figuresInBodies(parsed, saved);
    for (const [position, figure] of figures.entries()) {
      await tx.db.getRepository(ReportFigure).save(tx.db.getRepository(ReportFigure).create({ reportId: report.id, sectionId: saved[figure.sectionIndex!].id, position, ...figureRow(figure, saved[figure.sectionIndex!]) }));
    }
    const localityPath: string[] = (await tx.db.query(`SELECT l.path FROM locality l WHERE l.id = $1`, [issuer.localityId]))[0].path;
    const recipients = [];
    for (const recipient of parsed.recipients) {
      recipients.push({ organisationId: await resolveIssuer(tx.db, { issuerName: recipient.name, issuerCode: null }, localityPath), name: recipient.name.slice(0, 300), purpose: recipient.purpose?.slice(0, 100) ?? null });
    }
    await writeRecipients(tx.db, report.id, recipients);
    for (const [position, citation] of parsed.legalBases.citations.entries()) await linkInWrite(tx, tx.db, report, LegalRelation.BASED_ON, { citation, text: citation.citedAs }, position);
    if (parsed.respondsTo) await linkInWrite(tx, tx.db, report, LegalRelation.RESPONDS_TO, { citation: parsed.respondsTo.citation, text: parsed.respondsTo.citation.citedAs });
    const after = { ...snapshot(report), sections: sections.length, figures: figures.length, recipients: recipients.length, legalBases: parsed.legalBases.citations.length };
    return { result: report, audit: { action: "report.import", entityType: "Document", entityId: report.id, organisationId: issuer.id, before, after } };
  });
}
