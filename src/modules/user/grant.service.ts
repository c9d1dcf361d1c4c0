import { canAdministerLocality, can } from "../../auth/policy";
import type { Context } from "../../context";
import { requireActor } from "../../auth/actor";
import { badInput, ConflictError, ForbiddenError, NotFoundError } from "../../errors";
import { fromGlobalId } from "../../node";
import { auditedWrite, snapshot } from "../audit/audit.service";
import { getLocality } from "../locality/locality.service";
import { getOrganisation, organisationTarget } from "../organisation/organisation.service";
import { RoleGrant } from "./role-grant.entity";
import type { GrantRoleInput } from "./user.inputs";
import { getUser } from "./user.service";

/** Whether the actor administers the scope a grant gives: one cannot hand out more than one holds. */
async function administersScope(ctx: Context, grant: Pick<RoleGrant, "organisationId" | "localityId">): Promise<boolean> {
  const actor = requireActor(ctx);
  if (grant.localityId) {
    const locality = await ctx.loaders.locality.load(grant.localityId);
    return !!locality && canAdministerLocality(actor, locality.path);
  }
  const target = await organisationTarget(ctx, grant.organisationId!);
  return !!target && can(actor, "administer", target);
}

/**
 * Grants a role over an organisation (optionally with sub-units) or a locality. Administrators
 * may not grant roles to themselves (separation of duties).
 */
export async function grantRole(ctx: Context, input: GrantRoleInput): Promise<RoleGrant> {
  const actor = requireActor(ctx);
  if (!!input.organisationId === !!input.localityId) throw badInput("organisationId", "cần đúng một trong organisationId, localityId / give exactly one of organisationId and localityId");
  if (input.localityId && input.includeSubunits) throw badInput("includeSubunits", "chỉ dùng với organisationId / only applies to an organisation scope");
  const user = await getUser(ctx, input.userId, "userId");
  if (user.id === actor.userId) throw new ForbiddenError("Administrators may not grant roles to themselves");
  const organisation = input.organisationId ? await getOrganisation(ctx, input.organisationId, "organisationId") : undefined;
  const locality = input.localityId ? await getLocality(ctx, input.localityId, "localityId") : undefined;
  const scope = { organisationId: organisation?.id ?? null, localityId: locality?.id ?? null };
  const userTarget = await organisationTarget(ctx, user.organisationId);
  if (!(await administersScope(ctx, scope)) || !userTarget || !can(actor, "administer", userTarget)) {
    throw new ForbiddenError("Only an administrator of both the user and the scope may grant this role");
  }
  return auditedWrite(ctx, async (tx) => {
    const repository = tx.db.getRepository(RoleGrant);
    const duplicate = await repository.findOneBy({ userId: user.id, role: input.role, ...(scope.organisationId ? { organisationId: scope.organisationId } : { localityId: scope.localityId! }) });
    if (duplicate) throw new ConflictError("Quyền này đã được giao", "This role is already granted over this scope", { grantId: duplicate.id });
    const grant = await repository.save(repository.create({ userId: user.id, role: input.role, ...scope, includeSubunits: !!input.includeSubunits }));
    return { result: grant, audit: { action: "user.grant_role", entityType: "RoleGrant", entityId: grant.id, organisationId: user.organisationId, before: null, after: snapshot(grant) } };
  });
}

/** Revokes a grant; it stops working on the next request. */
export async function revokeRole(ctx: Context, grantGlobalId: string): Promise<RoleGrant> {
  const actor = requireActor(ctx);
  const id = fromGlobalId(grantGlobalId, "RoleGrant", "grantId");
  const grant = await ctx.db.getRepository(RoleGrant).findOneBy({ id });
  if (!grant) throw new NotFoundError("RoleGrant");
  if (grant.userId === actor.userId) throw new ForbiddenError("Administrators may not change their own grants");
  if (!(await administersScope(ctx, grant))) throw new NotFoundError("RoleGrant");
  return auditedWrite(ctx, async (tx) => {
    const owner = await tx.db.getRepository(RoleGrant).findOneBy({ id });
    if (!owner) throw new NotFoundError("RoleGrant");
    await tx.db.getRepository(RoleGrant).delete({ id });
    const holder = await tx.loaders.user.load(owner.userId);
    return { result: owner, audit: { action: "user.revoke_role", entityType: "RoleGrant", entityId: id, organisationId: holder?.organisationId ?? null, before: snapshot(owner), after: null } };
  });
}
