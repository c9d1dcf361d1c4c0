import { can } from "../../auth/policy";
import { requireActor } from "../../auth/actor";
import type { Context } from "../../context";
import { DocumentType } from "../document/document.enums";
import type { Document } from "../document/document.entity";
import type { FieldProblem } from "../../errors";

/*
 * What a sync may write beyond what document.policy.ts and task.policy.ts already decide (and the
 * sync services ask them first): the data a body reports about itself (a task's status, its
 * figures) may come from its own editors or from an integrator whose grants cover the body.
 */

/** Whether the actor writes the organisation's own reported data in a sync. */
export async function canSyncReportedData(ctx: Context, organisationId: string): Promise<boolean> {
  const actor = requireActor(ctx);
  const target = await ctx.loaders.orgTarget.load(organisationId);
  return !!target && (can(actor, "edit", target) || can(actor, "sync", target));
}

/** Work (tasks, indicators) is assigned by plans and notices only. */
export function assigningProblem(document: Document, field: string): FieldProblem | undefined {
  if (document.type === DocumentType.PLAN || document.type === DocumentType.NOTICE) return undefined;
  return { field, message: "chỉ Kế hoạch hoặc Thông báo giao nhiệm vụ, chỉ tiêu / only a plan or a notice assigns tasks and indicators" };
}
