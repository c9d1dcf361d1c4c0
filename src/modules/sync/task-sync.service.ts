import { randomUUID } from "node:crypto";
import { todayInVietnam } from "../../calendar";
import type { FieldProblem } from "../../errors";
import { fromGlobalId } from "../../node";
import { snapshot } from "../audit/audit.service";
import type { Document } from "../document/document.entity";
import { TaskUpdate } from "../task/task-update.entity";
import { defaultPeriod, taskSearchText } from "../task/task-write.service";
import { Task } from "../task/task.entity";
import { Cadence, type TaskStatus } from "../task/task.enums";
import { authorizeAssignment, authorizeTaskChange } from "../task/task.policy";
import { check, conflict, failed, keyLock, planned, refProblems, reject, rule, sameFields, validateItem, type Planned, type SyncBatch } from "./batch";
import { resolveDocumentRefs, storedByKey, type InBatch } from "./refs";
import { insertEntities, insertRows, updateEntities } from "./set-sql";
import type { BulkTaskItem } from "./sync-work.inputs";
import { assigningProblem, canSyncReportedData } from "./sync.policy";
import { ItemStatus, SyncKind } from "./sync.types";
import { storedTaskState } from "./task-state";

const WRITTEN = ["assignedById", "code", "title", "leadOrganisationId", "cadence", "dueOn", "periodStart", "periodEnd", "searchText", "sourceSystem", "externalId"] as const satisfies ReadonlyArray<keyof Task>;

interface TaskPlan extends Planned {
  item: BulkTaskItem;
  entity?: Task;
  before: Record<string, unknown> | null;
  coordinators: string[];
  coordinatorsChanged: boolean;
  /** The lead's status to record, when it differs from the stored one. */
  newStatus: TaskStatus | null;
}

export function taskLockKeys(batch: SyncBatch, plans: TaskPlan[]): string[] {
  return plans.map((p) => keyLock(SyncKind.TASK, batch.sourceSystem, p.externalId));
}

export function checkTasks(batch: SyncBatch, items: BulkTaskItem[]): TaskPlan[] {
  return items.map((item, index) => {
    const plan: TaskPlan = { ...planned(SyncKind.TASK, index, item.externalId), item, before: null, coordinators: [], coordinatorsChanged: false, newStatus: null };
    reject(plan, [...validateItem(item), ...refProblems(item.assignedBy, "assignedBy")]);
    check(plan, "leadOrganisationId", () => fromGlobalId(item.leadOrganisationId, "Organisation", "leadOrganisationId"));
    const coordinating = item.coordinatingOrganisationIds ?? [];
    if (coordinating.length > 50) reject(plan, [{ field: "coordinatingOrganisationIds", message: "tối đa 50 / at most 50" }]);
    coordinating.forEach((id, i) => check(plan, `coordinatingOrganisationIds.${i}`, () => plan.coordinators.push(fromGlobalId(id, "Organisation", `coordinatingOrganisationIds.${i}`))));
    plan.coordinators = [...new Set(plan.coordinators)].sort();
    if (item.leadOrganisationId && coordinating.includes(item.leadOrganisationId)) reject(plan, [{ field: "coordinatingOrganisationIds", message: "cơ quan chủ trì không đồng thời phối hợp / the lead is not also a coordinator" }]);
    if (item.cadence === Cadence.SCHEDULED && !item.dueOn) reject(plan, [{ field: "dueOn", message: "bắt buộc với nhiệm vụ theo tiến độ / required for a SCHEDULED task" }]);
    if (item.periodStart && item.periodEnd && item.periodStart > item.periodEnd) reject(plan, [{ field: "periodEnd", message: "trước ngày bắt đầu / before periodStart" }]);
    if (item.statusReportedOn && item.statusReportedOn > todayInVietnam()) reject(plan, [{ field: "statusReportedOn", message: "ở tương lai / in the future" }]);
    return plan;
  });
}

/** Plans every task item: its plan or notice (stored, or an item of the call), who may assign and change it, what changes. */
export async function planTasks(batch: SyncBatch, plans: TaskPlan[], documents: Map<string, InBatch<Document>>): Promise<void> {
  const { tx } = batch;
  const open = plans.filter((p) => !failed(p));
  const assigning = await resolveDocumentRefs(batch, open.map((p) => ({ ref: p.item.assignedBy, field: "assignedBy" })), documents);
  const organisations = [...new Set(open.flatMap((p) => [fromGlobalId(p.item.leadOrganisationId, "Organisation", "leadOrganisationId"), ...p.coordinators]))];
  const known = new Set((await tx.loaders.orgTarget.loadMany(organisations)).flatMap((t) => (t && !(t instanceof Error) ? [t.organisationId] : [])));
  const stored = await storedByKey(batch, Task, open.map((p) => p.externalId));
  const state = await storedTaskState(tx.db, [...stored.values()].map((t) => t.id));
  await Promise.all(
    open.map(async (plan, i) => {
      const resolved = assigning[i]!;
      if ("problem" in resolved) return reject(plan, [resolved.problem]);
      const document = resolved.record;
      const lead = fromGlobalId(plan.item.leadOrganisationId, "Organisation", "leadOrganisationId");
      const missing: FieldProblem[] = [lead, ...plan.coordinators].filter((id) => !known.has(id)).map((id) => ({ field: id === lead ? "leadOrganisationId" : "coordinatingOrganisationIds", message: "không tìm thấy cơ quan / organisation not found" }));
      reject(plan, [...missing, ...[assigningProblem(document, "assignedBy")].filter((p) => !!p)]);
      if (failed(plan)) return;
      const existing = stored.get(plan.externalId);
      if (!(await rule(plan, "leadOrganisationId", () => authorizeAssignment(tx, document, lead)))) return;
      if (existing && !(await rule(plan, "externalId", () => authorizeTaskChange(tx, existing.leadOrganisationId)))) return;
      if (plan.item.expectedVersion != null && existing?.version !== plan.item.expectedVersion) {
        return conflict(plan, { field: "expectedVersion", message: `phiên bản hiện tại ${existing?.version ?? "(chưa có)"} / current version ${existing?.version ?? "(none)"}` }, existing && { type: "Task", id: existing.id });
      }
      const period = plan.item.periodStart && plan.item.periodEnd ? { periodStart: plan.item.periodStart, periodEnd: plan.item.periodEnd } : defaultPeriod(document);
      const fields = {
        assignedById: document.id,
        code: plan.item.code ?? null,
        title: plan.item.title,
        leadOrganisationId: lead,
        cadence: plan.item.cadence,
        dueOn: plan.item.dueOn ?? null,
        periodStart: plan.item.periodStart ?? period.periodStart,
        periodEnd: plan.item.periodEnd ?? period.periodEnd,
        sourceSystem: batch.sourceSystem,
        externalId: plan.externalId,
      };
      if (fields.periodStart > fields.periodEnd) return reject(plan, [{ field: "periodEnd", message: "trước ngày bắt đầu / before periodStart" }]);
      const entity = Object.assign(new Task(), existing ?? { id: randomUUID(), createdById: batch.actor.userId }, fields);
      entity.searchText = taskSearchText(entity);
      const current = existing ? state.get(existing.id) : undefined;
      plan.newStatus = plan.item.status != null && plan.item.status !== current?.status ? plan.item.status : null;
      if (plan.newStatus && !(await canSyncReportedData(tx, lead))) {
        return reject(plan, [{ field: "status", message: "chỉ cơ quan chủ trì (hoặc hệ thống được cấp quyền) báo cáo tiến độ / only the lead's editors or an integrator over it report its status" }]);
      }
      plan.entity = entity;
      plan.id = entity.id;
      plan.version = existing?.version ?? null;
      plan.before = existing ? { ...snapshot(existing), coordinatingOrganisationIds: current?.coordinators ?? [] } : null;
      plan.coordinatorsChanged = (current?.coordinators ?? []).join() !== plan.coordinators.join();
      const unchanged = existing && sameFields(existing, entity, WRITTEN) && !plan.coordinatorsChanged && !plan.newStatus;
      plan.status = !existing ? ItemStatus.CREATED : unchanged ? ItemStatus.UNCHANGED : ItemStatus.UPDATED;
    }),
  );
}

export async function writeTasks(batch: SyncBatch, plans: TaskPlan[]): Promise<void> {
  const { db } = batch.tx;
  const created = plans.filter((p) => p.status === ItemStatus.CREATED);
  const updated = plans.filter((p) => p.status === ItemStatus.UPDATED);
  await insertEntities(db, Task, created.map((p) => p.entity!));
  await updateEntities(db, Task, updated.map((p) => p.entity!), WRITTEN);
  const recoordinated = [...created, ...updated].filter((p) => p.coordinatorsChanged);
  if (recoordinated.length) await db.query(`DELETE FROM task_coordinator WHERE task_id = ANY($1::uuid[])`, [recoordinated.map((p) => p.id)]);
  await insertRows(db, "task_coordinator", { task_id: "uuid", organisation_id: "uuid" }, recoordinated.flatMap((p) => p.coordinators.map((o) => ({ task_id: p.id, organisation_id: o }))));
  const reported = [...created, ...updated].filter((p) => p.newStatus);
  const updates = reported.map((p) =>
    Object.assign(new TaskUpdate(), { id: randomUUID(), taskId: p.id!, organisationId: p.entity!.leadOrganisationId, status: p.newStatus!, progressPercent: null, note: null, reportedOn: p.item.statusReportedOn ?? todayInVietnam(), authorId: batch.actor.userId }),
  );
  await insertEntities(db, TaskUpdate, updates);
  for (const plan of [...created, ...updated]) {
    const task = plan.entity!;
    plan.version = task.version;
    const after = { ...snapshot(task), coordinatingOrganisationIds: plan.coordinators };
    batch.audit.push({ action: plan.status === ItemStatus.CREATED ? "task.create" : "task.update", entityType: "Task", entityId: task.id, organisationId: task.leadOrganisationId, before: plan.before, after });
  }
  for (const update of updates) {
    batch.audit.push({ action: "task.add_update", entityType: "TaskUpdate", entityId: update.id, organisationId: update.organisationId, before: null, after: { ...snapshot(update), evidenceDocumentIds: [] } });
  }
}
