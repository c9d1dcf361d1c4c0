import type { EntityManager } from "typeorm";
import { todayInVietnam } from "../../calendar";
import type { Context } from "../../context";
import { requireActor } from "../../auth/actor";
import { badInput, BadUserInputError, NotFoundError, type FieldProblem } from "../../errors";
import { lockAtVersion } from "../../transaction";
import { fromGlobalId } from "../../node";
import { searchKey } from "../../text";
import { auditedWrite, snapshot } from "../audit/audit.service";
import { Document } from "../document/document.entity";
import { DocumentType } from "../document/document.enums";
import { getDocument } from "../document/document.service";
import { Organisation } from "../organisation/organisation.entity";
import { getOrganisation } from "../organisation/organisation.service";
import { TaskUpdate } from "./task-update.entity";
import { Task } from "./task.entity";
import { Cadence } from "./task.enums";
import type { AddTaskUpdateInput, CreateTaskInput, UpdateTaskInput } from "./task.inputs";
import { authorizeAssignment, authorizeProgress, authorizeTaskChange } from "./task.policy";
import { sourceKeyOf } from "../sync/source-key";
import { getTask } from "./task.service";

/** The plan or notice that assigns work; any other document is refused. */
export async function assigningDocument(ctx: Context, globalId: string, field: string): Promise<Document> {
  const document = await getDocument(ctx, globalId, field);
  if (document.type !== DocumentType.PLAN && document.type !== DocumentType.NOTICE) {
    throw badInput(field, "chỉ Kế hoạch hoặc Thông báo giao nhiệm vụ, chỉ tiêu / only a plan or a notice assigns tasks and indicators");
  }
  return document;
}

/** The period work belongs to by default: the plan's period, else the calendar year of the document. */
export function defaultPeriod(document: Document): { periodStart: string; periodEnd: string } {
  if (document.periodStart && document.periodEnd) return { periodStart: document.periodStart, periodEnd: document.periodEnd };
  const year = document.planYear ?? document.issuedYear ?? Number(todayInVietnam().slice(0, 4));
  return { periodStart: `${year}-01-01`, periodEnd: `${year}-12-31` };
}

function checkSchedule(task: Pick<Task, "cadence" | "dueOn" | "periodStart" | "periodEnd">): void {
  const problems: FieldProblem[] = [];
  if (task.cadence === Cadence.SCHEDULED && !task.dueOn) problems.push({ field: "dueOn", message: "bắt buộc với nhiệm vụ theo tiến độ / required for a SCHEDULED task" });
  if (task.periodStart > task.periodEnd) problems.push({ field: "periodEnd", message: "trước ngày bắt đầu / before periodStart" });
  if (problems.length) throw new BadUserInputError(problems);
}

async function coordinators(ctx: Context, ids: string[] | undefined, leadId: string): Promise<Organisation[] | undefined> {
  if (!ids) return undefined;
  const organisations = await Promise.all([...new Set(ids)].map((id, i) => getOrganisation(ctx, id, `coordinatingOrganisationIds.${i}`)));
  if (organisations.some((o) => o.id === leadId)) throw badInput("coordinatingOrganisationIds", "cơ quan chủ trì không đồng thời phối hợp / the lead is not also a coordinator");
  return organisations;
}

export function taskSearchText(task: Pick<Task, "title" | "code">): string {
  return searchKey(`${task.code ?? ""} ${task.title}`);
}

/** Assigns a task through a plan or notice (see task.policy.ts for who may). */
export async function createTask(ctx: Context, input: CreateTaskInput): Promise<Task> {
  const actor = requireActor(ctx);
  const document = await assigningDocument(ctx, input.assignedById, "assignedById");
  const lead = await getOrganisation(ctx, input.leadOrganisationId, "leadOrganisationId");
  await authorizeAssignment(ctx, document, lead.id);
  const coordinating = (await coordinators(ctx, input.coordinatingOrganisationIds, lead.id)) ?? [];
  const period = input.periodStart && input.periodEnd ? { periodStart: input.periodStart, periodEnd: input.periodEnd } : defaultPeriod(document);
  const task = ctx.db.getRepository(Task).create({
    assignedById: document.id,
    code: input.code ?? null,
    title: input.title,
    leadOrganisationId: lead.id,
    coordinators: coordinating,
    cadence: input.cadence,
    dueOn: input.dueOn ?? null,
    periodStart: input.periodStart ?? period.periodStart,
    periodEnd: input.periodEnd ?? period.periodEnd,
    createdById: actor.userId,
    ...sourceKeyOf(input),
  });
  checkSchedule(task);
  task.searchText = taskSearchText(task);
  return auditedWrite(ctx, async (tx) => {
    const saved = await tx.db.getRepository(Task).save(task);
    const after = { ...snapshot(saved), coordinatingOrganisationIds: coordinating.map((o) => o.id) };
    return { result: saved, audit: { action: "task.create", entityType: "Task", entityId: saved.id, organisationId: lead.id, before: null, after } };
  });
}

async function lockTask(manager: EntityManager, id: string): Promise<Task> {
  const task = await manager.getRepository(Task).findOne({ where: { id }, lock: { mode: "pessimistic_write" } });
  if (!task) throw new NotFoundError("Task");
  return task;
}

/** Changes the task itself; coordinating organisations may not (they report progress instead). */
export async function updateTask(ctx: Context, input: UpdateTaskInput): Promise<Task> {
  const current = await getTask(ctx, input.id);
  await authorizeTaskChange(ctx, current.leadOrganisationId);
  const lead = input.leadOrganisationId ? await getOrganisation(ctx, input.leadOrganisationId, "leadOrganisationId") : undefined;
  if (lead) await authorizeTaskChange(ctx, lead.id);
  const coordinating = await coordinators(ctx, input.coordinatingOrganisationIds, lead?.id ?? current.leadOrganisationId);
  return auditedWrite(ctx, async (tx) => {
    const task = await lockAtVersion(tx, Task, { id: current.id, expectedVersion: input.expectedVersion, name: "Task" });
    const existing = await tx.db.getRepository(Task).findOneOrFail({ where: { id: task.id }, relations: { coordinators: true } });
    const before = { ...snapshot(task), coordinatingOrganisationIds: existing.coordinators!.map((o) => o.id) };
    if (input.code != null) task.code = input.code;
    if (input.title != null) task.title = input.title;
    if (lead) task.leadOrganisationId = lead.id;
    if (input.cadence != null) task.cadence = input.cadence;
    if (input.dueOn != null) task.dueOn = input.dueOn;
    if (input.periodStart != null) task.periodStart = input.periodStart;
    if (input.periodEnd != null) task.periodEnd = input.periodEnd;
    checkSchedule(task);
    task.searchText = taskSearchText(task);
    task.coordinators = coordinating ?? existing.coordinators;
    const saved = await tx.db.getRepository(Task).save(task);
    const after = { ...snapshot(saved), coordinatingOrganisationIds: task.coordinators!.map((o) => o.id) };
    return { result: saved, audit: { action: "task.update", entityType: "Task", entityId: saved.id, organisationId: saved.leadOrganisationId, before, after } };
  });
}

/**
 * Records a dated progress update. The lead's update sets the task's status; a coordinating
 * organisation's update is its part, kept in the history without changing the task's status.
 */
export async function addTaskUpdate(ctx: Context, input: AddTaskUpdateInput): Promise<TaskUpdate> {
  const actor = requireActor(ctx);
  const task = await getTask(ctx, input.taskId, "taskId");
  const organisationId = input.organisationId ? fromGlobalId(input.organisationId, "Organisation", "organisationId") : task.leadOrganisationId;
  if (organisationId !== task.leadOrganisationId) {
    if (!(await ctx.loaders.taskCoordinators.load(task.id)).includes(organisationId)) throw badInput("organisationId", "không chủ trì hay phối hợp nhiệm vụ này / neither leads nor coordinates this task");
  }
  await authorizeProgress(ctx, organisationId);
  const evidence = await Promise.all((input.evidenceDocumentIds ?? []).map((id, i) => getDocument(ctx, id, `evidenceDocumentIds.${i}`)));
  const reportedOn = input.reportedOn ?? todayInVietnam();
  if (reportedOn > todayInVietnam()) throw badInput("reportedOn", "ở tương lai / in the future");
  return auditedWrite(ctx, async (tx) => {
    await lockTask(tx.db, task.id);
    const repository = tx.db.getRepository(TaskUpdate);
    const update = await repository.save(
      repository.create({
        taskId: task.id,
        organisationId,
        status: input.status,
        progressPercent: input.progressPercent ?? null,
        note: input.note ?? null,
        reportedOn,
        evidence,
        authorId: actor.userId,
      }),
    );
    const after = { ...snapshot(update), evidenceDocumentIds: evidence.map((d) => d.id) };
    return { result: update, audit: { action: "task.add_update", entityType: "TaskUpdate", entityId: update.id, organisationId, before: null, after } };
  });
}
