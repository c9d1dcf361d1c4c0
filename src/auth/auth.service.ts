import type { Context } from "../context";
import { UnauthenticatedError } from "../errors";
import { auditedWrite } from "../modules/audit/audit.service";
import { User } from "../modules/user/user.entity";
import { signToken } from "./jwt";
import { assertMayTryLogin, clearLoginFailures, recordLoginFailure } from "./login-throttle";
import { verifyPassword } from "./password";

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: User;
}

/**
 * Exchanges a username and password for a short-lived token. Unknown users, wrong passwords and
 * disabled users get the same error after the same work, so accounts cannot be enumerated; after
 * repeated failures from one address, the next attempt from there must wait (RATE_LIMITED with
 * retryAfterSeconds; login-throttle.ts), while the same account from elsewhere is not slowed.
 */
export async function login(ctx: Context, username: string, password: string): Promise<LoginResult> {
  const name = username.trim().toLowerCase();
  const attempt = { username: name, address: ctx.clientAddress ?? "unknown" };
  await assertMayTryLogin(ctx.db.connection, attempt);
  const user = await ctx.db.getRepository(User).createQueryBuilder("u").addSelect("u.passwordHash").where("u.username = :name", { name }).getOne();
  const valid = await verifyPassword(user?.passwordHash, password);
  if (!user || !valid || user.disabled) {
    await recordLoginFailure(ctx.db.connection, attempt);
    throw new UnauthenticatedError();
  }
  await clearLoginFailures(ctx.db.connection, attempt);
  delete user.passwordHash;
  const { token, expiresAt } = signToken(ctx.config.jwt, { sub: user.id, username: user.username });
  return auditedWrite(
    ctx,
    async () => ({
      result: { token, expiresAt, user },
      audit: { action: "user.login", entityType: "User", entityId: user.id, organisationId: user.organisationId, before: null, after: null },
    }),
    { userId: user.id, username: user.username },
  );
}
