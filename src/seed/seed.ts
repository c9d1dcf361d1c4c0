import { randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { hashPassword } from "../auth/password";
import { Locality } from "../modules/locality/locality.entity";
import { localitySearchText } from "../modules/locality/locality.service";
import { organisationSearchText } from "../modules/organisation/organisation.service";
import { userSearchText } from "../modules/user/user.service";
import { Organisation } from "../modules/organisation/organisation.entity";
import { RoleGrant } from "../modules/user/role-grant.entity";
import { User } from "../modules/user/user.entity";
import { DEMO_LOCALITIES, DEMO_ORGANISATIONS } from "./demo-organisations";
import { DEMO_USERS } from "./demo-users";
import { recordSeedEvent } from "./seed-audit";
import { seedDocuments } from "./seed-documents";
import { seedReportContent } from "./seed-reports";
import { seedWork } from "./seed-work";

async function seedLocalities(manager: EntityManager): Promise<Map<string, Locality>> {
  const byCode = new Map((await manager.find(Locality)).map((l) => [l.code, l]));
  for (const demo of DEMO_LOCALITIES) {
    if (byCode.has(demo.code)) continue;
    const parent = demo.parent ? byCode.get(demo.parent)! : undefined;
    const id = randomUUID();
    const locality = await manager.save(
      manager.create(Locality, {
        id,
        level: demo.level,
        code: demo.code,
        name: demo.name,
        parentId: parent?.id ?? null,
        path: [...(parent?.path ?? []), id],
        searchText: localitySearchText(demo),
      }),
    );
    await recordSeedEvent(manager, "Locality", locality, null);
    byCode.set(demo.code, locality);
  }
  return byCode;
}

async function seedOrganisations(manager: EntityManager, localities: Map<string, Locality>): Promise<Map<string, Organisation>> {
  const byCode = new Map((await manager.find(Organisation)).map((o) => [o.code, o]));
  for (const demo of DEMO_ORGANISATIONS) {
    if (byCode.has(demo.code)) continue;
    const parent = demo.parent ? byCode.get(demo.parent)! : undefined;
    const id = randomUUID();
    const organisation = await manager.save(
      manager.create(Organisation, {
        id,
        kind: demo.kind,
        bloc: demo.bloc,
        code: demo.code,
        name: demo.name,
        shortName: demo.shortName ?? null,
        localityId: localities.get(demo.locality)!.id,
        parentId: parent?.id ?? null,
        superiorId: demo.superior ? byCode.get(demo.superior)!.id : null,
        path: [...(parent?.path ?? []), id],
        searchText: organisationSearchText({ name: demo.name, shortName: demo.shortName ?? null, code: demo.code }),
      }),
    );
    await recordSeedEvent(manager, "Organisation", organisation, organisation.id);
    byCode.set(demo.code, organisation);
  }
  return byCode;
}

async function seedUsers(manager: EntityManager, password: string, localities: Map<string, Locality>, organisations: Map<string, Organisation>): Promise<number> {
  const existing = new Set((await manager.find(User)).map((u) => u.username));
  const missing = DEMO_USERS.filter((demo) => !existing.has(demo.username));
  if (missing.length === 0) return 0;
  const passwordHash = await hashPassword(password);
  for (const demo of missing) {
    const organisationId = organisations.get(demo.organisation)!.id;
    const user = await manager.save(
      manager.create(User, {
        username: demo.username,
        displayName: demo.displayName,
        organisationId,
        passwordHash,
        clearance: demo.clearance,
        searchText: userSearchText(demo),
      }),
    );
    await recordSeedEvent(manager, "User", user, organisationId);
    for (const grant of demo.grants) {
      const saved = await manager.save(
        manager.create(RoleGrant, {
          userId: user.id,
          role: grant.role,
          organisationId: grant.organisation ? organisations.get(grant.organisation)!.id : null,
          includeSubunits: !!grant.organisation,
          localityId: grant.locality ? localities.get(grant.locality)!.id : null,
        }),
      );
      await recordSeedEvent(manager, "RoleGrant", saved, organisationId);
    }
  }
  return missing.length;
}

/**
 * Loads the demo localities, organisations, accounts, documents, tasks, indicators and measurements
 * drawn from the seed reports, and the reports' own text with figures linked to measurements
 * (unless `reportContent` is false: tests that import a seed report need its record empty).
 * Idempotent: only what is missing (by code or username) is added, in one transaction.
 */
export async function seedDemoData(dataSource: DataSource, options: { password: string; reportContent?: boolean }): Promise<{ usersCreated: number }> {
  return dataSource.transaction(async (manager) => {
    const localities = await seedLocalities(manager);
    const organisations = await seedOrganisations(manager, localities);
    const usersCreated = await seedUsers(manager, options.password, localities, organisations);
    const documents = await seedDocuments(manager, organisations);
    await seedWork(manager, organisations, documents);
    if (options.reportContent !== false) await seedReportContent(manager, documents);
    return { usersCreated };
  });
}
