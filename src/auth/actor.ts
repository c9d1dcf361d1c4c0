import { UnauthenticatedError } from "../errors";
import type { Actor } from "./policy";

/** The verified caller of a request; UNAUTHENTICATED when the request carries no token. */
export function requireActor(ctx: { actor?: Actor }): Actor {
  if (!ctx.actor) throw new UnauthenticatedError();
  return ctx.actor;
}
