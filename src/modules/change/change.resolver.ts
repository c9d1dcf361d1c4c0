import { GraphQLError } from "graphql";
import { Arg, Args, Authorized, Ctx, Query, Resolver, Root, Subscription } from "type-graphql";
import type { Context } from "../../context";
import { UnauthenticatedError } from "../../errors";
import { Role } from "../user/role-grant.entity";
import { decodeCursor, FEED_START, encodeCursor, feedKey } from "./change-cursor";
import { readFeedPage, toChange } from "./change-feed.service";
import { feedScope } from "./change-scope";
import { openChangeStream, type StreamItem } from "./change-stream";
import { Change, ChangeConnection, ChangeFilter, ChangesArgs, pageSize } from "./change.types";

const RULE = "changes of the organisations covered by the caller's AUDITOR or INTEGRATOR grants (documents within the caller's clearance)";

/** The change feed of the caller's scope: a page after a cursor. */
export async function listChanges(ctx: Context, args: ChangesArgs): Promise<ChangeConnection> {
  if (!ctx.actor) throw new UnauthenticatedError();
  const key = await feedKey(ctx.db);
  const after = args.after ? decodeCursor(key, args.after) : FEED_START;
  const scope = await feedScope(ctx.db, ctx.actor, args.filter);
  const page = await readFeedPage(ctx.db, scope, after, pageSize(args));
  const edges = page.rows.map((row) => {
    const node = toChange(key, row);
    return { cursor: node.cursor, node };
  });
  return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: encodeCursor(key, page.end) } };
}

@Resolver(() => Change)
export class ChangeResolver {
  @Authorized(Role.AUDITOR, Role.INTEGRATOR)
  @Query(() => ChangeConnection, {
    description: `Dòng thay đổi: ${RULE}, in feed order (by writing transaction, then sequence), gap-free: a change appears once every older transaction has ended, so paging on from endCursor never misses or repeats one`,
  })
  changes(@Ctx() ctx: Context, @Args() args: ChangesArgs): Promise<ChangeConnection> {
    return listChanges(ctx, args);
  }

  @Authorized(Role.AUDITOR, Role.INTEGRATOR)
  @Subscription(() => Change, {
    description: `The same changes as \`changes\`, pushed as they commit on any instance (${RULE}). With \`after\`, first every change since that cursor, then live; without, from now on. Stops when the caller is disabled or loses the grants`,
    subscribe: ({ context, args }) => openChangeStream(context as Context, { filter: args.filter ?? undefined, after: args.after ?? undefined }),
  })
  changed(
    @Root() change: StreamItem,
    @Arg("filter", () => ChangeFilter, { nullable: true }) _filter?: ChangeFilter,
    @Arg("after", () => String, { nullable: true }) _after?: string,
  ): Change {
    // The stream ends with an error (grant revoked, user disabled): the client gets it, with its code.
    if (change instanceof GraphQLError) throw change;
    return change;
  }
}
