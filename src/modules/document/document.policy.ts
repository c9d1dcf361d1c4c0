import DataLoader from "dataloader";
import { can, organisationScopeSql, type Actor } from "../../auth/policy";
import type { Context } from "../../context";
import { requireActor } from "../../auth/actor";
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

/** SQL condition (alias `d`) for the documents the actor may read; parameters prefixed `doc_`/`scope_`. */
export function readableDocumentsSql(actor: Actor, alias = "d"): { sql: string; params: Record<string, unknown> } {
  const scope = organisationScopeSql(actor, ["read"], "ro");
  const readableOrgs = `SELECT ro.id FROM organisation ro WHERE ${scope.sql}`;
  return {
    sql: `(${alias}.classification IN (:...doc_classifications) AND (
      ${alias}.issuer_id IN (${readableOrgs})
      OR EXISTS (SELECT 1 FROM legal_basis rlb JOIN document rsrc ON rsrc.id = rlb.from_document_id
                  WHERE rlb.to_document_id = ${alias}.id AND rsrc.issuer_id IN (${readableOrgs}))
      OR (${alias}.report_status <> 'DRAFT' AND EXISTS (SELECT 1 FROM report_recipient rrc
                  WHERE rrc.report_id = ${alias}.id AND rrc.organisation_id IN (${readableOrgs})))
      OR EXISTS (SELECT 1 FROM task rt WHERE rt.assigned_by_id = ${alias}.id AND (rt.lead_organisation_id IN (${readableOrgs})
                  OR EXISTS (SELECT 1 FROM task_coordinator rtc WHERE rtc.task_id = rt.id AND rtc.organisation_id IN (${readableOrgs}))))
      OR EXISTS (SELECT 1 FROM indicator_target rit WHERE rit.set_by_id = ${alias}.id AND rit.organisation_id IN (${readableOrgs}))
      OR EXISTS (SELECT 1 FROM indicator ri JOIN indicator_target rit2 ON rit2.indicator_id = ri.id
                  WHERE ri.defined_by_id = ${alias}.id AND rit2.organisation_id IN (${readableOrgs}))))`,
    params: { ...scope.params, doc_classifications: visibleClassifications(actor) },
  };
}

/** The document when the actor may read it, else null: for fields that point at another document. */
export async function readableOrNull(ctx: Context, document: Document | null | undefined): Promise<Document | null> {
  return document && (await canReadDocument(ctx, document)) ? document : null;
}

/** Whether the actor may read this document (single-record form of readableDocumentsSql). */
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
    const scope = readableDocumentsSql(requireActor(ctx), "d");
    loader = new DataLoader(async (ids) => {
      const rows: Array<{ id: string }> = await ctx.db
        .createQueryBuilder()
        .select("d.id", "id")
        .from("document", "d")
        .where("d.id = ANY(:ids)", { ids: [...ids] })
        .andWhere(scope.sql, scope.params)
        .getRawMany();
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
