import { IsNull, type EntityManager } from "typeorm";
import { extractCitations, MAX_CITATION_TEXT_LENGTH, type Citation } from "../../citations";
import type { Context } from "../../context";
import { requireActor } from "../../auth/actor";
import { badInput, ConflictError, NotFoundError } from "../../errors";
import { fromGlobalId } from "../../node";
import { auditedWrite, snapshot } from "../audit/audit.service";
import { Document } from "./document.entity";
import { DocumentStatus } from "./document.enums";
import { documentSearchText, identityLockKey, identityYear, issuerKey, referenceParts } from "./document.identity";
import { lockIdentities } from "../../transaction";
import type { AddLegalBasisInput } from "./document.inputs";
import { authorizeDocumentWrite, canReadDocument } from "./document.policy";
import { getDocument } from "./document.service";
import { findSameIdentity } from "./document-write.service";
import { resolveIssuer } from "./issuer-resolver";
import { LegalBasis } from "./legal-basis.entity";

/** Reads the one document a citation text names; BAD_USER_INPUT when it names none or several. */
export function singleCitation(text: string, field = "target.citation"): Citation {
  if (text.length > MAX_CITATION_TEXT_LENGTH) throw badInput(field, "quá dài / too long");
  const citations = extractCitations(text);
  if (citations.length === 0) throw badInput(field, "không thấy văn bản nào được trích dẫn / no document citation found");
  if (citations.length > 1) throw badInput(field, `trích dẫn ${citations.length} văn bản, cần đúng một / cites ${citations.length} documents, give exactly one`);
  return citations[0];
}

async function localityPathOf(manager: EntityManager, organisationId: string | null): Promise<string[]> {
  if (!organisationId) return [];
  const [row] = await manager.query(`SELECT l.path FROM organisation o JOIN locality l ON l.id = o.locality_id WHERE o.id = $1`, [organisationId]);
  return row?.path ?? [];
}

/**
 * Whether a citation may link to a stored document: one the caller reads, one known only by name,
 * or one of a superior body (plans and notices flow down from the province and the centre). A
 * peer's document (another bloc, another commune) is not reachable by guessing its number.
 */
async function mayCite(ctx: Context, document: Document, citingLocalityPath: string[]): Promise<boolean> {
  if (!document.issuerId || (await canReadDocument(ctx, document))) return true;
  const issuer = await ctx.loaders.orgTarget.load(document.issuerId);
  const issuerLocality = issuer?.localityPath.at(-1);
  return !!issuerLocality && citingLocalityPath.slice(0, -1).includes(issuerLocality);
}

/** The identity lock a citation's document is found or created under (see identityLockKey). */
export function citationLockKey(citation: Citation): string {
  return identityLockKey({ reference: referenceParts(citation.reference, "target.citation").reference, type: citation.documentType, number: citation.number, issuedOn: citation.issuedOn });
}

/**
 * The document a citation refers to: the stored one with the same identity, or a new unverified
 * placeholder holding what the citation says (type, number, symbol, date, issuer). A citation is
 * never merged with a document of another issuer, reference or year.
 */
export async function documentForCitation(ctx: Context, manager: EntityManager, citation: Citation, citing: Document): Promise<{ document: Document; created: boolean }> {
  const parts = referenceParts(citation.reference, "target.citation");
  await lockIdentities(ctx, [citationLockKey(citation)]);
  const citingPath = await localityPathOf(manager, citing.issuerId);
  const issuerId = await resolveIssuer(manager, { issuerName: citation.issuerName, issuerCode: parts.issuerCode }, citingPath);
  const identity = {
    issuerKey: issuerKey({ issuerId, issuerName: issuerId ? null : citation.issuerName, issuerCode: parts.issuerCode }),
    reference: parts.reference,
    number: parts.number,
    issuedYear: identityYear(citation.issuedOn, parts.year),
  };
  const repository = manager.getRepository(Document);
  // Without a symbol, a document is known by its issuer, type, number and date together.
  const existing = parts.reference
    ? await findSameIdentity(manager, identity)
    : await repository.findOneBy({
        issuerKey: identity.issuerKey,
        type: citation.documentType,
        reference: IsNull(),
        number: citation.number ?? IsNull(),
        issuedOn: citation.issuedOn ?? IsNull(),
      });
  if (existing) {
    if (!(await mayCite(ctx, existing, citingPath))) throw new NotFoundError("Document");
    return { document: existing, created: false };
  }
  const placeholder = repository.create({
    ...parts,
    number: citation.number,
    type: citation.documentType,
    issuerId,
    issuerName: issuerId ? null : citation.issuerName,
    issuerKey: identity.issuerKey,
    issuedOn: citation.issuedOn,
    issuedYear: identity.issuedYear,
    verified: false,
    status: DocumentStatus.ACTIVE,
    createdById: requireActor(ctx).userId,
  });
  placeholder.searchText = documentSearchText(placeholder, issuerId ? (await ctx.loaders.organisation.load(issuerId))?.name : null);
  return { document: await repository.save(placeholder), created: true };
}

/**
 * Inside a write: the document a target names (by id, or by citation text, creating a placeholder
 * when needed) linked from `source`; an existing identical link is kept, never duplicated.
 * `position` keeps the order the bases are written in (links of one transaction share a time).
 */
export async function linkInWrite(
  ctx: Context,
  manager: EntityManager,
  source: Document,
  relation: LegalBasis["relation"],
  target: { document: Document } | { citation: Citation; text: string },
  position: number | null = null,
): Promise<{ link: LegalBasis; target: Document; created: boolean; existed: boolean }> {
  const { document, created } = "document" in target ? { document: target.document, created: false } : await documentForCitation(ctx, manager, target.citation, source);
  if (document.id === source.id) throw badInput("target", "văn bản không thể căn cứ chính nó / a document cannot cite itself");
  const repository = manager.getRepository(LegalBasis);
  const existing = await repository.findOneBy({ fromDocumentId: source.id, toDocumentId: document.id, relation });
  if (existing) return { link: existing, target: document, created, existed: true };
  const link = await repository.save(
    repository.create({
      fromDocumentId: source.id,
      toDocumentId: document.id,
      relation,
      citationText: "text" in target ? target.text : null,
      position,
      createdById: requireActor(ctx).userId,
    }),
  );
  return { link, target: document, created, existed: false };
}

/**
 * Links a document to one it cites (căn cứ), given by id or by citation text. Only writers of the
 * citing document may; a citation to a document not yet stored creates an unverified placeholder.
 */
export async function addLegalBasis(ctx: Context, input: AddLegalBasisInput): Promise<LegalBasis> {
  requireActor(ctx);
  const source = await getDocument(ctx, input.documentId, "documentId");
  await authorizeDocumentWrite(ctx, source);
  if (!!input.target.documentId === !!input.target.citation) throw badInput("target", "cần đúng một trong documentId, citation / give exactly one of documentId and citation");
  const citation = input.target.citation ? singleCitation(input.target.citation) : undefined;
  const chosen = input.target.documentId ? await getDocument(ctx, input.target.documentId, "target.documentId") : undefined;
  return auditedWrite(ctx, async (tx) => {
    const { link, target, created, existed } = await linkInWrite(tx, tx.db, source, input.relation, chosen ? { document: chosen } : { citation: citation!, text: input.target.citation! });
    if (existed) throw new ConflictError("Căn cứ này đã có", "This legal basis already exists", { field: "target" });
    return {
      result: link,
      audit: {
        action: "document.add_legal_basis",
        entityType: "LegalBasis",
        entityId: link.id,
        organisationId: source.issuerId,
        before: null,
        after: { ...snapshot(link), target: snapshot(target), placeholderCreated: created },
      },
    };
  });
}

export async function removeLegalBasis(ctx: Context, globalId: string): Promise<LegalBasis> {
  requireActor(ctx);
  const link = await ctx.db.getRepository(LegalBasis).findOneBy({ id: fromGlobalId(globalId, "LegalBasis", "id") });
  if (!link) throw new NotFoundError("LegalBasis");
  const source = await ctx.db.getRepository(Document).findOneByOrFail({ id: link.fromDocumentId });
  await authorizeDocumentWrite(ctx, source);
  return auditedWrite(ctx, async (tx) => {
    await tx.db.getRepository(LegalBasis).delete({ id: link.id });
    return { result: link, audit: { action: "document.remove_legal_basis", entityType: "LegalBasis", entityId: link.id, organisationId: source.issuerId, before: snapshot(link), after: null } };
  });
}
