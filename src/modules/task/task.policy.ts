import { can, type Action } from "../../auth/policy";
import type { Context } from "../../context";
import { requireActor } from "../../auth/actor";
import { ForbiddenError, NotFoundError } from "../../errors";
import type { Document } from "../document/document.entity";
import { canWriteAsIssuer } from "../document/document.policy";

/**
 * Task and indicator rules on top of the policy module: work is assigned through a plan or notice
 * by its issuer's writers, to their own bloc or, for a coordinator (Ban Chỉ đạo), to any bloc of its
 * locality; the lead's editors change a task; coordinating bodies report progress on their part.
 */

async function holds(ctx: Context, organisationId: string, actions: Action[]): Promise<boolean> {
  const actor = requireActor(ctx);
  const target = await ctx.loaders.orgTarget.load(organisationId);
  return !!target && actions.some((action) => can(actor, action, target));
}

/** Assigning work to `organisationId` through `document` (a plan or notice). */
export async function authorizeAssignment(ctx: Context, document: Document, organisationId: string): Promise<void> {
  if (!(await canWriteAsIssuer(ctx, document.issuerId))) throw new ForbiddenError("Only writers of the plan or notice may assign work through it");
  if (!(await holds(ctx, organisationId, ["edit", "coordinate", "sync"]))) {
    throw new ForbiddenError("Work may be assigned only to your own bloc, or by a steering committee to bodies of its locality");
  }
}

/** Changing a task itself: its lead's editors, a coordinator over the lead, or an integrator. */
export async function authorizeTaskChange(ctx: Context, leadOrganisationId: string): Promise<void> {
  if (await holds(ctx, leadOrganisationId, ["edit", "coordinate", "sync"])) return;
  if (!(await holds(ctx, leadOrganisationId, ["read"]))) throw new NotFoundError("Task");
  throw new ForbiddenError("Only the lead organisation's editors may change this task");
}

/** Reporting progress: editors of the lead, or of a coordinating organisation for its own part. */
export async function authorizeProgress(ctx: Context, organisationId: string): Promise<void> {
  if (!(await holds(ctx, organisationId, ["edit"]))) throw new ForbiddenError("Only editors of the reporting organisation may report its progress");
}

/** Writing a measurement: editors of the measured organisation only. */
export async function authorizeMeasurement(ctx: Context, organisationId: string): Promise<void> {
  if (await holds(ctx, organisationId, ["edit"])) return;
  if (!(await holds(ctx, organisationId, ["read"]))) throw new NotFoundError("Organisation");
  throw new ForbiddenError("Only editors of the measured organisation may record its figures");
}

/**
 * SQL (alias of a task table) for tasks readable through the organisations `orgs` (an SQL uuid[]
 * expression, see scopeOrganisationIds): led or coordinated by one of them.
 */
export function readableTaskCondition(alias: string, orgs: string): string {
  return `(${alias}.lead_organisation_id = ANY(${orgs})
      OR EXISTS (SELECT 1 FROM task_coordinator trc WHERE trc.task_id = ${alias}.id AND trc.organisation_id = ANY(${orgs})))`;
}

/** The ids of the tasks led or coordinated by the organisations `orgs`: two index look-ups, unioned. */
export function taskIdsOf(orgs: string): string {
  return `SELECT rt.id FROM task rt WHERE rt.lead_organisation_id = ANY(${orgs})
    UNION SELECT rtc.task_id FROM task_coordinator rtc WHERE rtc.organisation_id = ANY(${orgs})`;
}

export async function canReadTask(ctx: Context, task: { id: string; leadOrganisationId: string }): Promise<boolean> {
  if (await holds(ctx, task.leadOrganisationId, ["read"])) return true;
  for (const coordinator of await ctx.loaders.taskCoordinators.load(task.id)) if (await holds(ctx, coordinator, ["read"])) return true;
  return false;
}
