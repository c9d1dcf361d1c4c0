import type { EntityManager } from "typeorm";
import type { Context } from "../../context";
import { requireActor } from "../../auth/actor";
import { BadUserInputError, ConflictError, ForbiddenError, type FieldProblem } from "../../errors";
import { fromGlobalId, toGlobalId } from "../../node";
import { auditedWrite, snapshot } from "../audit/audit.service";
import { getOrganisation } from "../organisation/organisation.service";
import { Document } from "./document.entity";
import { Classification, DocumentStatus, DocumentType } from "./document.enums";
import { documentSearchText, identityLockKey, identityYear, issuerKey, referenceParts } from "./document.identity";
import { lockAtVersion, lockIdentities } from "../../transaction";
import type { CreateDocumentInput, DocumentFieldsInput, UpdateDocumentInput, VersionedDocumentInput, WithdrawDocumentInput } from "./document.inputs";
import { authorizeDocumentWrite, canReadDocument, canWriteAsIssuer, visibleClassifications } from "./document.policy";

const CONTENT_FIELDS = ["title", "place", "signer"] as const;

/** Recording a classified document's metadata needs a clearance at its level: the writer must be able to see it. */
export function checkClearance(ctx: Context, classification: Classification): void {
  if (!visibleClassifications(requireActor(ctx)).includes(classification)) {
    throw new ForbiddenError(`Recording a ${classification} document needs a clearance at that level`);
  }
}

/** Rules across fields: classified documents carry citation metadata only; plan and notice fields fit the type. */
export function checkFields(type: DocumentType, classification: Classification, input: DocumentFieldsInput): void {
  const problems: FieldProblem[] = [];
  if (classification !== Classification.UNCLASSIFIED) {
    for (const field of CONTENT_FIELDS) {
      if (input[field] != null) {
        problems.push({ field, message: "văn bản mật chỉ lưu thông tin trích dẫn / a classified document keeps citation metadata only (type, number, symbol, date, issuer)" });
      }
    }
  }
  if (type !== DocumentType.NOTICE && input.noticeKind != null) problems.push({ field: "noticeKind", message: "chỉ dùng cho Thông báo / notices only" });
  if (type !== DocumentType.PLAN && input.planYear != null) problems.push({ field: "planYear", message: "chỉ dùng cho Kế hoạch / plans only" });
  if (type !== DocumentType.PLAN && type !== DocumentType.REPORT) {
    for (const field of ["periodStart", "periodEnd"] as const) {
      if (input[field] != null) problems.push({ field, message: "chỉ dùng cho Kế hoạch, Báo cáo / plans and reports only" });
    }
  }
  if (input.periodStart && input.periodEnd && input.periodStart > input.periodEnd) problems.push({ field: "periodEnd", message: "trước ngày bắt đầu / before periodStart" });
  if (problems.length) throw new BadUserInputError(problems);
}

function applyFields(document: Document, input: DocumentFieldsInput): void {
  if (input.reference != null) Object.assign(document, referenceParts(input.reference));
  if (input.issuedOn != null) document.issuedOn = input.issuedOn;
  if (input.classification != null) document.classification = input.classification;
  for (const field of CONTENT_FIELDS) if (input[field] != null) document[field] = input[field]!;
  if (document.classification !== Classification.UNCLASSIFIED) for (const field of CONTENT_FIELDS) document[field] = null;
  if (input.planYear != null) document.planYear = input.planYear;
  if (input.periodStart != null) document.periodStart = input.periodStart;
  if (input.periodEnd != null) document.periodEnd = input.periodEnd;
  if (input.noticeKind != null) document.noticeKind = input.noticeKind;
}

/** Recomputes the derived columns (identity year, issuer key, search text) after a change. */
export async function deriveColumns(ctx: Context, document: Document): Promise<void> {
  document.issuedYear = identityYear(document.issuedOn, referenceParts(document.referenceAsWritten).year);
  document.issuerKey = issuerKey(document);
  const issuer = document.issuerId ? await ctx.loaders.organisation.load(document.issuerId) : undefined;
  document.searchText = documentSearchText(document, issuer ? `${issuer.name} ${issuer.shortName ?? ""}` : null);
}

/**
 * The document with the same identity (issuer, reference, year), if any. A placeholder cited
 * without a date matches any year; an exact year match wins.
 */
export async function findSameIdentity(manager: EntityManager, document: Pick<Document, "issuerKey" | "reference" | "number" | "issuedYear">, exceptId?: string): Promise<Document | null> {
  // An unnumbered draft ("Số: /BC-HĐND") has no identity yet: it gets one when it is numbered.
  if (!document.reference || !document.number) return null;
  return manager
    .getRepository(Document)
    .createQueryBuilder("d")
    .where("d.issuer_key = :key AND d.reference = :reference", { key: document.issuerKey, reference: document.reference })
    .andWhere("(d.issued_year = :year OR d.issued_year IS NULL OR CAST(:year AS int) IS NULL)", { year: document.issuedYear })
    .andWhere(exceptId ? "d.id <> :exceptId" : "TRUE", { exceptId })
    .orderBy("d.issued_year IS NULL", "ASC")
    .getOne();
}

async function identityConflict(ctx: Context, existing: Document): Promise<ConflictError> {
  if (!(await canReadDocument(ctx, existing))) {
    return new ConflictError("Văn bản cùng số, ký hiệu, cơ quan ban hành và năm đã có", "A document with the same issuer, reference and year already exists");
  }
  const id = toGlobalId("Document", existing.id);
  return new ConflictError(
    `Văn bản ${existing.reference} của cùng cơ quan ban hành trong cùng năm đã có (${id})`,
    `Document ${existing.reference} of the same issuer and year already exists (${id})`,
    { existingDocumentId: id, reference: existing.reference },
  );
}

/**
 * Creates a document issued by an organisation the caller writes for. When an unverified placeholder
 * with the same identity exists (created from a citation), it is confirmed in place: its id and links stay.
 */
export async function createDocument(ctx: Context, input: CreateDocumentInput): Promise<Document> {
  const actor = requireActor(ctx);
  const issuer = await getOrganisation(ctx, input.issuerId, "issuerId");
  if (!(await canWriteAsIssuer(ctx, issuer.id))) throw new ForbiddenError("Editors create documents only as their own organisation");
  const classification = input.classification ?? Classification.UNCLASSIFIED;
  checkFields(input.type, classification, input);
  checkClearance(ctx, classification);
  if (!!input.sourceSystem !== !!input.externalId) {
    throw new BadUserInputError([{ field: input.sourceSystem ? "externalId" : "sourceSystem", message: "cần cả sourceSystem và externalId / give both sourceSystem and externalId" }]);
  }
  const draft = ctx.db.getRepository(Document).create({ type: input.type, issuerId: issuer.id, issuerName: null, verified: true, status: DocumentStatus.ACTIVE, createdById: actor.userId });
  Object.assign(draft, referenceParts(input.reference));
  applyFields(draft, { ...input, classification });
  draft.sourceSystem = input.sourceSystem ?? null;
  draft.externalId = input.externalId ?? null;
  await deriveColumns(ctx, draft);
  return auditedWrite(ctx, async (tx) => {
    const repository = tx.db.getRepository(Document);
    await lockIdentities(tx, [identityLockKey(draft)]);
    const existing = await findSameIdentity(tx.db, draft);
    if (existing?.verified) throw await identityConflict(tx, existing);
    if (existing) {
      const before = snapshot(existing);
      const { id: _ignored, createdById: _creator, version: _version, createdAt: _created, sourceSystem, externalId, ...fields } = draft;
      // The first system that knew the document keeps its key; a confirmation never re-keys it.
      const key = existing.sourceSystem ? {} : { sourceSystem, externalId };
      const confirmed = await repository.save(Object.assign(existing, fields, key, { verified: true }));
      return { result: confirmed, audit: { action: "document.confirm", entityType: "Document", entityId: confirmed.id, organisationId: issuer.id, before, after: snapshot(confirmed) } };
    }
    const saved = await repository.save(draft);
    return { result: saved, audit: { action: "document.create", entityType: "Document", entityId: saved.id, organisationId: issuer.id, before: null, after: snapshot(saved) } };
  });
}

/** Locks the document for a change by its issuer's writers, checking the expected version. */
async function lockForChange(ctx: Context, manager: EntityManager, input: VersionedDocumentInput): Promise<Document> {
  return lockAtVersion(ctx, Document, {
    id: fromGlobalId(input.id, "Document", "id"),
    expectedVersion: input.expectedVersion,
    name: "Document",
    authorize: (document) => authorizeDocumentWrite(ctx, document),
  });
}

export async function updateDocument(ctx: Context, input: UpdateDocumentInput): Promise<Document> {
  requireActor(ctx);
  return auditedWrite(ctx, async (tx) => {
    const document = await lockForChange(tx, tx.db, input);
    const before = snapshot(document);
    const type = input.type ?? document.type;
    checkFields(type, input.classification ?? document.classification, { ...input, noticeKind: input.noticeKind ?? document.noticeKind ?? undefined, planYear: input.planYear ?? document.planYear ?? undefined });
    if (input.classification) checkClearance(tx, input.classification);
    document.type = type;
    applyFields(document, input);
    await deriveColumns(tx, document);
    const clash = await findSameIdentity(tx.db, document, document.id);
    if (clash) throw await identityConflict(tx, clash);
    const saved = await tx.db.getRepository(Document).save(document);
    return { result: saved, audit: { action: "document.update", entityType: "Document", entityId: saved.id, organisationId: saved.issuerId, before, after: snapshot(saved) } };
  });
}

/** An editor of the issuer vouches for a placeholder created from a citation. */
export async function confirmDocument(ctx: Context, input: VersionedDocumentInput): Promise<Document> {
  return auditedWrite(ctx, async (tx) => {
    const document = await lockForChange(tx, tx.db, input);
    if (document.verified) throw new ConflictError("Văn bản đã được xác nhận", "The document is already confirmed");
    const before = snapshot(document);
    document.verified = true;
    const saved = await tx.db.getRepository(Document).save(document);
    return { result: saved, audit: { action: "document.confirm", entityType: "Document", entityId: saved.id, organisationId: saved.issuerId, before, after: snapshot(saved) } };
  });
}

/** Marks a document withdrawn (thu hồi); it stays readable with its links and history. */
export async function withdrawDocument(ctx: Context, input: WithdrawDocumentInput): Promise<Document> {
  return auditedWrite(ctx, async (tx) => {
    const document = await lockForChange(tx, tx.db, input);
    if (document.status === DocumentStatus.WITHDRAWN) throw new ConflictError("Văn bản đã bị thu hồi", "The document is already withdrawn");
    const before = snapshot(document);
    document.status = DocumentStatus.WITHDRAWN;
    document.withdrawnReason = input.reason;
    const saved = await tx.db.getRepository(Document).save(document);
    return { result: saved, audit: { action: "document.withdraw", entityType: "Document", entityId: saved.id, organisationId: saved.issuerId, before, after: snapshot(saved) } };
  });
}
