import type { EntityManager } from "typeorm";
import { Document } from "../modules/document/document.entity";
import { DocumentStatus, LegalRelation, NoticeKind } from "../modules/document/document.enums";
import { documentSearchText, identityYear, issuerKey, referenceParts } from "../modules/document/document.identity";
import { findSameIdentity } from "../modules/document/document-write.service";
import { LegalBasis } from "../modules/document/legal-basis.entity";
import type { Organisation } from "../modules/organisation/organisation.entity";
import { DEMO_DOCUMENTS, DEMO_LINKS } from "./demo-documents";
import { recordSeedEvent } from "./seed-audit";

/** Demo documents are synced like an integrator would: keyed by (source system, external id). */
export const SEED_SOURCE = "seed-reports";

/**
 * Loads every document the seed reports cite (and the reports themselves) with the legal-basis
 * links the text states; only what is missing is added.
 */
export async function seedDocuments(manager: EntityManager, organisations: Map<string, Organisation>): Promise<Map<string, Document>> {
  const repository = manager.getRepository(Document);
  const byKey = new Map((await repository.findBy({ sourceSystem: SEED_SOURCE })).map((d) => [d.externalId!, d]));
  for (const demo of DEMO_DOCUMENTS) {
    if (byKey.has(demo.key)) continue;
    const issuer = demo.issuer ? organisations.get(demo.issuer) : undefined;
    const parts = referenceParts(demo.reference);
    const document = repository.create({
      ...parts,
      type: demo.type,
      issuerId: issuer?.id ?? null,
      issuerName: issuer ? null : (demo.issuerName ?? null),
      issuedOn: demo.issuedOn ?? null,
      place: demo.place ?? null,
      title: demo.title ?? null,
      signer: demo.signer ?? null,
      planYear: demo.planYear ?? null,
      periodStart: demo.periodStart ?? null,
      periodEnd: demo.periodEnd ?? null,
      noticeKind: (demo.noticeKind as NoticeKind | undefined) ?? null,
      verified: demo.verified,
      status: DocumentStatus.ACTIVE,
      sourceSystem: SEED_SOURCE,
      externalId: demo.key,
    });
    document.issuedYear = identityYear(document.issuedOn, parts.year);
    document.issuerKey = issuerKey(document);
    // Stored meanwhile under another key (created by its issuer, synced): that is the same document.
    const same = await findSameIdentity(manager, document);
    if (same) {
      byKey.set(demo.key, same);
      continue;
    }
    document.searchText = documentSearchText(document, issuer ? `${issuer.name} ${issuer.shortName ?? ""}` : null);
    const saved = await repository.save(document);
    await recordSeedEvent(manager, "Document", saved, saved.issuerId);
    byKey.set(demo.key, saved);
  }
  const links = manager.getRepository(LegalBasis);
  for (const demo of DEMO_LINKS) {
    const from = byKey.get(demo.from)!;
    const to = byKey.get(demo.to)!;
    const relation = demo.relation as LegalRelation;
    if (await links.existsBy({ fromDocumentId: from.id, toDocumentId: to.id, relation })) continue;
    const link = await links.save(links.create({ fromDocumentId: from.id, toDocumentId: to.id, relation, citationText: demo.citation }));
    await recordSeedEvent(manager, "LegalBasis", link, from.issuerId);
  }
  return byKey;
}
