import { randomUUID } from "node:crypto";
import type { EntityManager } from "typeorm";
import type { FieldProblem } from "../../errors";
import { fromGlobalId } from "../../node";
import { snapshot } from "../audit/audit.service";
import type { Document } from "../document/document.entity";
import { LegalBasis } from "../document/legal-basis.entity";
import { citationLockKey, documentForCitation, singleCitation } from "../document/legal-basis.service";
import { check, failed, reject, rule, type SyncBatch } from "./batch";
import { linkTargetId, type DocumentPlan, type PlannedLink } from "./document-plan";
import { resolveDocumentRefs, type InBatch } from "./refs";
import { insertEntities } from "./set-sql";

const MAX_LINKS = 50;

/** The item's own checks of its legal bases: exactly one way to name each target, citations that read as one document. */
export function checkLinks(plan: DocumentPlan): void {
  const bases = plan.item.legalBases;
  if (!bases) return;
  if (bases.length > MAX_LINKS) return reject(plan, [{ field: "legalBases", message: `tối đa ${MAX_LINKS} / at most ${MAX_LINKS}` }]);
  plan.links = [];
  bases.forEach((basis, position) => {
    const field = `legalBases.${position}`;
    const given = [basis.documentId, basis.externalId, basis.citation].filter((v) => v != null).length;
    if (given !== 1) return reject(plan, [{ field, message: "cần đúng một trong documentId, externalId, citation / give exactly one of documentId, externalId and citation" }]);
    if (basis.externalId === plan.externalId) return reject(plan, [{ field: `${field}.externalId`, message: "văn bản không thể căn cứ chính nó / a document cannot cite itself" }]);
    const link: PlannedLink = { relation: basis.relation, position, citationText: basis.citation ?? null };
    if (basis.citation) check(plan, `${field}.citation`, () => (link.citation = singleCitation(basis.citation!, `${field}.citation`)));
    if (basis.documentId) check(plan, `${field}.documentId`, () => fromGlobalId(basis.documentId!, "Document", `${field}.documentId`));
    plan.links!.push(link);
  });
}

/** Identity locks of the documents the item cites: taken with the call's other locks, in one sorted set. */
export function linkLockKeys(plan: DocumentPlan): string[] {
  const keys: string[] = [];
  for (const link of plan.links ?? []) {
    try {
      if (link.citation) keys.push(citationLockKey(link.citation));
    } catch {
      // an unreadable reference is reported by the item's checks
    }
  }
  return keys;
}

/**
 * Resolves the legal bases of the allowed items: ids and external ids together, then each distinct
 * citation once (finding the cited document, or creating its unverified placeholder). Runs before
 * identities are settled, so an item that is the real document of a placeholder cited in the same
 * call confirms that placeholder instead of duplicating it.
 */
export async function resolveLinks(batch: SyncBatch, plans: DocumentPlan[], inBatch: Map<string, InBatch<Document>>, placeholders: Set<string>): Promise<void> {
  const open = plans.filter((p) => !failed(p) && p.links);
  const refs = open.flatMap((plan) =>
    plan.item.legalBases!.map((basis, i) => ({ plan, link: plan.links![i], ref: basis.citation ? null : { id: basis.documentId, externalId: basis.externalId }, field: `legalBases.${i}` })),
  );
  const resolved = await resolveDocumentRefs(batch, refs, inBatch);
  refs.forEach(({ plan, link }, i) => {
    const found = resolved[i];
    if (!found) return;
    if ("problem" in found) return reject(plan, [found.problem]);
    if (found.inBatch) link.inBatch = plans[found.inBatch.index];
    else link.target = found.record;
  });
  const cited = new Map<string, Document>();
  for (const plan of open.filter((p) => !failed(p))) {
    for (const link of plan.links!.filter((l) => l.citation)) {
      const key = `${plan.entity!.issuerId}\u0000${link.citationText}`;
      await rule(plan, `legalBases.${link.position}.citation`, async () => {
        if (!cited.has(key)) {
          const { document, created } = await documentForCitation(batch.tx, batch.tx.db, link.citation!, plan.entity!);
          if (created) {
            placeholders.add(document.id);
            batch.audit.push({ action: "document.create_placeholder", entityType: "Document", entityId: document.id, organisationId: document.issuerId, before: null, after: snapshot(document) });
          }
          cited.set(key, document);
        }
        link.target = cited.get(key);
      });
    }
  }
}

/** The stored legal bases from the given documents. */
export async function currentLinks(manager: EntityManager, ids: string[]): Promise<Map<string, LegalBasis[]>> {
  const byDocument = new Map<string, LegalBasis[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return byDocument;
  const rows = await manager.getRepository(LegalBasis).createQueryBuilder("l").where("l.from_document_id = ANY(:ids)", { ids }).getMany();
  for (const row of rows) byDocument.get(row.fromDocumentId)?.push(row);
  return byDocument;
}

const linkKey = (to: string, relation: string, text: string | null) => `${to}|${relation}|${text ?? ""}`;

/** Problems of links once every id is final: a document citing itself, the same basis twice. */
export function settledLinkProblems(plan: DocumentPlan): FieldProblem[] {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  for (const link of plan.links ?? []) {
    const to = linkTargetId(link);
    if (to === plan.id) problems.push({ field: `legalBases.${link.position}`, message: "văn bản không thể căn cứ chính nó / a document cannot cite itself" });
    const key = `${to}|${link.relation}`;
    if (seen.has(key)) problems.push({ field: `legalBases.${link.position}`, message: "căn cứ bị lặp / the same legal basis twice" });
    seen.add(key);
  }
  return problems;
}

export function linksChanged(plan: DocumentPlan, stored: LegalBasis[]): boolean {
  if (!plan.links) return false;
  const wanted = new Set(plan.links.map((l) => linkKey(linkTargetId(l), l.relation, l.citationText)));
  const have = new Set(stored.map((l) => linkKey(l.toDocumentId, l.relation, l.citationText)));
  return wanted.size !== have.size || [...wanted].some((k) => !have.has(k));
}

/** Replaces the legal bases of the changed items: links no longer listed go, new ones come, kept ones stay as they are. */
export async function writeLinks(batch: SyncBatch, plans: DocumentPlan[], stored: Map<string, LegalBasis[]>): Promise<void> {
  const removed: string[] = [];
  const added: LegalBasis[] = [];
  const repository = batch.tx.db.getRepository(LegalBasis);
  for (const plan of plans) {
    const have = stored.get(plan.id!) ?? [];
    const wanted = new Map(plan.links!.map((l) => [linkKey(linkTargetId(l), l.relation, l.citationText), l]));
    for (const link of have) if (!wanted.delete(linkKey(link.toDocumentId, link.relation, link.citationText))) removed.push(link.id);
    for (const link of wanted.values()) {
      added.push(repository.create({ id: randomUUID(), fromDocumentId: plan.id!, toDocumentId: linkTargetId(link), relation: link.relation, citationText: link.citationText, position: link.position, createdById: batch.actor.userId } as Partial<LegalBasis>));
    }
  }
  if (removed.length) await batch.tx.db.query(`DELETE FROM legal_basis WHERE id = ANY($1::uuid[])`, [removed]);
  await insertEntities(batch.tx.db, LegalBasis, added);
}
