import DataLoader from "dataloader";
import { can, type Actor } from "../../auth/policy";
import { scopeOrganisationIds } from "../../auth/readable-organisations";
import type { Context } from "../../context";
import { requireActor } from "../../auth/actor";
import { readQuery } from "../../db/read-query";
import { ForbiddenError, NotFoundError } from "../../errors";
import { ReportStatus } from "../report/report.enums";
import { CLEARANCE_RANK, Clearance } from "../user/user.entity";
import type { Document } from "./document.entity";
import { Classification, DocumentType } from "./document.enums";

/**
 * Document rules on top of the policy module (README, "Who may do what"): a document is read by
 * those who may read its issuer's data, a document that cites it, an organisation it is addressed
 * to (a sent report's recipients; the bodies a plan or notice assigns tasks or targets to),
 * provided their clearance covers its classification; it is written by editors (or integrators)
 * of its issuer only.
 */

const CLASSIFICATION_RANK: Record<Classification, number> = {
  [Classification.UNCLASSIFIED]: 0,
  [Classification.CONFIDENTIAL]: CLEARANCE_RANK[Clearance.CONFIDENTIAL],
  [Classification.SECRET]: CLEARANCE_RANK[Clearance.SECRET],
  [Classification.TOP_SECRET]: CLEARANCE_RANK[Clearance.TOP_SECRET],
};

export function visibleClassifications(actor: Actor): Classification[] {
  return (Object.keys(CLASSIFICATION_RANK) as Classification[]).filter((c) => CLASSIFICATION_RANK[c] <= CLEARANCE_RANK[actor.clearance]);
}

/**
 * SQL condition (alias `d`) for the documents readable through the organisations `orgs` (an SQL
 * uuid[] expression: the caller's readable organisations, see scopeOrganisationIds): what they
 * issue, what a document they issue cites, a sent report addressed to them, a plan or notice that
 * assigns them a task (as lead or coordinator) or an indicator target. Checked from the
 * document's side with index look-ups: for a few given documents. Classification is checked apart.
 */
export function readableDocumentCondition(d: string, orgs: string): string {
  return `(${d}.issuer_id = ANY(${orgs})
      OR EXISTS (SELECT 1 FROM legal_basis rlb JOIN document rsrc ON rsrc.id = rlb.from_document_id
                  WHERE rlb.to_document_id = ${d}.id AND rsrc.issuer_id = ANY(${orgs}))
      OR (${d}.report_status <> 'DRAFT' AND EXISTS (SELECT 1 FROM report_recipient rrc
                  WHERE rrc.report_id = ${d}.id AND rrc.organisation_id = ANY(${orgs})))
      OR EXISTS (SELECT 1 FROM task rt WHERE rt.assigned_by_id = ${d}.id AND (rt.lead_organisation_id = ANY(${orgs})
                  OR EXISTS (SELECT 1 FROM task_coordinator rtc WHERE rtc.task_id = rt.id AND rtc.organisation_id = ANY(${orgs}))))
      OR EXISTS (SELECT 1 FROM indicator_target rit WHERE rit.set_by_id = ${d}.id AND rit.organisation_id = ANY(${orgs}))
      OR EXISTS (SELECT 1 FROM indicator ri JOIN indicator_target rit2 ON rit2.indicator_id = ri.id
                  WHERE ri.defined_by_id = ${d}.id AND rit2.organisation_id = ANY(${orgs})))`;
}

/**
 * The same rule written from the organisations' side, for lists: the ids of every document
 * readable through `orgs`, as a union of index look-ups (what they issue, cite, receive, are
 * assigned or targeted by). Never a scan of the document table.
 */
export function readableDocumentIds(orgs: string): string {
  return `SELECT rd.id FROM document rd WHERE rd.issuer_id = ANY(${orgs})
    UNION SELECT rlb.to_document_id FROM document rsrc JOIN legal_basis rlb ON rlb.from_document_id = rsrc.id WHERE rsrc.issuer_id = ANY(${orgs})
    UNION SELECT rrc.report_id FROM report_recipient rrc JOIN document rr ON rr.id = rrc.report_id
           WHERE rrc.organisation_id = ANY(${orgs}) AND rr.report_status <> 'DRAFT'
    UNION SELECT rt.assigned_by_id FROM task rt WHERE rt.lead_organisation_id = ANY(${orgs})
    UNION SELECT rt2.assigned_by_id FROM task_coordinator rtc JOIN task rt2 ON rt2.id = rtc.task_id WHERE rtc.organisation_id = ANY(${orgs})
    UNION SELECT rit.set_by_id FROM indicator_target rit WHERE rit.organisation_id = ANY(${orgs})
    UNION SELECT ri.defined_by_id FROM indicator_target rit2 JOIN indicator ri ON ri.id = rit2.indicator_id WHERE rit2.organisation_id = ANY(${orgs})`;
}

/** The document when the actor may read it, else null: for fields that point at another document. */
export async function readableOrNull(ctx: Context, document: Document | null | undefined): Promise<Document | null> {
  return document && (await canReadDocument(ctx, document)) ? document : null;
}

/** Whether the actor may read this document (the issuer checked in memory first, then readableDocumentCondition). */
export async function canReadDocument(ctx: Context, document: Document): Promise<boolean> {
  const actor = requireActor(ctx);
  if (!visibleClassifications(actor).includes(document.classification)) return false;
  if (document.issuerId) {
    const target = await ctx.loaders.orgTarget.load(document.issuerId);
    if (target && can(actor, "read", target)) return true;
  }
  return readableBatch(ctx).load(document.id);
}

/** Keyed by the request's loaders, which are replaced after each write: a write forgets this cache too. */
const batches = new WeakMap<Context["loaders"], DataLoader<string, boolean>>();

/** Per request: which of many documents the actor reads through a citation or an assignment, in one statement. */
function readableBatch(ctx: Context): DataLoader<string, boolean> {
  let loader = batches.get(ctx.loaders);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const organisations = await scopeOrganisationIds(ctx);
      const rows = await readQuery<{ id: string }>(
        ctx.db,
        `SELECT d.id FROM document d WHERE d.id = ANY($1::uuid[]) AND d.classification::text = ANY($2::text[]) AND ${readableDocumentCondition("d", "$3::uuid[]")}`,
        [[...ids], visibleClassifications(requireActor(ctx)), organisations],
      );
      const readable = new Set(rows.map((r) => r.id));
      return ids.map((id) => readable.has(id));
    });
    batches.set(ctx.loaders, loader);
  }
  return loader;
}

/**
 * Whether the actor writes as the issuing organisation: its editor, or an integrator syncing it.
 * Reports are the body's own words: only its editors write them (`reports: true`).
 */
export async function canWriteAsIssuer(ctx: Context, issuerId: string | null, options: { reports?: boolean } = {}): Promise<boolean> {
  if (!issuerId) return false;
  const actor = requireActor(ctx);
  const target = await ctx.loaders.orgTarget.load(issuerId);
  return !!target && (can(actor, "edit", target) || (!options.reports && can(actor, "sync", target)));
}

/**
 * Throws NOT_FOUND when the actor may not even read the document, FORBIDDEN when it may read but
 * not write, and FORBIDDEN for everyone once a report is submitted: it is signed and immutable, and
 * a change is a new version that replaces it.
 */
export async function authorizeDocumentWrite(ctx: Context, document: Document): Promise<void> {
  if (!visibleClassifications(requireActor(ctx)).includes(document.classification)) throw new NotFoundError("Document");
  if (!(await canWriteAsIssuer(ctx, document.issuerId, { reports: document.type === DocumentType.REPORT }))) {
    if (!(await canReadDocument(ctx, document))) throw new NotFoundError("Document");
    throw new ForbiddenError("Only editors of the issuing organisation may change this document");
  }
  if (document.reportStatus && document.reportStatus !== ReportStatus.DRAFT) {
    throw new ForbiddenError(`This report is ${document.reportStatus}: it cannot change; revise it as a new version`);
  }
}
