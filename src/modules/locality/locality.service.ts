import { randomUUID } from "node:crypto";
import type { Context } from "../../context";
import { requireActor } from "../../auth/actor";
import { canAdministerLocality } from "../../auth/policy";
import { badInput, ConflictError, ForbiddenError, NotFoundError } from "../../errors";
import { fromGlobalId } from "../../node";
import { paginate, type PageArgs } from "../../pagination";
import { searchCondition, searchKey } from "../../text";
import { auditedWrite, snapshot } from "../audit/audit.service";
import { Locality, LocalityLevel } from "./locality.entity";
import type { CreateLocalityInput, LocalityFilter, UpdateLocalityInput } from "./locality.inputs";
import { lockAtVersion } from "../../transaction";

const CHILD_LEVEL: Record<LocalityLevel, LocalityLevel | undefined> = {
  [LocalityLevel.CENTRAL]: LocalityLevel.PROVINCE,
  [LocalityLevel.PROVINCE]: LocalityLevel.COMMUNE,
  [LocalityLevel.COMMUNE]: undefined,
};

export function localitySearchText(locality: Pick<Locality, "name" | "code">): string {
  return searchKey(`${locality.name} ${locality.code}`);
}

/** Localities are public reference data: every signed-in user may read them. */
export async function getLocality(ctx: Context, globalId: string, field = "id"): Promise<Locality> {
  requireActor(ctx);
  const locality = await ctx.loaders.locality.load(fromGlobalId(globalId, "Locality", field));
  if (!locality) throw new NotFoundError("Locality");
  return locality;
}

export async function listLocalities(ctx: Context, filter: LocalityFilter = {}, page: PageArgs = {}) {
  requireActor(ctx);
  const query = ctx.db.getRepository(Locality).createQueryBuilder("l");
  if (filter.level) query.andWhere("l.level = :level", { level: filter.level });
  if (filter.parentId) query.andWhere("l.parent_id = :parentId", { parentId: fromGlobalId(filter.parentId, "Locality", "filter.parentId") });
  if (filter.search) {
    const search = searchCondition("l.search_text", filter.search);
    query.andWhere(search.sql, search.params);
  }
  return paginate(query, page, { column: "l.code", value: (l) => l.code });
}

async function assertCodeFree(ctx: Context, code: string, exceptId?: string): Promise<void> {
  const existing = await ctx.db.getRepository(Locality).findOneBy({ code });
  if (existing && existing.id !== exceptId) {
    throw new ConflictError(`Mã địa bàn ${code} đã tồn tại`, `Locality code ${code} is already used`, { field: "code" });
  }
}

/** Creates a locality under a parent the caller administers; the level must be the parent's next one. */
export async function createLocality(ctx: Context, input: CreateLocalityInput): Promise<Locality> {
  const actor = requireActor(ctx);
  let parent: Locality | undefined;
  if (input.level === LocalityLevel.CENTRAL) {
    if (input.parentId) throw badInput("parentId", "cấp Trung ương không có cấp trên / a CENTRAL locality has no parent");
  } else {
    if (!input.parentId) throw badInput("parentId", "bắt buộc / required");
    parent = await getLocality(ctx, input.parentId, "parentId");
    if (CHILD_LEVEL[parent.level] !== input.level) {
      throw badInput("level", `cấp ${input.level} không thể thuộc cấp ${parent.level} / a ${input.level} cannot sit under a ${parent.level}`);
    }
  }
  if (!canAdministerLocality(actor, parent?.path ?? [])) throw new ForbiddenError("Only an administrator of the parent locality may create localities");
  await assertCodeFree(ctx, input.code);
  return auditedWrite(ctx, async (tx) => {
    const repository = tx.db.getRepository(Locality);
    const id = randomUUID();
    const locality = repository.create({ id, level: input.level, code: input.code, name: input.name, parentId: parent?.id ?? null, path: [...(parent?.path ?? []), id] });
    locality.searchText = localitySearchText(locality);
    const saved = await repository.save(locality);
    return { result: saved, audit: { action: "locality.create", entityType: "Locality", entityId: saved.id, organisationId: null, before: null, after: snapshot(saved) } };
  });
}

/** Renames or recodes a locality; takes the version the change is based on. */
export async function updateLocality(ctx: Context, input: UpdateLocalityInput): Promise<Locality> {
  const actor = requireActor(ctx);
  const current = await getLocality(ctx, input.id);
  if (!canAdministerLocality(actor, current.path)) throw new ForbiddenError("Only an administrator of this locality may change it");
  if (input.code != null) await assertCodeFree(ctx, input.code, current.id);
  return auditedWrite(ctx, async (tx) => {
    const repository = tx.db.getRepository(Locality);
    const locked = await lockAtVersion(tx, Locality, { id: current.id, expectedVersion: input.expectedVersion, name: "Locality" });
    const before = snapshot(locked);
    if (input.code != null) locked.code = input.code;
    if (input.name != null) locked.name = input.name;
    locked.searchText = localitySearchText(locked);
    const saved = await repository.save(locked);
    return { result: saved, audit: { action: "locality.update", entityType: "Locality", entityId: saved.id, organisationId: null, before, after: snapshot(saved) } };
  });
}
