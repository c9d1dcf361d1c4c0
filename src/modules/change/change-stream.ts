import type { GraphQLError } from "graphql";
import type { DataSource } from "typeorm";
import { hasRole, type Actor } from "../../auth/policy";
import type { Context } from "../../context";
import { ForbiddenError, UnauthenticatedError } from "../../errors";
import { loadActor } from "../user/actor.loader";
import { Role } from "../user/role-grant.entity";
import { comparePositions, decodeCursor, feedKey, laterOf, type FeedPosition } from "./change-cursor";
import { readFeedPage, rowPosition, toChange } from "./change-feed.service";
import { changeHubOf, type ChangeHub, type LiveStream, type TailRow } from "./change-hub";
import { checkFilter, feedScope, inScope, type FeedScope } from "./change-scope";
import type { Change, ChangeFilter } from "./change.types";

/** Replay reads this many changes a page, and waits for the client to take them before the next. */
const REPLAY_PAGE = 200;
/** A client this far behind the live feed is cut off; it reconnects with its last cursor and misses nothing. */
const MAX_QUEUED = 5000;
/** Without traffic, the caller is still checked this often (a disabled user's subscription ends). */
const RECHECK_MS = 10_000;
/** A replay that met a database error tries again after this long. */
const RETRY_MS = 1000;

/** What the iterator yields: a change, or an error that ends the subscription (the resolver throws it). */
export type StreamItem = Change | GraphQLError;

/**
 * One subscription `changed`: first the changes after its cursor, read from the feed page by page
 * as the client takes them, then live from the instance's hub. Before each delivery the caller is
 * loaded again (user, grants) so that a disabled user or a revoked grant stops it at once.
 */
class ChangeStream implements AsyncIterableIterator<StreamItem>, LiveStream {
  private live = false;
  private done = false;
  private readonly queue: StreamItem[] = [];
  private wakeReader?: () => void;
  private wakeReplay?: () => void;
  private sets = { organisations: new Set<string>(), localities: new Set<string>() };
  private readonly recheckTimer: NodeJS.Timeout;

  constructor(
    private readonly hub: ChangeHub,
    private readonly dataSource: DataSource,
    private readonly key: Buffer,
    private readonly userId: string,
    private readonly filter: ChangeFilter | undefined,
    private scope: FeedScope,
    private position: FeedPosition,
  ) {
    this.useScope(scope);
    this.recheckTimer = setInterval(() => void this.recheck().catch(() => undefined), RECHECK_MS);
    this.recheckTimer.unref();
  }

  begin(replay: boolean): void {
    this.hub.add(this);
    if (replay) void this.replay();
    else this.live = true;
  }

  private useScope(scope: FeedScope): void {
    this.scope = scope;
    this.sets = { organisations: new Set(scope.organisationIds), localities: new Set(scope.localityIds) };
  }

  /**
   * Loads the caller again: false when the subscription ended (with the reason) because they may
   * no longer follow the feed. A database error is thrown to the caller.
   */
  private async recheck(): Promise<boolean> {
    if (this.done) return false;
    const actor: Actor | undefined = await loadActor(this.dataSource.manager, this.userId);
    if (!actor) return this.fail(new UnauthenticatedError());
    if (!hasRole(actor, Role.AUDITOR) && !hasRole(actor, Role.INTEGRATOR)) return this.fail(new ForbiddenError("You may no longer follow the change feed"));
    this.useScope(await feedScope(this.dataSource.manager, actor, this.filter));
    return !this.done;
  }

  /** Reads from the stream's own position until it meets the hub; on a database error, again a little later. */
  private async replay(): Promise<void> {
    this.live = false;
    try {
      while (!this.done) {
        if (!(await this.recheck())) return;
        const page = await readFeedPage(this.dataSource.manager, this.scope, this.position, REPLAY_PAGE);
        for (const row of page.rows) this.push(toChange(this.key, row));
        this.position = page.end;
        // Synchronously with the hub's position: from here on every batch the hub reads starts at or before ours.
        if (!page.hasNextPage && comparePositions(this.position, this.hub.position) >= 0) {
          this.live = true;
          return;
        }
        if (this.queue.length) await new Promise<void>((resolve) => (this.wakeReplay = resolve));
      }
    } catch {
      if (!this.done) setTimeout(() => void this.replay(), RETRY_MS).unref();
    }
  }

  async deliver(rows: TailRow[], to: FeedPosition): Promise<void> {
    if (!this.live || this.done) return;
    const fresh = rows.filter((row) => comparePositions(rowPosition(row), this.position) > 0);
    if (fresh.some((row) => inScope(this.scope, row, this.sets))) {
      try {
        if (!(await this.recheck())) return;
      } catch {
        // The caller cannot be checked now: nothing is delivered, and the stream catches up by itself.
        void this.replay();
        return;
      }
      for (const row of fresh) if (inScope(this.scope, row, this.sets)) this.push(toChange(this.key, row));
    }
    this.position = laterOf(this.position, to);
    if (this.queue.length > MAX_QUEUED) this.fail(new ForbiddenError("The client fell too far behind; reconnect with the last cursor"));
  }

  private push(item: StreamItem): void {
    this.queue.push(item);
    this.wakeReader?.();
  }

  private fail(error: GraphQLError): false {
    if (!this.done) {
      this.queue.length = 0;
      this.push(error);
      this.close();
    }
    return false;
  }

  private close(): void {
    this.done = true;
    clearInterval(this.recheckTimer);
    this.hub.remove(this);
    this.wakeReader?.();
    this.wakeReplay?.();
  }

  end(): void {
    this.close();
  }

  async next(): Promise<IteratorResult<StreamItem>> {
    while (!this.queue.length && !this.done) await new Promise<void>((resolve) => (this.wakeReader = resolve));
    const item = this.queue.shift();
    if (!this.queue.length) this.wakeReplay?.();
    return item ? { value: item, done: false } : { value: undefined, done: true };
  }

  async return(): Promise<IteratorResult<StreamItem>> {
    this.close();
    return { value: undefined, done: true };
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

/**
 * Opens the stream of one `changed` subscription: BAD_USER_INPUT for a cursor the feed never
 * issued or a bad filter, before anything is read.
 */
export async function openChangeStream(ctx: Context, options: { filter?: ChangeFilter; after?: string }): Promise<AsyncIterable<StreamItem>> {
  if (!ctx.actor) throw new UnauthenticatedError();
  const dataSource = ctx.db.connection;
  const hub = changeHubOf(dataSource);
  if (!hub) throw new Error("This instance serves no subscriptions (no change hub)");
  const key = await feedKey(ctx.db);
  const after = options.after != null ? decodeCursor(key, options.after) : undefined;
  checkFilter(options.filter);
  const scope = await feedScope(ctx.db, ctx.actor, options.filter);
  const stream = new ChangeStream(hub, dataSource, key, ctx.actor.userId, options.filter, scope, after ?? (await hub.currentPosition()));
  stream.begin(after !== undefined);
  return stream;
}
