import { snapshot } from "../audit/audit.service";
import type { Document } from "../document/document.entity";
import { canReadDocument } from "../document/document.policy";
import { conflict, failed, type SyncBatch } from "./batch";
import { withFields, type DocumentPlan } from "./document-plan";
import { ItemStatus } from "./sync.types";

const identityOf = (d: Document) => `${d.issuerKey}|${d.reference}|${d.issuedYear ?? ""}`;

/**
 * Settles each allowed item against the identities already taken (issuer, reference, year; see
 * findSameIdentity), in one statement for the whole call. A new item whose identity is an
 * unverified placeholder without a key confirms it in place (its id and links stay); any other
 * holder of the identity, or an earlier item of the same call, makes the item a CONFLICT that
 * names it: documents are never duplicated and never silently merged.
 */
export async function settleIdentities(batch: SyncBatch, plans: DocumentPlan[], stored: Map<string, Document>, placeholders: Set<string>): Promise<void> {
  const open = plans.filter((p) => !failed(p) && p.entity!.reference && p.entity!.number);
  const first = new Map<string, DocumentPlan>();
  for (const plan of open) {
    const earlier = first.get(identityOf(plan.entity!));
    if (earlier) conflict(plan, { field: "reference", message: `cùng số, ký hiệu, cơ quan và năm với mục ${earlier.index} / the same issuer, reference and year as item ${earlier.index}` });
    else first.set(identityOf(plan.entity!), plan);
  }
  const asked = open.filter((p) => !failed(p));
  const rows: Array<{ i: string; id: string }> = asked.length
    ? await batch.tx.db.query(
        `SELECT k.i, d.id
           FROM unnest($1::text[], $2::text[], $3::int[]) WITH ORDINALITY AS k(issuer_key, reference, year, i)
           JOIN document d ON d.issuer_key = k.issuer_key AND d.reference = k.reference
            AND (d.issued_year = k.year OR d.issued_year IS NULL OR k.year IS NULL)
          ORDER BY k.i, d.issued_year IS NULL`,
        [asked.map((p) => p.entity!.issuerKey), asked.map((p) => p.entity!.reference), asked.map((p) => p.entity!.issuedYear)],
      )
    : [];
  const holder = new Map<DocumentPlan, string>();
  for (const row of rows) {
    const plan = asked[Number(row.i) - 1];
    if (row.id !== plan.id && !holder.has(plan)) holder.set(plan, row.id);
  }
  const holders = await batch.tx.loaders.document.loadMany([...new Set(holder.values())]);
  const byId = new Map(holders.flatMap((d) => (d && !(d instanceof Error) ? [[d.id, d] as const] : [])));
  for (const plan of asked) {
    const existing = stored.get(plan.externalId);
    const taken = holder.has(plan) ? byId.get(holder.get(plan)!) : undefined;
    if (taken && !existing && !taken.verified && !taken.sourceSystem) {
      plan.before = snapshot(taken);
      plan.entity = withFields(taken, plan.entity!);
      plan.id = taken.id;
      plan.version = taken.version;
      plan.action = "document.confirm";
      plan.status = placeholders.has(taken.id) ? ItemStatus.CREATED : ItemStatus.UPDATED;
    } else if (taken) {
      const readable = await canReadDocument(batch.tx, taken);
      conflict(plan, { field: "reference", message: `số, ký hiệu này của cùng cơ quan, cùng năm đã có / another document already has this issuer, reference and year` }, readable ? { type: "Document", id: taken.id } : null);
    }
  }
  for (const plan of plans) if (!failed(plan) && plan.status === null && !stored.has(plan.externalId)) plan.status = ItemStatus.CREATED;
}
