import { createHmac, timingSafeEqual } from "node:crypto";
import type { Pool } from "pg";

/**
 * The floor's caller: the HS256 token checked by hand, then the user, their clearance and the
 * organisations they may read (and audit) in one statement, by the same rules as the API's policy
 * module: an exact organisation, an organisation with its sub-units, or every organisation of a
 * locality and the localities under it; ADMIN grants read nothing.
 */
export interface FloorCaller {
  userId: string;
  clearance: string;
  readable: string[];
  auditable: string[];
  auditLocalities: string[];
  auditor: boolean;
}

const CLEARANCES = ["NONE", "CONFIDENTIAL", "SECRET", "TOP_SECRET"];
const CLASSIFICATIONS = ["UNCLASSIFIED", "CONFIDENTIAL", "SECRET", "TOP_SECRET"];

/** Classifications a clearance may read. */
export function classifications(caller: FloorCaller): string[] {
  return CLASSIFICATIONS.slice(0, CLEARANCES.indexOf(caller.clearance) + 1);
}

function verify(token: string, secret: string): string | undefined {
  const [header, payload, signature] = token.split(".");
  if (!header || !payload || !signature) return undefined;
  const expected = createHmac("sha256", secret).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  if (JSON.parse(Buffer.from(header, "base64url").toString("utf8")).alg !== "HS256") return undefined;
  if (claims.iss !== "nq57-api" || claims.aud !== "nq57-clients" || !(claims.exp * 1000 > Date.now())) return undefined;
  return claims.sub;
}

const SCOPE = (roles: string) => `ARRAY(SELECT o.id FROM organisation o
   WHERE o.id = ANY(ARRAY(SELECT organisation_id FROM g WHERE role IN (${roles}) AND organisation_id IS NOT NULL AND NOT include_subunits))
      OR o.path && ARRAY(SELECT organisation_id FROM g WHERE role IN (${roles}) AND organisation_id IS NOT NULL AND include_subunits)
      OR o.locality_id = ANY(ARRAY(SELECT l.id FROM locality l WHERE l.path && ARRAY(SELECT locality_id FROM g WHERE role IN (${roles}) AND locality_id IS NOT NULL))))`;

const CALLER_SQL = `WITH u AS (SELECT id, clearance FROM app_user WHERE id = $1 AND NOT disabled),
  g AS (SELECT rg.role::text AS role, rg.organisation_id, rg.include_subunits, rg.locality_id FROM role_grant rg JOIN u ON rg.user_id = u.id)
  SELECT u.id, u.clearance, ${SCOPE("'VIEWER', 'EDITOR', 'APPROVER', 'COORDINATOR', 'AUDITOR', 'INTEGRATOR'")} AS readable,
         ${SCOPE("'AUDITOR'")} AS auditable,
         ARRAY(SELECT l.id FROM locality l WHERE l.path && ARRAY(SELECT locality_id FROM g WHERE role = 'AUDITOR' AND locality_id IS NOT NULL)) AS audit_localities,
         EXISTS (SELECT 1 FROM g WHERE role = 'AUDITOR') AS auditor
    FROM u`;

export async function loadCaller(pool: Pool, authorization: string | undefined, secret: string): Promise<FloorCaller | undefined> {
  const match = /^Bearer (.+)$/.exec(authorization ?? "");
  const userId = match ? verify(match[1], secret) : undefined;
  if (!userId) return undefined;
  const { rows } = await pool.query({ name: "floor-caller", text: CALLER_SQL, values: [userId] });
  const row = rows[0];
  return row && { userId, clearance: row.clearance, readable: row.readable, auditable: row.auditable, auditLocalities: row.audit_localities, auditor: row.auditor };
}

/** base64url("Type:uuid"), as the API's Relay ids. */
export function globalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, "utf8").toString("base64url");
}

/** Ids of the documents the caller reads (before the clearance check): what their organisations issue, cite, receive, are assigned or measure. */
export const READABLE_DOCUMENTS = (orgs: string) => `SELECT d.id FROM document d WHERE d.issuer_id = ANY(${orgs})
  UNION SELECT lb.to_document_id FROM document s JOIN legal_basis lb ON lb.from_document_id = s.id WHERE s.issuer_id = ANY(${orgs})
  UNION SELECT rr.report_id FROM report_recipient rr JOIN document r ON r.id = rr.report_id WHERE rr.organisation_id = ANY(${orgs}) AND r.report_status <> 'DRAFT'
  UNION SELECT t.assigned_by_id FROM task t WHERE t.lead_organisation_id = ANY(${orgs})
  UNION SELECT t.assigned_by_id FROM task_coordinator tc JOIN task t ON t.id = tc.task_id WHERE tc.organisation_id = ANY(${orgs})
  UNION SELECT it.set_by_id FROM indicator_target it WHERE it.organisation_id = ANY(${orgs})
  UNION SELECT i.defined_by_id FROM indicator_target it JOIN indicator i ON i.id = it.indicator_id WHERE it.organisation_id = ANY(${orgs})`;

/** The same rule for one document `d` (index look-ups from the document's side). */
export const READABLE_DOCUMENT = (d: string, orgs: string) => `(${d}.issuer_id = ANY(${orgs})
  OR EXISTS (SELECT 1 FROM legal_basis lb JOIN document s ON s.id = lb.from_document_id WHERE lb.to_document_id = ${d}.id AND s.issuer_id = ANY(${orgs}))
  OR (${d}.report_status <> 'DRAFT' AND EXISTS (SELECT 1 FROM report_recipient rr WHERE rr.report_id = ${d}.id AND rr.organisation_id = ANY(${orgs})))
  OR EXISTS (SELECT 1 FROM task t WHERE t.assigned_by_id = ${d}.id AND (t.lead_organisation_id = ANY(${orgs})
             OR EXISTS (SELECT 1 FROM task_coordinator tc WHERE tc.task_id = t.id AND tc.organisation_id = ANY(${orgs}))))
  OR EXISTS (SELECT 1 FROM indicator_target it WHERE it.set_by_id = ${d}.id AND it.organisation_id = ANY(${orgs}))
  OR EXISTS (SELECT 1 FROM indicator i JOIN indicator_target it ON it.indicator_id = i.id WHERE i.defined_by_id = ${d}.id AND it.organisation_id = ANY(${orgs})))`;
