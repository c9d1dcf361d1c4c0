import { todayInVietnam } from "../../calendar";
import type { Context } from "../../context";
import { requireActor } from "../../auth/actor";
import { NotFoundError } from "../../errors";
import { fromGlobalId } from "../../node";
import { paginate, type PageArgs } from "../../pagination";
import { searchCondition } from "../../text";
import { Task } from "./task.entity";
import type { TaskFilter } from "./task.inputs";
import { canReadTask, readableTasksSql } from "./task.policy";
import { taskOverdueExpression, taskStateJoin, taskStatusExpression } from "./task-state.sql";

export async function getTask(ctx: Context, globalId: string, field = "id"): Promise<Task> {
  requireActor(ctx);
  const task = await ctx.db.getRepository(Task).findOneBy({ id: fromGlobalId(globalId, "Task", field) });
  if (!task || !(await canReadTask(ctx, task))) throw new NotFoundError("Task");
  return task;
}

export async function listTasks(ctx: Context, filter: TaskFilter = {}, page: PageArgs = {}, asOf = todayInVietnam()) {
  const actor = requireActor(ctx);
  const scope = readableTasksSql(actor, "t");
  const query = ctx.db.getRepository(Task).createQueryBuilder("t").where(scope.sql, scope.params);
  if (filter.organisationId) {
    const organisationId = fromGlobalId(filter.organisationId, "Organisation", "filter.organisationId");
    query.andWhere("(t.lead_organisation_id = :orgId OR EXISTS (SELECT 1 FROM task_coordinator fc WHERE fc.task_id = t.id AND fc.organisation_id = :orgId))", { orgId: organisationId });
  }
  if (filter.localityId) {
    const localityId = fromGlobalId(filter.localityId, "Locality", "filter.localityId");
    query.andWhere("t.lead_organisation_id IN (SELECT fo.id FROM organisation fo JOIN locality fl ON fl.id = fo.locality_id WHERE fl.path @> ARRAY[CAST(:localityId AS uuid)])", { localityId });
  }
  if (filter.assignedById) query.andWhere("t.assigned_by_id = :assignedById", { assignedById: fromGlobalId(filter.assignedById, "Document", "filter.assignedById") });
  if (filter.cadence) query.andWhere("t.cadence = :cadence", { cadence: filter.cadence });
  if (filter.periodFrom) query.andWhere("t.period_end >= :periodFrom", { periodFrom: filter.periodFrom });
  if (filter.periodTo) query.andWhere("t.period_start <= :periodTo", { periodTo: filter.periodTo });
  if (filter.search) {
    const search = searchCondition("t.search_text", filter.search);
    query.andWhere(search.sql, search.params);
  }
  if (filter.statuses?.length || filter.overdue != null) {
    const state = `SELECT t2.id FROM task t2 ${taskStateJoin("t2", ":stateAsOf")} WHERE TRUE`;
    const conditions: string[] = [];
    if (filter.statuses?.length) conditions.push(`${taskStatusExpression("t2")} IN (:...statuses)`);
    if (filter.overdue != null) conditions.push(`${taskOverdueExpression("t2", ":stateAsOf")} = :overdue`);
    query.andWhere(`t.id IN (${state} AND ${conditions.join(" AND ")})`, { stateAsOf: asOf, statuses: filter.statuses, overdue: filter.overdue });
  }
  return paginate(query, page, { column: "coalesce(t.code, '')", value: (t) => t.code ?? "" });
}
