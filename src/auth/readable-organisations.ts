import { readQuery } from "../db/read-query";
import type { Context } from "../context";
import { requireActor } from "./actor";
import { organisationIdsQuery, type Action } from "./policy";

/**
 * The ids of the organisations the caller may read (or audit, ...), computed once per request and
 * kept with the request's loaders, which a write replaces: after a write they are read again.
 */
const cache = new WeakMap<Context["loaders"], Map<string, Promise<string[]>>>();

export function scopeOrganisationIds(ctx: Context, actions: readonly Action[] = ["read"]): Promise<string[]> {
  let perRequest = cache.get(ctx.loaders);
  if (!perRequest) {
    perRequest = new Map();
    cache.set(ctx.loaders, perRequest);
  }
  const key = [...actions].sort().join(",");
  let ids = perRequest.get(key);
  if (!ids) {
    const query = organisationIdsQuery(requireActor(ctx), actions);
    ids = query ? readQuery<{ ids: string[] }>(ctx.db, query.text, query.values).then(([row]) => row.ids) : Promise.resolve([]);
    perRequest.set(key, ids);
  }
  return ids;
}
