import type { EntityManager } from "typeorm";
import { can } from "../../auth/policy";
import { todayInVietnam } from "../../calendar";
import type { Context } from "../../context";
import { requireActor } from "../../auth/actor";
import { badInput, ConflictError, ForbiddenError, NotFoundError } from "../../errors";
import { lockAtVersion } from "../../transaction";
import { fromGlobalId } from "../../node";
import { auditedWrite, snapshot } from "../audit/audit.service";
import { Document } from "../document/document.entity";
import { DocumentType, LegalRelation } from "../document/document.enums";
import { referenceParts } from "../document/document.identity";
import { canReadDocument, canWriteAsIssuer } from "../document/document.policy";
import { deriveColumns } from "../document/document-write.service";
import { LegalBasis } from "../document/legal-basis.entity";
import { OrganisationKind, type Organisation } from "../organisation/organisation.entity";
import { ReportFigure } from "./report-figure.entity";
import { ReportRecipient } from "./report-recipient.entity";
import { ReportSection } from "./report-section.entity";
import { ReportStatus } from "./report.enums";
import type { VersionedDocumentInput } from "../document/document.inputs";
import type { ReturnReportInput } from "./report.inputs";

/** Symbols of reports by the kind of body, when a draft has none (Decree 30 and Guidance 36 forms). */
const DEFAULT_SYMBOLS: Partial<Record<OrganisationKind, string>> = {
  [OrganisationKind.PARTY_COMMITTEE]: "-BC/ĐU",
  [OrganisationKind.PEOPLES_COUNCIL]: "/BC-HĐND",
  [OrganisationKind.PEOPLES_COMMITTEE]: "/BC-UBND",
  [OrganisationKind.STEERING_COMMITTEE]: "/BC-BCĐ",
  [OrganisationKind.FATHERLAND_FRONT]: "/BC-MTTQ",
};

async function lockReport(ctx: Context, manager: EntityManager, input: VersionedDocumentInput): Promise<Document> {
  return lockAtVersion(ctx, Document, {
    id: fromGlobalId(input.id, "Document", "id"),
    expectedVersion: input.expectedVersion,
    name: "Report",
    authorize: async (report) => {
      if (report.type !== DocumentType.REPORT || !(await canReadDocument(ctx, report))) throw new NotFoundError("Report");
    },
  });
}

function requireStatus(report: Document, ...allowed: ReportStatus[]): void {
  if (!allowed.includes(report.reportStatus ?? ReportStatus.DRAFT)) {
    throw new ConflictError(`Báo cáo đang ở trạng thái ${report.reportStatus}`, `The report is ${report.reportStatus}; this needs ${allowed.join(" or ")}`, { reportStatus: report.reportStatus });
  }
}

/** Numbers an unnumbered report: the next number of its issuer, symbol and year, under a lock. */
async function assignNumber(manager: EntityManager, report: Document, issuer: Organisation, year: number): Promise<void> {
  if (report.number) return;
  const written = report.referenceAsWritten ?? DEFAULT_SYMBOLS[issuer.kind];
  if (!written) throw badInput("reference", "báo cáo chưa có ký hiệu / give the report a symbol (e.g. /BC-UBND) before submitting");
  const blank = referenceParts(written);
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`${report.issuerId}|${blank.symbol}|${year}`]);
  const [{ next }] = await manager.query(
    `SELECT coalesce(max(number::int), 0) + 1 AS next FROM document
      WHERE issuer_id = $1 AND symbol = $2 AND issued_year = $3 AND number ~ '^[0-9]+$'`,
    [report.issuerId, blank.symbol, year],
  );
  const reference = blank.referenceSystem === "PARTY" ? `${next}-${blank.symbol}` : `${next}/${blank.symbol}`;
  Object.assign(report, referenceParts(reference));
}

/**
 * Signs and sends a draft: only an APPROVER of the reporting body may. A blank number and date are
 * assigned (the next number of the body's register for the year; today in Việt Nam); from then on
 * the report never changes.
 */
export async function submitReport(ctx: Context, input: VersionedDocumentInput): Promise<Document> {
  const actor = requireActor(ctx);
  return auditedWrite(ctx, async (tx) => {
    const report = await lockReport(tx, tx.db, input);
    const target = await tx.loaders.orgTarget.load(report.issuerId!);
    if (!target || !can(actor, "submit", target)) throw new ForbiddenError("Only an approver of the reporting body may sign and submit its report");
    requireStatus(report, ReportStatus.DRAFT);
    const before = snapshot(report);
    report.issuedOn ??= todayInVietnam();
    await assignNumber(tx.db, report, (await tx.loaders.organisation.load(report.issuerId!))!, Number(report.issuedOn.slice(0, 4)));
    report.reportStatus = ReportStatus.SUBMITTED;
    report.submittedAt = new Date();
    report.submittedById = actor.userId;
    await deriveColumns(tx, report);
    const saved = await tx.db.getRepository(Document).save(report);
    return { result: saved, audit: { action: "report.submit", entityType: "Document", entityId: saved.id, organisationId: saved.issuerId, before, after: snapshot(saved) } };
  });
}

/** Whether the actor approves for one of the report's recipient organisations. */
async function reviewsFor(ctx: Context, report: Document): Promise<boolean> {
  const actor = requireActor(ctx);
  const recipients = await ctx.db.getRepository(ReportRecipient).findBy({ reportId: report.id });
  for (const recipient of recipients) {
    const target = recipient.organisationId ? await ctx.loaders.orgTarget.load(recipient.organisationId) : undefined;
    // A body never accepts its own report: recipients that are the issuer or its units do not count.
    if (target && !target.orgPath.includes(report.issuerId!) && can(actor, "review", target)) return true;
  }
  return false;
}

async function review(ctx: Context, input: VersionedDocumentInput, outcome: ReportStatus.ACCEPTED | ReportStatus.RETURNED, reason: string | null): Promise<Document> {
  const actor = requireActor(ctx);
  return auditedWrite(ctx, async (tx) => {
    const report = await lockReport(tx, tx.db, input);
    if (!(await reviewsFor(tx, report))) throw new ForbiddenError("Only an approver of a recipient organisation may accept or return this report");
    requireStatus(report, ReportStatus.SUBMITTED);
    const before = snapshot(report);
    Object.assign(report, { reportStatus: outcome, reviewedAt: new Date(), reviewedById: actor.userId, reviewNote: reason });
    const saved = await tx.db.getRepository(Document).save(report);
    const action = outcome === ReportStatus.ACCEPTED ? "report.accept" : "report.return";
    return { result: saved, audit: { action, entityType: "Document", entityId: saved.id, organisationId: saved.issuerId, before, after: snapshot(saved) } };
  });
}

export const acceptReport = (ctx: Context, input: VersionedDocumentInput) => review(ctx, input, ReportStatus.ACCEPTED, null);
export const returnReport = (ctx: Context, input: ReturnReportInput) => review(ctx, input, ReportStatus.RETURNED, input.reason);

/**
 * Starts a new version of a submitted, returned or accepted report: a draft with the same content
 * that REPLACES it once created; the old version stays readable and unchanged.
 */
export async function reviseReport(ctx: Context, input: VersionedDocumentInput): Promise<Document> {
  const actor = requireActor(ctx);
  return auditedWrite(ctx, async (tx) => {
    const old = await lockReport(tx, tx.db, input);
    if (!(await canWriteAsIssuer(tx, old.issuerId, { reports: true }))) throw new ForbiddenError("Only editors of the reporting body may revise its report");
    requireStatus(old, ReportStatus.SUBMITTED, ReportStatus.RETURNED, ReportStatus.ACCEPTED);
    if (await tx.db.getRepository(LegalBasis).existsBy({ toDocumentId: old.id, relation: LegalRelation.REPLACES })) {
      throw new ConflictError("Báo cáo đã có phiên bản mới", "This report already has a newer version; revise that one");
    }
    const { id: _id, version: _v, createdAt: _c, updatedAt: _u, number: _n, reference: _r, issuedOn: _i, issuedYear: _y, ...content } = old;
    const draft = tx.db.getRepository(Document).create({
      ...content,
      ...referenceParts(old.symbol ? (old.referenceSystem === "PARTY" ? `-${old.symbol}` : `/${old.symbol}`) : null),
      issuedOn: null,
      reportStatus: ReportStatus.DRAFT,
      submittedAt: null,
      submittedById: null,
      reviewedAt: null,
      reviewedById: null,
      reviewNote: null,
      sourceSystem: null,
      externalId: null,
      createdById: actor.userId,
    });
    await deriveColumns(tx, draft);
    const saved = await tx.db.getRepository(Document).save(draft);
    await copyContent(tx.db, old.id, saved.id);
    await tx.db.getRepository(LegalBasis).save(tx.db.getRepository(LegalBasis).create({ fromDocumentId: saved.id, toDocumentId: old.id, relation: LegalRelation.REPLACES, createdById: actor.userId }));
    return { result: saved, audit: { action: "report.revise", entityType: "Document", entityId: saved.id, organisationId: saved.issuerId, before: null, after: { ...snapshot(saved), replaces: old.id } } };
  });
}

/** Copies sections (with their tree), figures, recipients and legal bases onto a new version. */
async function copyContent(manager: EntityManager, fromId: string, toId: string): Promise<void> {
  const sections = await manager.getRepository(ReportSection).find({ where: { reportId: fromId }, order: { position: "ASC" } });
  const newIds = new Map<string, string>();
  for (const section of sections) {
    const { id, reportId: _r, parentId, ...rest } = section;
    const copy = await manager.getRepository(ReportSection).save(manager.getRepository(ReportSection).create({ ...rest, reportId: toId, parentId: parentId ? newIds.get(parentId)! : null }));
    newIds.set(id, copy.id);
  }
  for (const figure of await manager.getRepository(ReportFigure).findBy({ reportId: fromId })) {
    const { id: _id, reportId: _r, sectionId, ...rest } = figure;
    await manager.getRepository(ReportFigure).save(manager.getRepository(ReportFigure).create({ ...rest, reportId: toId, sectionId: newIds.get(sectionId)! }));
  }
  for (const recipient of await manager.getRepository(ReportRecipient).findBy({ reportId: fromId })) {
    const { id: _id, reportId: _r, ...rest } = recipient;
    await manager.getRepository(ReportRecipient).save(manager.getRepository(ReportRecipient).create({ ...rest, reportId: toId }));
  }
  for (const link of await manager.getRepository(LegalBasis).findBy({ fromDocumentId: fromId })) {
    if (link.relation === LegalRelation.REPLACES) continue;
    await manager.getRepository(LegalBasis).save(manager.getRepository(LegalBasis).create({ fromDocumentId: toId, toDocumentId: link.toDocumentId, relation: link.relation, citationText: link.citationText, createdById: link.createdById }));
  }
}
