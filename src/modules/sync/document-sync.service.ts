import { randomUUID } from "node:crypto";
import { canSeeOrganisation } from "../../auth/policy";
import { fromGlobalId } from "../../node";
import { snapshot } from "../audit/audit.service";
import { Document } from "../document/document.entity";
import { Classification, DocumentStatus, DocumentType } from "../document/document.enums";
import { identityLockKey, referenceParts } from "../document/document.identity";
import { canWriteAsIssuer } from "../document/document.policy";
import { checkClearance, checkFields, deriveColumns } from "../document/document-write.service";
import { check, conflict, failed, keyLock, planned, reject, sameFields, validateItem, type SyncBatch } from "./batch";
import { checkLinks, currentLinks, linkLockKeys, linksChanged, resolveLinks, settledLinkProblems, writeLinks } from "./document-links";
import { linkTargetId, withFields, WRITTEN, type DocumentPlan } from "./document-plan";
import { settleIdentities } from "./document-identity";
import { storedByKey, type InBatch } from "./refs";
import { insertEntities, updateEntities } from "./set-sql";
import type { BulkDocumentItem } from "./sync.inputs";
import { ItemStatus, SyncKind } from "./sync.types";

/** The document an item describes, as a full replacement of what the source system said before. */
function draftOf(batch: SyncBatch, item: BulkDocumentItem, issuerId: string): Document {
  const classification = item.classification ?? Classification.UNCLASSIFIED;
  const { year: _year, ...reference } = referenceParts(item.reference ?? null);
  const content = classification === Classification.UNCLASSIFIED;
  return Object.assign(new Document(), reference, {
    type: item.type,
    issuerId,
    issuerName: null,
    issuedOn: item.issuedOn ?? null,
    classification,
    title: content ? (item.title ?? null) : null,
    place: content ? (item.place ?? null) : null,
    signer: content ? (item.signer ?? null) : null,
    planYear: item.planYear ?? null,
    periodStart: item.periodStart ?? null,
    periodEnd: item.periodEnd ?? null,
    noticeKind: item.noticeKind ?? null,
    verified: true,
    sourceSystem: batch.sourceSystem,
    externalId: item.externalId,
  });
}

export function documentLockKeys(batch: SyncBatch, plans: DocumentPlan[]): string[] {
  return plans.flatMap((plan) => {
    const keys = [keyLock(SyncKind.DOCUMENT, batch.sourceSystem, plan.externalId), ...linkLockKeys(plan)];
    try {
      const parts = referenceParts(plan.item.reference ?? null);
      keys.push(identityLockKey({ reference: parts.reference, type: plan.item.type, number: parts.number, issuedOn: plan.item.issuedOn ?? null }));
    } catch {
      // reported by the item's checks
    }
    return keys;
  });
}

/** The item's checks that need no database: fields, reference, issuer id, clearance, legal bases. */
export function checkDocuments(batch: SyncBatch, items: BulkDocumentItem[]): DocumentPlan[] {
  return items.map((item, index) => {
    const plan: DocumentPlan = { ...planned(SyncKind.DOCUMENT, index, item.externalId), item, before: null, action: "document.create", links: null };
    reject(plan, validateItem(item));
    if (item.type === DocumentType.REPORT) reject(plan, [{ field: "type", message: "báo cáo do cơ quan soạn trong hệ thống / reports are drafted in the API by their body" }]);
    check(plan, "input", () => checkFields(item.type, item.classification ?? Classification.UNCLASSIFIED, item));
    check(plan, "reference", () => referenceParts(item.reference ?? null));
    check(plan, "classification", () => checkClearance(batch.tx, item.classification ?? Classification.UNCLASSIFIED));
    check(plan, "issuerId", () => fromGlobalId(item.issuerId, "Organisation", "issuerId"));
    checkLinks(plan);
    return plan;
  });
}

const refused = (what: string) => `không có quyền đồng bộ ${what} / you may not sync ${what}`;

/**
 * Plans every document item: who may write it, the stored record it updates (by key) or confirms
 * (a placeholder with the same identity), its legal bases, and whether anything changes at all.
 */
export async function planDocuments(batch: SyncBatch, plans: DocumentPlan[], placeholders: Set<string>): Promise<Map<string, InBatch<Document>>> {
  const { tx } = batch;
  await Promise.all(
    plans.filter((p) => !failed(p)).map(async (plan) => {
      const issuerId = fromGlobalId(plan.item.issuerId, "Organisation", "issuerId");
      if (await canWriteAsIssuer(tx, issuerId)) return;
      const target = await tx.loaders.orgTarget.load(issuerId);
      reject(plan, [{ field: "issuerId", message: target && canSeeOrganisation(batch.actor, target) ? refused("documents of this organisation") : "không tìm thấy cơ quan / organisation not found" }]);
    }),
  );
  const stored = await storedByKey(batch, Document, plans.map((p) => p.externalId));
  await Promise.all(
    plans.filter((p) => !failed(p)).map(async (plan) => {
      const existing = stored.get(plan.externalId);
      const expected = plan.item.expectedVersion;
      if (existing && (existing.type === DocumentType.REPORT || !(await canWriteAsIssuer(tx, existing.issuerId)))) {
        return reject(plan, [{ field: "externalId", message: refused("the stored document with this key") }]);
      }
      if (expected != null && existing?.version !== expected) {
        return conflict(plan, { field: "expectedVersion", message: `phiên bản hiện tại ${existing?.version ?? "(chưa có)"} / current version ${existing?.version ?? "(none)"}` }, existing);
      }
      plan.entity = draftOf(batch, plan.item, fromGlobalId(plan.item.issuerId, "Organisation", "issuerId"));
      await deriveColumns(tx, plan.entity);
      if (existing) {
        plan.before = snapshot(existing);
        plan.entity = withFields(existing, plan.entity);
        plan.id = existing.id;
        plan.version = existing.version;
        plan.action = "document.update";
      } else {
        plan.entity = Object.assign(plan.entity, { id: randomUUID(), status: DocumentStatus.ACTIVE, createdById: batch.actor.userId, withdrawnReason: null });
        plan.id = plan.entity.id;
      }
    }),
  );
  const inBatch = new Map(plans.map((p) => [p.externalId, { planned: p, get entity() { return p.entity; } }]));
  await resolveLinks(batch, plans, inBatch, placeholders);
  await settleIdentities(batch, plans, stored, placeholders);
  cascade(plans);
  const links = await currentLinks(tx.db, plans.filter((p) => !failed(p) && p.status === null).map((p) => p.id!));
  for (const plan of plans.filter((p) => !failed(p) && p.status === null)) {
    const existing = stored.get(plan.externalId)!;
    plan.status = sameFields(existing, plan.entity!, WRITTEN) && !linksChanged(plan, links.get(plan.id!)!) ? ItemStatus.UNCHANGED : ItemStatus.UPDATED;
  }
  return inBatch as Map<string, InBatch<Document>>;
}

/** Items citing an item of the call that was not accepted are not accepted either, transitively. */
function cascade(plans: DocumentPlan[]): void {
  for (const plan of plans) if (!failed(plan)) reject(plan, settledLinkProblems(plan));
  let changed = true;
  while (changed) {
    changed = false;
    for (const plan of plans.filter((p) => !failed(p))) {
      const broken = (plan.links ?? []).find((l) => l.inBatch && failed(l.inBatch));
      if (broken) {
        reject(plan, [{ field: `legalBases.${broken.position}.externalId`, message: `mục ${broken.inBatch!.index} không được chấp nhận / item ${broken.inBatch!.index} was not accepted` }]);
        changed = true;
      }
    }
  }
}

/** Writes the accepted changes: new rows, changed rows (one version more each), legal bases, audit entries. */
export async function writeDocuments(batch: SyncBatch, plans: DocumentPlan[]): Promise<void> {
  const changed = plans.filter((p) => p.status === ItemStatus.CREATED || p.status === ItemStatus.UPDATED);
  const created = changed.filter((p) => p.action === "document.create");
  const updated = changed.filter((p) => p.action !== "document.create");
  const links = await currentLinks(batch.tx.db, updated.filter((p) => p.links).map((p) => p.id!));
  await insertEntities(batch.tx.db, Document, created.map((p) => p.entity!));
  await updateEntities(batch.tx.db, Document, updated.map((p) => p.entity!), WRITTEN);
  await writeLinks(batch, changed.filter((p) => p.links && (p.action === "document.create" || linksChanged(p, links.get(p.id!)!))), links);
  for (const plan of changed) {
    const document = plan.entity!;
    plan.version = document.version;
    const legalBases = plan.links?.map((l) => ({ toDocumentId: linkTargetId(l), relation: l.relation }));
    batch.audit.push({ action: plan.action, entityType: "Document", entityId: document.id, organisationId: document.issuerId, before: plan.before, after: { ...snapshot(document), ...(legalBases ? { legalBases } : {}) } });
  }
}

