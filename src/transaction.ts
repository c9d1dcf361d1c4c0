import { AsyncLocalStorage } from "node:async_hooks";
import type { DataSource, EntityManager, EntityTarget, FindOptionsWhere } from "typeorm";
import { NotFoundError, staleVersion } from "./errors";
import { logger } from "./logger";
import type { Context } from "./context";
import { createLoaders } from "./loaders";

/**
 * The manager of the write transaction the current async call chain runs in. While it is set,
 * the pool refuses to hand out a connection (see `guardPool`): a write that held a row lock and
 * waited for a second connection would wedge the pool under concurrency.
 */
const openTransaction = new AsyncLocalStorage<EntityManager>();

/** Thrown when code inside a write transaction asks the pool for another connection: a bug, never input. */
export class PoolUseInTransactionError extends Error {
  constructor() {
    super("A statement inside a write transaction asked the pool for a second connection; use the transaction's context (tx.db, tx.loaders)");
  }
}

type PooledClient = { on(event: "error", listener: (error: Error) => void): unknown };
const LISTENED = new WeakSet<PooledClient>();

/**
 * Gives every pooled connection a lasting error listener. When the server ends a connection that a
 * query runner has just released with an error, pg-pool closes it with no listener attached, and the
 * late "terminating connection" event would be an unhandled error that ends the process.
 */
function listenForLateErrors(client: PooledClient): void {
  if (LISTENED.has(client)) return;
  LISTENED.add(client);
  client.on("error", (error) => logger.debug("A database connection reported an error after its release", { error: error.message }));
}

/**
 * Makes the data source refuse pool connections to code running inside a write transaction, and
 * keeps a late error of a released connection from ending the process (listenForLateErrors).
 */
export function guardPool(dataSource: DataSource): void {
  const driver = dataSource.driver as unknown as { obtainMasterConnection(): Promise<[PooledClient, unknown]> };
  const obtain = driver.obtainMasterConnection.bind(driver);
  driver.obtainMasterConnection = async () => {
    if (openTransaction.getStore()) throw new PoolUseInTransactionError();
    const obtained = await obtain();
    listenForLateErrors(obtained[0]);
    return obtained;
  };
}

/**
 * Runs `work` in one transaction with a context bound to it: its `db` is the transaction's manager
 * and its loaders read through the same connection, so the policy checks, derived columns and
 * audit insert of a write all see (and wait on) one connection. Inside an already bound context
 * the work joins that transaction. After the commit the request's loaders start afresh.
 */
export async function inTransaction<T>(ctx: Context, work: (tx: Context) => Promise<T>): Promise<T> {
  if (ctx.db.queryRunner?.isTransactionActive) return work(ctx);
  const result = await ctx.db.transaction((manager) => {
    const tx: Context = { ...ctx, db: manager, loaders: createLoaders(manager) };
    return openTransaction.run(manager, () => work(tx));
  });
  // Reads after the commit (the mutation's result fields) must see what the write changed.
  ctx.loaders = createLoaders(ctx.db);
  return result;
}

/**
 * Serialises "look up, else insert" on the given identities for the rest of the transaction:
 * concurrent writers of the same identity wait for each other and then find the row the first
 * one inserted, instead of both inserting (or one failing on the unique index). Keys are taken in
 * sorted order so that two writers locking overlapping sets cannot deadlock.
 */
export async function lockIdentities(tx: Context, keys: string[]): Promise<void> {
  if (!tx.db.queryRunner?.isTransactionActive) throw new Error("lockIdentities needs a write transaction");
  const sorted = [...new Set(keys)].sort();
  if (sorted.length === 0) return;
  // Volatile functions in the select list run after ORDER BY: the locks are taken in key order.
  await tx.db.query(`SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest($1::text[]) AS k ORDER BY k`, [sorted]);
}

/**
 * Locks a versioned row for a change at the version the caller based it on. The caller's right to
 * change the row is checked on a plain read first, and a stale version answers CONFLICT without
 * waiting. Only the row at the expected version is then locked: when many writers race with the
 * same version, the losers wake as soon as the winner commits, find no row at their version and
 * answer CONFLICT at once, instead of queueing for the lock one after another.
 */
export async function lockAtVersion<T extends { id: string; version: number }>(
  tx: Context,
  entity: EntityTarget<T>,
  options: { id: string; expectedVersion: number; name: string; authorize?: (row: T) => Promise<void> },
): Promise<T> {
  const repository = tx.db.getRepository(entity);
  const byId = { id: options.id } as FindOptionsWhere<T>;
  const current = await repository.findOneBy(byId);
  if (!current) throw new NotFoundError(options.name);
  await options.authorize?.(current);
  if (current.version !== options.expectedVersion) throw staleVersion(options.name, options.expectedVersion, current.version);
  const locked = await repository.findOne({ where: { ...byId, version: options.expectedVersion }, lock: { mode: "pessimistic_write" } });
  if (locked) return locked;
  const now = await repository.findOneBy(byId);
  throw now ? staleVersion(options.name, options.expectedVersion, now.version) : new NotFoundError(options.name);
}
