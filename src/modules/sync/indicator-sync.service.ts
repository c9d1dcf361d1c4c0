import { randomUUID } from "node:crypto";
import type { FieldProblem } from "../../errors";
import { fromGlobalId } from "../../node";
import { snapshot } from "../audit/audit.service";
import type { Document } from "../document/document.entity";
import { DocumentType, NoticeKind } from "../document/document.enums";
import { canWriteAsIssuer } from "../document/document.policy";
import { IndicatorTarget } from "../indicator/indicator-target.entity";
import { Indicator } from "../indicator/indicator.entity";
import { Accumulation, Direction } from "../indicator/indicator.enums";
import { checkTarget, indicatorSearchText } from "../indicator/indicator.service";
import { defaultPeriod } from "../task/task-write.service";
import { authorizeAssignment } from "../task/task.policy";
import { check, conflict, failed, keyLock, planned, refProblems, reject, rule, sameFields, validateItem, type Planned, type SyncBatch } from "./batch";
import { resolveDocumentRefs, storedByKey, type InBatch } from "./refs";
import { insertEntities, updateEntities } from "./set-sql";
import type { BulkIndicatorItem } from "./sync-work.inputs";
import { assigningProblem } from "./sync.policy";
import { ItemStatus, SyncKind } from "./sync.types";

const WRITTEN = ["definedById", "code", "name", "measureKind", "unit", "direction", "accumulation", "baseline", "searchText", "sourceSystem", "externalId"] as const satisfies ReadonlyArray<keyof Indicator>;
const TARGET_FIELDS = ["organisationId", "periodStart", "periodEnd", "targetValue", "targetText", "effectiveFrom"] as const;

interface IndicatorPlan extends Planned {
  item: BulkIndicatorItem;
  entity?: Indicator;
  before: Record<string, unknown> | null;
  targets: IndicatorTarget[];
  /** The stored targets the defining document set, replaced when the targets changed. */
  replaced: IndicatorTarget[] | null;
  /** Issuer of the defining document: whose data the indicator is, for its audit event. */
  owner: string | null;
}

const targetKey = (t: Pick<IndicatorTarget, (typeof TARGET_FIELDS)[number]>) => TARGET_FIELDS.map((f) => t[f] ?? "").join("|");

export function indicatorLockKeys(batch: SyncBatch, plans: IndicatorPlan[]): string[] {
  return plans.map((p) => keyLock(SyncKind.INDICATOR, batch.sourceSystem, p.externalId));
}

export function checkIndicators(batch: SyncBatch, items: BulkIndicatorItem[]): IndicatorPlan[] {
  return items.map((item, index) => {
    const plan: IndicatorPlan = { ...planned(SyncKind.INDICATOR, index, item.externalId), item, before: null, targets: [], replaced: null, owner: null };
    reject(plan, [...validateItem(item), ...refProblems(item.definedBy, "definedBy")]);
    const targets = item.targets ?? [];
    if (targets.length > 200) reject(plan, [{ field: "targets", message: "tối đa 200 / at most 200" }]);
    const problems: FieldProblem[] = [];
    targets.forEach((target, i) => {
      check(plan, `targets.${i}.organisationId`, () => fromGlobalId(target.organisationId, "Organisation", `targets.${i}.organisationId`));
      checkTarget(item.measureKind, target, `targets.${i}`, problems);
    });
    reject(plan, problems);
    return plan;
  });
}

/** The targets an item sets through its defining document, with the dates a target takes from it. */
function targetsOf(plan: IndicatorPlan, document: Document, indicatorId: string, userId: string): IndicatorTarget[] {
  const period = defaultPeriod(document);
  const adjusting = document.type === DocumentType.NOTICE && document.noticeKind === NoticeKind.ADJUSTMENT;
  return (plan.item.targets ?? []).map((t, i) => {
    const periodStart = t.periodStart ?? period.periodStart;
    if (adjusting && !document.issuedOn) reject(plan, [{ field: `targets.${i}`, message: "thông báo điều chỉnh chưa có ngày ban hành / the adjusting notice has no date of issue" }]);
    return Object.assign(new IndicatorTarget(), {
      id: randomUUID(),
      indicatorId,
      organisationId: fromGlobalId(t.organisationId, "Organisation", `targets.${i}.organisationId`),
      periodStart,
      periodEnd: t.periodEnd ?? period.periodEnd,
      targetValue: t.targetValue ?? null,
      targetText: t.targetText ?? null,
      effectiveFrom: adjusting ? (document.issuedOn ?? periodStart) : periodStart,
      setById: document.id,
      createdById: userId,
    });
  });
}

/** Plans every indicator item: its defining plan or notice, who may define it and assign its targets, what changes. */
export async function planIndicators(batch: SyncBatch, plans: IndicatorPlan[], documents: Map<string, InBatch<Document>>): Promise<Map<string, InBatch<Indicator>>> {
  const { tx } = batch;
  const open = plans.filter((p) => !failed(p));
  const defining = await resolveDocumentRefs(batch, open.map((p) => ({ ref: p.item.definedBy, field: "definedBy" })), documents);
  const stored = await storedByKey(batch, Indicator, open.map((p) => p.externalId));
  const storedTargets = await tx.loaders.targetsByIndicator.loadMany([...stored.values()].map((i) => i.id));
  const targetsById = new Map([...stored.values()].map((indicator, i) => [indicator.id, storedTargets[i] instanceof Error ? [] : (storedTargets[i] as IndicatorTarget[])]));
  await Promise.all(
    open.map(async (plan, i) => {
      const resolved = defining[i]!;
      if ("problem" in resolved) return reject(plan, [resolved.problem]);
      const document = resolved.record;
      const wrong = assigningProblem(document, "definedBy");
      if (wrong) return reject(plan, [wrong]);
      if (!(await canWriteAsIssuer(tx, document.issuerId))) return reject(plan, [{ field: "definedBy", message: "chỉ người viết Kế hoạch, Thông báo định nghĩa chỉ tiêu qua nó / only writers of the plan or notice may define indicators through it" }]);
      const existing = stored.get(plan.externalId);
      if (existing) {
        const previous = await tx.loaders.document.load(existing.definedById);
        if (!(await canWriteAsIssuer(tx, previous?.issuerId ?? null))) return reject(plan, [{ field: "externalId", message: "không có quyền đồng bộ chỉ tiêu đã lưu với khóa này / you may not sync the stored indicator with this key" }]);
      }
      if (plan.item.expectedVersion != null && existing?.version !== plan.item.expectedVersion) {
        return conflict(plan, { field: "expectedVersion", message: `phiên bản hiện tại ${existing?.version ?? "(chưa có)"} / current version ${existing?.version ?? "(none)"}` }, existing && { type: "Indicator", id: existing.id });
      }
      const entity = Object.assign(new Indicator(), existing ?? { id: randomUUID(), createdById: batch.actor.userId }, {
        definedById: document.id,
        code: plan.item.code ?? null,
        name: plan.item.name,
        measureKind: plan.item.measureKind,
        unit: plan.item.unit ?? null,
        direction: plan.item.direction ?? Direction.HIGHER_IS_BETTER,
        accumulation: plan.item.accumulation ?? Accumulation.CUMULATIVE,
        baseline: plan.item.baseline ?? null,
        sourceSystem: batch.sourceSystem,
        externalId: plan.externalId,
      });
      entity.searchText = indicatorSearchText(entity);
      plan.targets = targetsOf(plan, document, entity.id, batch.actor.userId);
      for (const [t, target] of plan.targets.entries()) await rule(plan, `targets.${t}.organisationId`, () => authorizeAssignment(tx, document, target.organisationId));
      if (failed(plan)) return;
      const previous = existing ? (targetsById.get(existing.id) ?? []).filter((t) => t.setById === existing.definedById) : [];
      const same = previous.length === plan.targets.length && previous.map(targetKey).sort().join() === plan.targets.map(targetKey).sort().join();
      plan.replaced = same ? null : previous;
      plan.entity = entity;
      plan.owner = document.issuerId;
      plan.id = entity.id;
      plan.version = existing?.version ?? null;
      plan.before = existing ? { ...snapshot(existing), targets: previous.map(snapshot) } : null;
      plan.status = !existing ? ItemStatus.CREATED : same && sameFields(existing, entity, WRITTEN) ? ItemStatus.UNCHANGED : ItemStatus.UPDATED;
    }),
  );
  return new Map(plans.map((p) => [p.externalId, { planned: p, entity: p.entity }]));
}

export async function writeIndicators(batch: SyncBatch, plans: IndicatorPlan[]): Promise<void> {
  const { db } = batch.tx;
  const created = plans.filter((p) => p.status === ItemStatus.CREATED);
  const updated = plans.filter((p) => p.status === ItemStatus.UPDATED);
  await insertEntities(db, Indicator, created.map((p) => p.entity!));
  await updateEntities(db, Indicator, updated.map((p) => p.entity!), WRITTEN);
  const retargeted = [...created, ...updated].filter((p) => p.replaced);
  const removed = retargeted.flatMap((p) => p.replaced!.map((t) => t.id));
  if (removed.length) await db.query(`DELETE FROM indicator_target WHERE id = ANY($1::uuid[])`, [removed]);
  await insertEntities(db, IndicatorTarget, retargeted.flatMap((p) => p.targets));
  for (const plan of [...created, ...updated]) {
    const indicator = plan.entity!;
    plan.version = indicator.version;
    const after = { ...snapshot(indicator), targets: (plan.replaced ? plan.targets : (plan.before?.targets as object[]) ?? []).map((t) => snapshot(t)) };
    batch.audit.push({ action: plan.status === ItemStatus.CREATED ? "indicator.create" : "indicator.update", entityType: "Indicator", entityId: indicator.id, organisationId: plan.owner, before: plan.before, after });
  }
}
