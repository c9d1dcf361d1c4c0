import { randomUUID } from "node:crypto";
import { canSeeOrganisation } from "../../auth/policy";
import { fromGlobalId } from "../../node";
import { snapshot } from "../audit/audit.service";
import type { Document } from "../document/document.entity";
import { canReadDocument } from "../document/document.policy";
import { Indicator } from "../indicator/indicator.entity";
import { Measurement } from "../indicator/measurement.entity";
import { checkValues } from "../indicator/measurement.service";
import { check, conflict, failed, keyLock, planned, refProblems, reject, sameFields, validateItem, type Planned, type SyncBatch } from "./batch";
import { resolveDocumentRefs, resolveRefs, type InBatch } from "./refs";
import { insertEntities } from "./set-sql";
import type { BulkMeasurementItem } from "./sync-work.inputs";
import { canSyncReportedData } from "./sync.policy";
import { ItemStatus, SyncKind } from "./sync.types";

/** What a figure says; the same values again is UNCHANGED, anything else is recorded as a correction. */
const VALUES = ["periodStart", "periodEnd", "numerator", "denominator", "value", "textValue", "sourceDocumentId", "sourceLocator", "sourceSpanStart", "sourceSpanEnd"] as const satisfies ReadonlyArray<keyof Measurement>;

interface MeasurementPlan extends Planned {
  item: BulkMeasurementItem;
  /** The new measurement to record: the first revision, or a correction of the stored head. */
  entity?: Measurement;
  head?: Measurement;
}

export function measurementLockKeys(batch: SyncBatch, plans: MeasurementPlan[]): string[] {
  return plans.map((p) => keyLock(SyncKind.MEASUREMENT, batch.sourceSystem, p.externalId));
}

export function checkMeasurements(batch: SyncBatch, items: BulkMeasurementItem[]): MeasurementPlan[] {
  return items.map((item, index) => {
    const plan: MeasurementPlan = { ...planned(SyncKind.MEASUREMENT, index, item.externalId), item };
    reject(plan, [...validateItem(item), ...refProblems(item.indicator, "indicator"), ...refProblems(item.sourceDocument, "sourceDocument")]);
    check(plan, "organisationId", () => fromGlobalId(item.organisationId, "Organisation", "organisationId"));
    return plan;
  });
}

/** The newest revision of each external record, and which of them were corrected outside the sync. */
async function storedHeads(batch: SyncBatch, externalIds: string[]): Promise<{ heads: Map<string, Measurement>; correctedBy: Map<string, string> }> {
  if (externalIds.length === 0) return { heads: new Map(), correctedBy: new Map() };
  const rows = await batch.tx.db
    .getRepository(Measurement)
    .createQueryBuilder("m")
    .distinctOn(["m.external_id"])
    .where("m.source_system = :source AND m.external_id = ANY(:ids)", { source: batch.sourceSystem, ids: externalIds })
    .orderBy("m.external_id")
    .addOrderBy("m.revision", "DESC")
    .getMany();
  const corrections: Array<{ id: string; supersedes_id: string }> = rows.length
    ? await batch.tx.db.query(`SELECT id, supersedes_id FROM measurement WHERE supersedes_id = ANY($1::uuid[])`, [rows.map((r) => r.id)])
    : [];
  return { heads: new Map(rows.map((r) => [r.externalId!, r])), correctedBy: new Map(corrections.map((c) => [c.supersedes_id, c.id])) };
}

/** Plans every figure: its indicator and source (stored, or items of the call), who may report it, what changes. */
export async function planMeasurements(batch: SyncBatch, plans: MeasurementPlan[], documents: Map<string, InBatch<Document>>, indicators: Map<string, InBatch<Indicator>>): Promise<void> {
  const { tx } = batch;
  const open = plans.filter((p) => !failed(p));
  const measured = await resolveRefs<Indicator>(batch, {
    target: Indicator,
    type: "Indicator",
    refs: open.map((p) => ({ ref: p.item.indicator, field: "indicator" })),
    inBatch: indicators,
    load: (ids) => tx.loaders.indicator.loadMany(ids).then((rows) => rows.map((r) => (r instanceof Error ? undefined : r))),
    visible: async (indicator) => {
      const document = await tx.loaders.document.load(indicator.definedById);
      return !!document && (await canReadDocument(tx, document));
    },
  });
  const sources = await resolveDocumentRefs(batch, open.map((p) => ({ ref: p.item.sourceDocument, field: "sourceDocument" })), documents);
  const { heads, correctedBy } = await storedHeads(batch, open.map((p) => p.externalId));
  await Promise.all(
    open.map(async (plan, i) => {
      const indicator = measured[i]!;
      const source = sources[i];
      if ("problem" in indicator) reject(plan, [indicator.problem]);
      if (source && "problem" in source) reject(plan, [source.problem]);
      if (failed(plan) || "problem" in indicator || (source && "problem" in source)) return;
      const organisationId = fromGlobalId(plan.item.organisationId, "Organisation", "organisationId");
      if (!(await canSyncReportedData(tx, organisationId))) {
        const target = await tx.loaders.orgTarget.load(organisationId);
        const message = target && canSeeOrganisation(batch.actor, target) ? "chỉ cơ quan được đo (hoặc hệ thống được cấp quyền) ghi số liệu của mình / only the measured body's editors or an integrator over it record its figures" : "không tìm thấy cơ quan / organisation not found";
        return reject(plan, [{ field: "organisationId", message }]);
      }
      const { item } = plan;
      const sourceDocumentId = source ? source.record.id : null;
      let values;
      const valid = check(plan, "input", () => {
        values = checkValues(indicator.record.measureKind, { ...item, source: { documentId: sourceDocumentId ?? undefined, locator: item.sourceLocator, spanStart: item.sourceSpanStart, spanEnd: item.sourceSpanEnd } });
      });
      if (!valid) return;
      const head = heads.get(plan.externalId);
      if (head && (head.indicatorId !== indicator.record.id || head.organisationId !== organisationId)) {
        return reject(plan, [{ field: head.indicatorId !== indicator.record.id ? "indicator" : "organisationId", message: "số liệu đã đồng bộ giữ chỉ tiêu và cơ quan của nó; dùng externalId mới / a synced figure keeps its indicator and organisation; use a new externalId" }]);
      }
      if (plan.item.expectedVersion != null && head?.revision !== plan.item.expectedVersion) {
        return conflict(plan, { field: "expectedVersion", message: `phiên bản hiện tại ${head?.revision ?? "(chưa có)"} / current version ${head?.revision ?? "(none)"}` }, head && { type: "Measurement", id: head.id });
      }
      if (head && correctedBy.has(head.id)) {
        return conflict(plan, { field: "externalId", message: "số liệu đã được đính chính ngoài đồng bộ / the figure was corrected outside the sync" }, { type: "Measurement", id: correctedBy.get(head.id)! });
      }
      const entity = Object.assign(new Measurement(), values!, {
        id: randomUUID(),
        indicatorId: indicator.record.id,
        organisationId,
        sourceDocumentId,
        sourceLocator: item.sourceLocator ?? null,
        sourceSpanStart: item.sourceSpanStart ?? null,
        sourceSpanEnd: item.sourceSpanEnd ?? null,
        supersedesId: head?.id ?? null,
        sourceSystem: batch.sourceSystem,
        externalId: plan.externalId,
        revision: (head?.revision ?? 0) + 1,
        recordedById: batch.actor.userId,
      });
      plan.head = head;
      plan.id = head?.id ?? entity.id;
      plan.version = head?.revision ?? null;
      if (head && sameFields(head, entity, VALUES)) return void (plan.status = ItemStatus.UNCHANGED);
      plan.entity = entity;
      plan.status = head ? ItemStatus.UPDATED : ItemStatus.CREATED;
    }),
  );
}

/** Records the new figures and corrections in one statement; nothing stored is overwritten. */
export async function writeMeasurements(batch: SyncBatch, plans: MeasurementPlan[]): Promise<void> {
  const changed = plans.filter((p) => p.status === ItemStatus.CREATED || p.status === ItemStatus.UPDATED);
  await insertEntities(batch.tx.db, Measurement, changed.map((p) => p.entity!));
  for (const plan of changed) {
    const measurement = plan.entity!;
    plan.id = measurement.id;
    plan.version = measurement.revision;
    batch.audit.push({
      action: plan.head ? "measurement.correct" : "measurement.record",
      entityType: "Measurement",
      entityId: measurement.id,
      organisationId: measurement.organisationId,
      before: plan.head ? snapshot(plan.head) : null,
      after: snapshot(measurement),
    });
  }
}
