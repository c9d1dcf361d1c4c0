import { randomUUID } from "node:crypto";
import type { EntityManager } from "typeorm";
import { authorize, can, canSeeOrganisation, visibleOrganisationsSql, type OrgTarget } from "../../auth/policy";
import type { Context } from "../../context";
import { requireActor } from "../../auth/actor";
import { badInput, ConflictError, ForbiddenError, NotFoundError } from "../../errors";
import { fromGlobalId } from "../../node";
import { paginate, type PageArgs } from "../../pagination";
import { searchCondition, searchKey } from "../../text";
import { auditedWrite, snapshot } from "../audit/audit.service";
import { getLocality } from "../locality/locality.service";
import { Organisation } from "./organisation.entity";
import type { CreateOrganisationInput, OrganisationFilter, UpdateOrganisationInput } from "./organisation.inputs";
import { lockAtVersion } from "../../transaction";

export function organisationSearchText(o: Pick<Organisation, "name" | "shortName" | "code">): string {
  return searchKey([o.name, o.shortName, o.code].filter(Boolean).join(" "));
}

/** The scope description of an organisation, for the policy module; undefined if it does not exist. */
export function organisationTarget(ctx: Context, organisationId: string): Promise<OrgTarget | undefined> {
  return ctx.loaders.orgTarget.load(organisationId);
}

/** Loads an organisation the caller may see; anything else is NOT_FOUND. */
export async function getOrganisation(ctx: Context, globalId: string, field = "id"): Promise<Organisation> {
  const actor = requireActor(ctx);
  const id = fromGlobalId(globalId, "Organisation", field);
  const target = await organisationTarget(ctx, id);
  const organisation = target && canSeeOrganisation(actor, target) ? await ctx.loaders.organisation.load(id) : undefined;
  if (!organisation) throw new NotFoundError("Organisation");
  return organisation;
}

/** A related organisation (parent, superior) shown only when the caller may see it. */
export async function visibleOrganisation(ctx: Context, id: string | null): Promise<Organisation | null> {
  if (!id || !ctx.actor) return null;
  const target = await organisationTarget(ctx, id);
  return target && canSeeOrganisation(ctx.actor, target) ? ((await ctx.loaders.organisation.load(id)) ?? null) : null;
}

export async function listOrganisations(ctx: Context, filter: OrganisationFilter = {}, page: PageArgs = {}) {
  const actor = requireActor(ctx);
  const scope = visibleOrganisationsSql(actor, "o");
  const query = ctx.db.getRepository(Organisation).createQueryBuilder("o").where(scope.sql, scope.params);
  if (filter.localityId) {
    const localityId = fromGlobalId(filter.localityId, "Locality", "filter.localityId");
    query.andWhere("o.locality_id IN (SELECT f.id FROM locality f WHERE f.path @> ARRAY[CAST(:localityId AS uuid)])", { localityId });
  }
  if (filter.kinds?.length) query.andWhere("o.kind IN (:...kinds)", { kinds: filter.kinds });
  if (filter.blocs?.length) query.andWhere("o.bloc IN (:...blocs)", { blocs: filter.blocs });
  if (filter.parentId) query.andWhere("o.parent_id = :parentId", { parentId: fromGlobalId(filter.parentId, "Organisation", "filter.parentId") });
  if (filter.search) {
    const search = searchCondition("o.search_text", filter.search);
    query.andWhere(search.sql, search.params);
  }
  return paginate(query, page, { column: "o.code", value: (o) => o.code });
}

async function assertCodeFree(manager: EntityManager, code: string, exceptId?: string): Promise<void> {
  const existing = await manager.getRepository(Organisation).findOneBy({ code });
  if (existing && existing.id !== exceptId) {
    throw new ConflictError(`Mã cơ quan ${code} đã tồn tại`, `Organisation code ${code} is already used`, { field: "code" });
  }
}

async function relatedOrganisation(ctx: Context, globalId: string, field: string): Promise<Organisation> {
  return getOrganisation(ctx, globalId, field);
}

/** Creates an organisation in a locality the caller administers. */
export async function createOrganisation(ctx: Context, input: CreateOrganisationInput): Promise<Organisation> {
  const actor = requireActor(ctx);
  const locality = await getLocality(ctx, input.localityId, "localityId");
  const parent = input.parentId ? await relatedOrganisation(ctx, input.parentId, "parentId") : undefined;
  if (parent && parent.localityId !== locality.id) throw badInput("parentId", "cơ quan cha phải cùng địa bàn / the parent must be in the same locality");
  const superior = input.superiorId ? await relatedOrganisation(ctx, input.superiorId, "superiorId") : undefined;
  const id = randomUUID();
  const path = [...(parent?.path ?? []), id];
  if (!can(actor, "administer", { organisationId: id, orgPath: path, localityPath: locality.path, bloc: input.bloc })) {
    throw new ForbiddenError("Only an administrator of this locality may create organisations in it");
  }
  return auditedWrite(ctx, async (tx) => {
    await assertCodeFree(tx.db, input.code);
    const repository = tx.db.getRepository(Organisation);
    const organisation = repository.create({
      id,
      kind: input.kind,
      bloc: input.bloc,
      code: input.code,
      name: input.name,
      shortName: input.shortName ?? null,
      localityId: locality.id,
      parentId: parent?.id ?? null,
      superiorId: superior?.id ?? null,
      path,
    });
    organisation.searchText = organisationSearchText(organisation);
    const saved = await repository.save(organisation);
    return { result: saved, audit: { action: "organisation.create", entityType: "Organisation", entityId: id, organisationId: id, before: null, after: snapshot(saved) } };
  });
}

/** Moves an organisation and its whole subtree under a new parent (or to the top). */
async function reparent(manager: EntityManager, organisation: Organisation, parent: Organisation | undefined): Promise<void> {
  if (parent?.path.includes(organisation.id)) throw badInput("parentId", "không thể đặt dưới chính nó / cannot move under itself");
  const newPrefix = parent?.path ?? [];
  await manager.query(
    `UPDATE organisation
        SET path = $2::uuid[] || path[array_position(path, $1::uuid):]
      WHERE path @> ARRAY[$1::uuid]`,
    [organisation.id, newPrefix],
  );
  organisation.parentId = parent?.id ?? null;
  organisation.path = [...newPrefix, organisation.id];
}

/** Changes an organisation's record; only an administrator whose scope covers it may. */
export async function updateOrganisation(ctx: Context, input: UpdateOrganisationInput): Promise<Organisation> {
  const actor = requireActor(ctx);
  const current = await getOrganisation(ctx, input.id);
  const target = (await organisationTarget(ctx, current.id))!;
  authorize(actor, "administer", target, "Organisation");
  const parent = input.parentId ? await relatedOrganisation(ctx, input.parentId, "parentId") : undefined;
  if (parent && parent.localityId !== current.localityId) throw badInput("parentId", "cơ quan cha phải cùng địa bàn / the parent must be in the same locality");
  const superior = input.superiorId ? await relatedOrganisation(ctx, input.superiorId, "superiorId") : undefined;
  return auditedWrite(ctx, async (tx) => {
    const repository = tx.db.getRepository(Organisation);
    const locked = await lockAtVersion(tx, Organisation, { id: current.id, expectedVersion: input.expectedVersion, name: "Organisation" });
    const before = snapshot(locked);
    if (input.code != null) {
      await assertCodeFree(tx.db, input.code, locked.id);
      locked.code = input.code;
    }
    if (input.name != null) locked.name = input.name;
    if (input.shortName != null) locked.shortName = input.shortName;
    if (input.kind != null) locked.kind = input.kind;
    if (input.bloc != null) locked.bloc = input.bloc;
    if (superior) locked.superiorId = superior.id;
    if (parent && parent.id !== locked.parentId) await reparent(tx.db, locked, parent);
    locked.searchText = organisationSearchText(locked);
    const saved = await repository.save(locked);
    return { result: saved, audit: { action: "organisation.update", entityType: "Organisation", entityId: saved.id, organisationId: saved.id, before, after: snapshot(saved) } };
  });
}
