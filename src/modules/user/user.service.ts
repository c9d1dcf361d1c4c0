import { can, organisationScopeSql } from "../../auth/policy";
import { hashPassword } from "../../auth/password";
import type { Context } from "../../context";
import { requireActor } from "../../auth/actor";
import { ConflictError, ForbiddenError, NotFoundError } from "../../errors";
import { fromGlobalId } from "../../node";
import { paginate, type PageArgs } from "../../pagination";
import { searchCondition, searchKey } from "../../text";
import { auditedWrite, snapshot } from "../audit/audit.service";
import { getOrganisation, organisationTarget } from "../organisation/organisation.service";
import { User } from "./user.entity";
import type { CreateUserInput, UpdateUserInput, UserFilter } from "./user.inputs";
import { lockAtVersion } from "../../transaction";

export function userSearchText(user: Pick<User, "username" | "displayName">): string {
  return searchKey(`${user.username} ${user.displayName}`);
}

/** Users are visible to themselves and to administrators and auditors whose scope covers their organisation. */
async function canSeeUser(ctx: Context, user: User): Promise<boolean> {
  const actor = requireActor(ctx);
  if (user.id === actor.userId) return true;
  const target = await organisationTarget(ctx, user.organisationId);
  return !!target && (can(actor, "administer", target) || can(actor, "audit", target));
}

export async function getUser(ctx: Context, globalId: string, field = "id"): Promise<User> {
  const user = await ctx.loaders.user.load(fromGlobalId(globalId, "User", field));
  if (!user || !(await canSeeUser(ctx, user))) throw new NotFoundError("User");
  return user;
}

export async function listUsers(ctx: Context, filter: UserFilter = {}, page: PageArgs = {}) {
  const actor = requireActor(ctx);
  const scope = organisationScopeSql(actor, ["administer", "audit"], "uo");
  const query = ctx.db
    .getRepository(User)
    .createQueryBuilder("u")
    .where(`(u.id = :self OR u.organisation_id IN (SELECT uo.id FROM organisation uo WHERE ${scope.sql}))`, { ...scope.params, self: actor.userId });
  if (filter.organisationId) query.andWhere("u.organisation_id = :orgId", { orgId: fromGlobalId(filter.organisationId, "Organisation", "filter.organisationId") });
  if (filter.disabled != null) query.andWhere("u.disabled = :disabled", { disabled: filter.disabled });
  if (filter.search) {
    const search = searchCondition("u.search_text", filter.search);
    query.andWhere(search.sql, search.params);
  }
  return paginate(query, page, { column: "u.username", value: (u) => u.username });
}

/** Administration of a user's account requires an ADMIN grant covering the user's organisation. */
async function assertAdministers(ctx: Context, organisationId: string): Promise<void> {
  const target = await organisationTarget(ctx, organisationId);
  if (!target || !can(requireActor(ctx), "administer", target)) throw new ForbiddenError("Only an administrator of this organisation may manage its users");
}

export async function createUser(ctx: Context, input: CreateUserInput): Promise<User> {
  const organisation = await getOrganisation(ctx, input.organisationId, "organisationId");
  await assertAdministers(ctx, organisation.id);
  const passwordHash = await hashPassword(input.password);
  return auditedWrite(ctx, async (tx) => {
    const repository = tx.db.getRepository(User);
    if (await repository.existsBy({ username: input.username })) {
      throw new ConflictError(`Tên đăng nhập ${input.username} đã tồn tại`, `Username ${input.username} is taken`, { field: "username" });
    }
    const user = repository.create({
      username: input.username,
      displayName: input.displayName,
      organisationId: organisation.id,
      passwordHash,
      clearance: input.clearance,
    });
    user.searchText = userSearchText(user);
    await repository.save(user);
    const saved = await repository.findOneByOrFail({ id: user.id });
    return { result: saved, audit: { action: "user.create", entityType: "User", entityId: saved.id, organisationId: saved.organisationId, before: null, after: snapshot(saved) } };
  });
}

/** Changes a user's profile, organisation, clearance, password or disabled flag (which stops their tokens at once). */
export async function updateUser(ctx: Context, input: UpdateUserInput): Promise<User> {
  const current = await getUser(ctx, input.id);
  await assertAdministers(ctx, current.organisationId);
  const organisation = input.organisationId ? await getOrganisation(ctx, input.organisationId, "organisationId") : undefined;
  if (organisation) await assertAdministers(ctx, organisation.id);
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return auditedWrite(ctx, async (tx) => {
    const repository = tx.db.getRepository(User);
    const locked = await lockAtVersion(tx, User, { id: current.id, expectedVersion: input.expectedVersion, name: "User" });
    const before = snapshot(locked);
    if (input.displayName != null) locked.displayName = input.displayName;
    if (organisation) locked.organisationId = organisation.id;
    if (input.disabled != null) locked.disabled = input.disabled;
    if (input.clearance != null) locked.clearance = input.clearance;
    if (passwordHash) locked.passwordHash = passwordHash;
    locked.searchText = userSearchText(locked);
    await repository.save(locked);
    const saved = await repository.findOneByOrFail({ id: locked.id });
    const after = { ...snapshot(saved), ...(passwordHash ? { passwordChanged: true } : {}) };
    return { result: saved, audit: { action: "user.update", entityType: "User", entityId: saved.id, organisationId: saved.organisationId, before, after } };
  });
}
