import { todayInVietnam } from "../../calendar";
import type { Context } from "../../context";
import { requireActor } from "../../auth/actor";
import { NotFoundError } from "../../errors";
import { fromGlobalId } from "../../node";
import { decodeCursor, DEFAULT_PAGE_SIZE, type PageArgs } from "../../pagination";
import { rawPage } from "../../db/raw-page";
import { scopeOrganisationIds } from "../../auth/readable-organisations";
import { searchCondition } from "../../text";
import { Task } from "./task.entity";
import type { TaskFilter } from "./task.inputs";
import { canReadTask, readableTaskCondition, taskIdsOf } from "./task.policy";
import { taskOverdueExpression, taskStateJoin, taskStatusExpression } from "./task-state.sql";

export async function getTask(ctx: Context, globalId: string, field = "id"): Promise<Task> {
  requireActor(ctx);
  const task = await ctx.db.getRepository(Task).findOneBy({ id: fromGlobalId(globalId, "Task", field) });
  if (!task || !(await canReadTask(ctx, task))) throw new NotFoundError("Task");
  return task;
}

/**
 * Tasks the caller may read, by code then id. The candidates come from index look-ups (the tasks
 * the filtered organisation, or the caller's organisations, lead or coordinate: a union, never
 * `lead = x OR EXISTS coordinator`), the filters and state narrow them, and one named statement
 * returns the page and the total.
 */
export async function listTasks(ctx: Context, filter: TaskFilter = {}, page: PageArgs = {}, asOf = todayInVietnam()) {
  requireActor(ctx);
  const values: unknown[] = [];
  const param = (value: unknown) => `$${values.push(value)}`;
  const readable = `${param(await scopeOrganisationIds(ctx))}::uuid[]`;
  const where: string[] = [];
  if (filter.organisationId) {
    const organisation = `ARRAY[${param(fromGlobalId(filter.organisationId, "Organisation", "filter.organisationId"))}::uuid]`;
    where.push(`t.id IN (${taskIdsOf(organisation)})`, readableTaskCondition("t", readable));
  } else {
    where.push(`t.id IN (${taskIdsOf(readable)})`);
  }
  if (filter.localityId) {
    const localityId = fromGlobalId(filter.localityId, "Locality", "filter.localityId");
    where.push(`t.lead_organisation_id IN (SELECT fo.id FROM organisation fo JOIN locality fl ON fl.id = fo.locality_id WHERE fl.path @> ARRAY[${param(localityId)}::uuid])`);
  }
  if (filter.assignedById) where.push(`t.assigned_by_id = ${param(fromGlobalId(filter.assignedById, "Document", "filter.assignedById"))}::uuid`);
  if (filter.cadence) where.push(`t.cadence::text = ${param(filter.cadence)}::text`);
  if (filter.periodFrom) where.push(`t.period_end >= ${param(filter.periodFrom)}::date`);
  if (filter.periodTo) where.push(`t.period_start <= ${param(filter.periodTo)}::date`);
  if (filter.search) {
    const search = searchCondition("t.search_text", filter.search);
    where.push(search.sql.replace(/:(search\d+)/g, (_, name: string) => `${param(search.params[name])}::text`));
  }
  let state = "";
  if (filter.statuses?.length || filter.overdue != null) {
    const day = param(asOf);
    state = taskStateJoin("t", day);
    if (filter.statuses?.length) where.push(`${taskStatusExpression("t")} = ANY(${param(filter.statuses)}::text[])`);
    if (filter.overdue != null) where.push(`${taskOverdueExpression("t", day)} = ${param(filter.overdue)}::boolean`);
  }
  let after: string | null = null;
  if (page.after) {
    const [code, id] = decodeCursor(page.after, 2, "uuid");
    after = `(m.sort_code, m.id) > (${param(code)}::text, ${param(id)}::uuid)`;
  }
  return rawPage(ctx.db, Task, {
    table: "task",
    matching: `SELECT t.id, coalesce(t.code, '') AS sort_code FROM task t ${state} WHERE ${where.join(" AND ")}`,
    after,
    orderBy: "m.sort_code, m.id",
    values,
    first: page.first ?? DEFAULT_PAGE_SIZE,
    cursor: (t) => [t.code ?? "", t.id],
  });
}
