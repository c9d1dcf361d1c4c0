import { COMMUNE_BODIES, fold } from "./shape";
import { auditedInsert, COMMUNES_CTE, id } from "./sql";

/** A statement of a commune batch: SQL over `$1` (communes), `$2`/`$3` (place names) and its own values. */
export interface BatchStatement {
  name: string;
  sql: string;
  values?: unknown[];
}

const LOCALITY = id("'gl'", "c.n");
const PROVINCE = id("'gp'", "c.p");
const body = (key: string) => id("'go'", "c.n", `'${key}'`);

/** The commune itself, under its province. */
function localities(central: string): BatchStatement {
  return {
    name: "localities",
    sql: auditedInsert({
      ctes: [COMMUNES_CTE],
      table: "locality",
      entityType: "Locality",
      columns: ["id", "level", "code", "name", "parent_id", "path", "search_text", "version"],
      select: `SELECT ${LOCALITY} AS id, 'COMMUNE'::locality_level AS level, c.code, c.unit_cap || ' ' || c.place AS name, ${PROVINCE} AS parent_id,
                      ARRAY['${central}'::uuid, ${PROVINCE}, ${LOCALITY}] AS path, c.unit_fold || ' ' || c.place_fold || ' ' || lower(c.code) AS search_text,
                      1 AS version, NULL::uuid AS audit_org FROM c`,
    }),
  };
}

/** The ten bodies of every commune: the four blocs, their departments, the Ban Chỉ đạo. */
function organisations(): BatchStatement {
  const rows = COMMUNE_BODIES.map((b) => {
    const parent = b.parent ? body(b.parent) : "NULL::uuid";
    const superior = b.superior ? id("'gpo'", "c.p", `'${b.superior}'`) : "NULL::uuid";
    const path = b.parent ? `ARRAY[${body(b.parent)}, ${body(b.key)}]` : `ARRAY[${body(b.key)}]`;
    return `SELECT ${body(b.key)} AS id, '${b.kind}'::organisation_kind AS kind, '${b.bloc}'::bloc AS bloc, c.code || '.${b.key}' AS code,
                   '${b.name} ' || c.unit || ' ' || c.place AS name, '${b.shortName} ' || c.unit AS short_name, ${LOCALITY} AS locality_id,
                   ${parent} AS parent_id, ${superior} AS superior_id, ${path} AS path,
                   '${fold(b.name)} ' || c.unit_fold || ' ' || c.place_fold || ' ${fold(b.shortName)} ' || c.unit_fold || ' ' || lower(c.code) || '.${b.key.toLowerCase()}' AS search_text,
                   1 AS version, ${body(b.key)} AS audit_org FROM c`;
  });
  return {
    name: "organisations",
    sql: auditedInsert({
      ctes: [COMMUNES_CTE],
      table: "organisation",
      entityType: "Organisation",
      columns: ["id", "kind", "bloc", "code", "name", "short_name", "locality_id", "parent_id", "superior_id", "path", "search_text", "version"],
      select: rows.join("\nUNION ALL\n"),
    }),
  };
}

/** The accounts the benchmark logs in with: an editor of the UBND, of the Đảng ủy, and the Ban Chỉ đạo. */
const USERS = [
  { key: "ubnd", org: "UBND", display: "Chuyên viên UBND", grants: ["EDITOR", "APPROVER"] },
  { key: "danguy", org: "DU", display: "Chuyên viên Văn phòng Đảng ủy", grants: ["EDITOR", "APPROVER"] },
  { key: "bcd", org: "BCD", display: "Thường trực Ban Chỉ đạo 57", grants: ["EDITOR", "APPROVER", "COORDINATOR"] },
];
const user = (key: string) => id("'gu'", "c.n", `'${key}'`);
const username = (key: string) => `'${key}.' || lower(split_part(c.code, '.', 2))`;

function users(): BatchStatement {
  return {
    name: "users",
    sql: auditedInsert({
      ctes: [COMMUNES_CTE],
      table: "app_user",
      entityType: "User",
      columns: ["id", "username", "display_name", "organisation_id", "password_hash", "search_text", "version"],
      select: USERS.map(
        (u) => `SELECT ${user(u.key)} AS id, ${username(u.key)} AS username, '${u.display} ' || c.unit || ' ' || c.place AS display_name,
                       ${body(u.org)} AS organisation_id, $4::text AS password_hash,
                       ${username(u.key)} || ' ${fold(u.display)} ' || c.unit_fold || ' ' || c.place_fold AS search_text, 1 AS version, ${body(u.org)} AS audit_org FROM c`,
      ).join("\nUNION ALL\n"),
    }),
  };
}

/** Grants on the body with its sub-units; the Ban Chỉ đạo coordinates the whole commune. */
function grants(): BatchStatement {
  const rows = USERS.flatMap((u) =>
    u.grants.map((role) => {
      const locality = role === "COORDINATOR";
      return `SELECT ${id("'gg'", "c.n", `'${u.key}'`, `'${role}'`)} AS id, ${user(u.key)} AS user_id, '${role}'::role AS role,
                     ${locality ? "NULL::uuid" : body(u.org)} AS organisation_id, ${!locality} AS include_subunits,
                     ${locality ? LOCALITY : "NULL::uuid"} AS locality_id, ${body(u.org)} AS audit_org FROM c`;
    }),
  );
  return {
    name: "grants",
    sql: auditedInsert({
      ctes: [COMMUNES_CTE],
      table: "role_grant",
      entityType: "RoleGrant",
      columns: ["id", "user_id", "role", "organisation_id", "include_subunits", "locality_id"],
      select: rows.join("\nUNION ALL\n"),
    }),
  };
}

export function directoryStatements(centralLocality: string, passwordHash: string): BatchStatement[] {
  return [localities(centralLocality), organisations(), { ...users(), values: [passwordHash] }, grants()];
}
