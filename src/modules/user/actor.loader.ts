import type { EntityManager } from "typeorm";
import type { Actor, ScopedGrant } from "../../auth/policy";
import { isUuid } from "../../node";


/**
 * Loads the caller and their grants in one statement, on every request: a disabled user or a
 * revoked grant stops working at once, on every instance.
 */
export async function loadActor(db: EntityManager, userId: string): Promise<Actor | undefined> {
  if (!isUuid(userId)) return undefined;
  const rows: Array<{
    username: string;
    organisation_id: string;
    clearance: Actor["clearance"];
    role: ScopedGrant["role"] | null;
    grant_organisation_id: string | null;
    include_subunits: boolean | null;
    locality_id: string | null;
    bloc: ScopedGrant["bloc"];
  }> = await db.query(
    `SELECT u.username, u.organisation_id, u.clearance,
            g.role, g.organisation_id AS grant_organisation_id, g.include_subunits, g.locality_id, go.bloc
       FROM app_user u
       LEFT JOIN role_grant g ON g.user_id = u.id
       LEFT JOIN organisation go ON go.id = g.organisation_id
      WHERE u.id = $1 AND NOT u.disabled`,
    [userId],
  );
  if (rows.length === 0) return undefined;
  const [first] = rows;
  return {
    userId,
    username: first.username,
    organisationId: first.organisation_id,
    clearance: first.clearance,
    grants: rows
      .filter((row) => row.role !== null)
      .map((row) => ({
        role: row.role!,
        organisationId: row.grant_organisation_id,
        includeSubunits: row.include_subunits ?? false,
        localityId: row.locality_id,
        bloc: row.grant_organisation_id ? row.bloc : null,
      })),
  };
}
