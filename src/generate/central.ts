import type { ClientBase } from "pg";
import { fold, PROVINCE_BODIES, PROVINCES } from "./shape";
import { GENERATOR_ACTOR, GENERATOR_SOURCE, id, textArray } from "./sql";

/** Ids the commune statements point at: the root resolution everything rests on. */
export interface Central {
  root57: string;
  /** The locality Trung ương. */
  vn: string;
}

const AUDIT = (type: string, org: string) => `INSERT INTO audit_event (action, entity_type, entity_id, organisation_id, actor_username, after)
  SELECT '${type.toLowerCase()}.generate', '${type}', ins.id, ${org}, '${GENERATOR_ACTOR}', to_jsonb(ins) - 'search_text' - 'password_hash' FROM ins`;

async function one(client: ClientBase, sql: string, values: unknown[] = []): Promise<string | undefined> {
  const { rows } = await client.query(sql, values);
  return rows[0]?.id;
}

/** A central organisation by code (the demo data may hold it already). */
async function centralBody(client: ClientBase, vn: string, code: string, kind: string, bloc: string, name: string, short: string): Promise<string> {
  await client.query(
    `WITH ins AS (INSERT INTO organisation (id, kind, bloc, code, name, short_name, locality_id, path, search_text, version)
       SELECT x.id, $2::organisation_kind, $3::bloc, $1, $4, $5, $6, ARRAY[x.id], $7, 1 FROM (SELECT gen_random_uuid() AS id) x
       ON CONFLICT (code) DO NOTHING RETURNING *) ${AUDIT("Organisation", "ins.id")}`,
    [code, kind, bloc, name, short, vn, fold(`${name} ${short} ${code}`)],
  );
  return (await one(client, `SELECT id FROM organisation WHERE code = $1`, [code]))!;
}

/** A central document found by reference and type, else created as verified. */
async function centralDocument(client: ClientBase, doc: { type: string; reference: string; number: string; symbol: string; system: string; typeCode: string; issuerCode: string; issuerId: string; issuedOn: string; title: string; label: string }): Promise<string> {
  const found = await one(client, `SELECT id FROM document WHERE reference = $1 AND type = $2::document_type ORDER BY verified DESC, created_at LIMIT 1`, [doc.reference, doc.type]);
  if (found) return found;
  return (await one(
    client,
    `WITH ins AS (INSERT INTO document (type, number, symbol, reference_as_written, reference, reference_system, type_code, issuer_code, issuer_id, issuer_key,
                                        issued_on, issued_year, title, search_text, source_system, external_id, version)
       VALUES ($1::document_type, $2, $3, $4, $4, $5, $6, $7, $8::uuid, $8::uuid::text, $9::date, extract(year FROM $9::date)::int, $10, $11, '${GENERATOR_SOURCE}', $4, 1)
       RETURNING *), ev AS (${AUDIT("Document", "ins.issuer_id")}) SELECT id FROM ins`,
    [doc.type, doc.number, doc.symbol, doc.reference, doc.system, doc.typeCode, doc.issuerCode, doc.issuerId, doc.issuedOn, doc.title, fold(`${doc.label} ${doc.reference} ${doc.title}`)],
  ))!;
}

/**
 * Trung ương, 57-NQ/TW (Bộ Chính trị) and 03/NQ-CP implementing it, then the 34 provinces with
 * their bodies, their two plans based on 57-NQ/TW, an editor of the People's Committee and an
 * auditor over the province. Safe to run again: what exists is kept.
 */
export async function generateCentral(client: ClientBase, passwordHash: string): Promise<Central> {
  await client.query(
    `WITH ins AS (INSERT INTO locality (id, level, code, name, path, search_text, version)
       SELECT x.id, 'CENTRAL', 'VN', 'Trung ương', ARRAY[x.id], 'trung uong vn', 1 FROM (SELECT gen_random_uuid() AS id) x
       ON CONFLICT (code) DO NOTHING RETURNING *) ${AUDIT("Locality", "NULL::uuid")}`,
  );
  const vn = (await one(client, `SELECT id FROM locality WHERE code = 'VN'`))!;
  const bct = await centralBody(client, vn, "TW.BCT", "CENTRAL_AGENCY", "PARTY", "Bộ Chính trị", "BCT");
  const cp = await centralBody(client, vn, "TW.CP", "CENTRAL_AGENCY", "GOVERNMENT", "Chính phủ", "CP");
  const root57 = await centralDocument(client, { type: "RESOLUTION", reference: "57-NQ/TW", number: "57", symbol: "NQ/TW", system: "PARTY", typeCode: "NQ", issuerCode: "TW", issuerId: bct, issuedOn: "2024-12-22", label: "Nghị quyết", title: "Về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia" });
  const nq03 = await centralDocument(client, { type: "RESOLUTION", reference: "3/NQ-CP", number: "3", symbol: "NQ-CP", system: "STATE", typeCode: "NQ", issuerCode: "CP", issuerId: cp, issuedOn: "2025-01-09", label: "Nghị quyết", title: "Ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW" });
  await client.query(
    `WITH ins AS (INSERT INTO legal_basis (from_document_id, to_document_id, relation, citation_text) VALUES ($1, $2, 'IMPLEMENTS', 'Nghị quyết số 57-NQ/TW')
       ON CONFLICT DO NOTHING RETURNING *) ${AUDIT("LegalBasis", `(SELECT issuer_id FROM document WHERE id = ins.from_document_id)`)}`,
    [nq03, root57],
  );
  await generateProvinces(client, vn, root57, nq03, passwordHash);
  return { root57, vn };
}

async function generateProvinces(client: ClientBase, vn: string, root57: string, nq03: string, passwordHash: string): Promise<void> {
  const p = `g.p`;
  const provinces = `g AS (SELECT p, (${textArray(PROVINCES)})[p] AS name, 'G' || lpad(p::text, 2, '0') AS code FROM generate_series(1, ${PROVINCES.length}) p)`;
  const locality = id("'gp'", p);
  await client.query(
    `WITH ${provinces}, ins AS (INSERT INTO locality (id, level, code, name, parent_id, path, search_text, version)
       SELECT ${locality}, 'PROVINCE', g.code, g.name, $1::uuid, ARRAY[$1::uuid, ${locality}], lower(g.code), 1 FROM g
       ON CONFLICT (code) DO NOTHING RETURNING *) ${AUDIT("Locality", "NULL::uuid")}`,
    [vn],
  );
  // Folded names are computed here: PostgreSQL has no unaccent without an extension.
  await client.query(`UPDATE locality SET search_text = f.search_text FROM unnest($1::text[], $2::text[]) AS f(code, search_text) WHERE locality.code = f.code AND locality.search_text <> f.search_text`, [
    PROVINCES.map((_, i) => `G${String(i + 1).padStart(2, "0")}`),
    PROVINCES.map((name, i) => fold(`${name} G${String(i + 1).padStart(2, "0")}`)),
  ]);
  for (const body of PROVINCE_BODIES) {
    const org = id("'gpo'", p, `'${body.key}'`);
    const parent = body.parent ? id("'gpo'", p, `'${body.parent}'`) : null;
    await client.query(
      `WITH ${provinces}, ins AS (INSERT INTO organisation (id, kind, bloc, code, name, short_name, locality_id, parent_id, path, search_text, version)
         SELECT ${org}, '${body.kind}', '${body.bloc}', g.code || '.${body.key}', '${body.name} ' || lower(left(g.name, 1)) || substr(g.name, 2), '${body.shortName}',
                ${locality}, ${parent ?? "NULL"}, ${parent ? `ARRAY[${parent}, ${org}]` : `ARRAY[${org}]`},
                '${fold(body.name)} ' || ($1::text[])[g.p] || ' ${fold(body.shortName)} ' || lower(g.code) || '.${body.key.toLowerCase()}', 1 FROM g
         ON CONFLICT (code) DO NOTHING RETURNING *) ${AUDIT("Organisation", "ins.id")}`,
      [PROVINCES.map((name) => fold(name))],
    );
  }
  const plans = [
    { key: "TU", issuer: "TU", reference: "01-KH/TU", number: "01", symbol: "KH/TU", system: "PARTY", issuerCode: "TU", date: "2025-02-15", bases: [root57] },
    { key: "UBND", issuer: "UBND", reference: "05/KH-UBND", number: "05", symbol: "KH-UBND", system: "STATE", issuerCode: "UBND", date: "2025-03-01", bases: [root57, nq03] },
  ];
  for (const plan of plans) {
    const doc = id("'gpd'", p, `'${plan.key}'`);
    const issuer = id("'gpo'", p, `'${plan.issuer}'`);
    const title = "Kế hoạch thực hiện Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số";
    await client.query(
      `WITH ${provinces}, ins AS (INSERT INTO document (id, type, number, symbol, reference_as_written, reference, reference_system, type_code, issuer_code, issuer_id, issuer_key,
                                     issued_on, issued_year, title, search_text, source_system, external_id, plan_year, period_start, period_end, version)
         SELECT ${doc}, 'PLAN', '${plan.number}', '${plan.symbol}', '${plan.reference}', '${plan.reference}', '${plan.system}', 'KH', '${plan.issuerCode}', ${issuer}, (${issuer})::text,
                DATE '${plan.date}', 2025, '${title}', '${fold(`Kế hoạch ${plan.reference} ${title}`)} ' || ($1::text[])[g.p], '${GENERATOR_SOURCE}', g.code || ':${plan.key}:KH',
                2025, DATE '2025-01-01', DATE '2030-12-31', 1 FROM g
         ON CONFLICT (id) DO NOTHING RETURNING *) ${AUDIT("Document", "ins.issuer_id")}`,
      [PROVINCES.map((name) => fold(name))],
    );
    const bases = [...plan.bases.map((_, i) => `$${i + 1}::uuid`), ...(plan.key === "UBND" ? [id("'gpd'", p, "'TU'")] : [])];
    await client.query(
      `WITH ${provinces}, ins AS (INSERT INTO legal_basis (from_document_id, to_document_id, relation)
         SELECT ${doc}, b.to_id, 'BASED_ON' FROM g CROSS JOIN LATERAL (VALUES ${bases.map((b) => `(${b})`).join(", ")}) AS b(to_id)
         ON CONFLICT DO NOTHING RETURNING *) ${AUDIT("LegalBasis", `(SELECT issuer_id FROM document WHERE id = ins.from_document_id)`)}`,
      plan.bases,
    );
  }
  await generateProvinceUsers(client, provinces, passwordHash);
}

async function generateProvinceUsers(client: ClientBase, provinces: string, passwordHash: string): Promise<void> {
  const users = [
    { key: "ubnd", org: "UBND", display: "Chuyên viên Ủy ban nhân dân", clearance: "NONE", grants: [["EDITOR", "org"], ["APPROVER", "org"]] },
    { key: "auditor", org: "UBND.VP", display: "Thanh tra viên", clearance: "SECRET", grants: [["AUDITOR", "locality"]] },
  ];
  for (const user of users) {
    const userId = id("'gpu'", "g.p", `'${user.key}'`);
    await client.query(
      `WITH ${provinces}, ins AS (INSERT INTO app_user (id, username, display_name, organisation_id, password_hash, clearance, search_text, version)
         SELECT ${userId}, '${user.key}.' || lower(g.code), '${user.display} ' || g.name, ${id("'gpo'", "g.p", `'${user.org}'`)}, $1, '${user.clearance}',
                '${user.key}.' || lower(g.code) || ' ${fold(user.display)}', 1 FROM g
         ON CONFLICT DO NOTHING RETURNING *) ${AUDIT("User", "ins.organisation_id")}`,
      [passwordHash],
    );
    for (const [role, scope] of user.grants) {
      await client.query(
        `WITH ${provinces}, ins AS (INSERT INTO role_grant (id, user_id, role, organisation_id, include_subunits, locality_id)
           SELECT ${id("'gpg'", "g.p", `'${user.key}'`, `'${role}'`)}, ${userId}, '${role}',
                  ${scope === "org" ? id("'gpo'", "g.p", `'${user.org}'`) : "NULL"}, ${scope === "org"}, ${scope === "org" ? "NULL" : id("'gp'", "g.p")} FROM g
           ON CONFLICT DO NOTHING RETURNING *) ${AUDIT("RoleGrant", "(SELECT organisation_id FROM app_user WHERE id = ins.user_id)")}`,
      );
    }
  }
}
