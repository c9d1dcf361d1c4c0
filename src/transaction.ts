import { AsyncLocalStorage } from "node:async_hooks";
import type { DataSource, EntityManager } from "typeorm";
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

/** Makes the data source refuse pool connections to code running inside a write transaction. */
export function guardPool(dataSource: DataSource): void {
  const driver = dataSource.driver as unknown as { obtainMasterConnection(): Promise<unknown> };
  const obtain = driver.obtainMasterConnection.bind(driver);
  driver.obtainMasterConnection = () => (openTransaction.getStore() ? Promise.reject(new PoolUseInTransactionError()) : obtain());
}

/**
 * Runs `work` in one transaction with a context bound to it: its `db` is the transaction's manager
 * and its loaders read through the same connection, so the policy checks, derived columns and
 * audit insert of a write all see (and wait on) one connection. Inside an already bound context
 * the work joins that transaction.
 */
export async function inTransaction<T>(ctx: Context, work: (tx: Context) => Promise<T>): Promise<T> {
  if (ctx.db.queryRunner?.isTransactionActive) return work(ctx);
  return ctx.db.transaction((manager) => {
    const tx: Context = { ...ctx, db: manager, loaders: createLoaders(manager) };
    return openTransaction.run(manager, () => work(tx));
  });
}
