import { types } from "pg";
import { DataSource, type Logger } from "typeorm";
import type { Config, PoolConfig } from "./config";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { logger } from "./logger";
import { ENTITIES } from "./entities";
import { MIGRATIONS } from "../migrations";
import { guardPool } from "./transaction";

// Calendar dates are Vietnamese local dates: keep PostgreSQL DATE values as "YYYY-MM-DD" strings,
// never JavaScript Dates shifted by the server's time zone.
types.setTypeParser(types.builtins.DATE, (value) => value);

export interface Database {
  dataSource: DataSource;
  url: string;
  close(): Promise<void>;
}

/** Passes every SQL statement to a callback: how tests and benchmarks count statements. */
class StatementListener implements Logger {
  constructor(private readonly onQuery: (sql: string) => void) {}
  logQuery(query: string): void {
    this.onQuery(query);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

export interface DataSourceOptions {
  /** Pool size and timeouts; without them (CLI, migrations, data generation) nothing is cut short. */
  pool?: Partial<PoolConfig>;
  applicationName?: string;
  /** Called with every statement sent (for counting them). */
  onQuery?: (sql: string) => void;
}

/** The one DataSource definition; `synchronize` stays off: schema changes are migrations. */
export function createDataSource(url: string, options: DataSourceOptions = {}): DataSource {
  const pool = options.pool ?? {};
  const dataSource = new DataSource({
    type: "postgres",
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: "migrations",
    migrationsTransactionMode: "each",
    synchronize: false,
    uuidExtension: "pgcrypto",
    logging: options.onQuery ? ["query"] : false,
    logger: options.onQuery ? new StatementListener(options.onQuery) : undefined,
    applicationName: options.applicationName ?? "nq57-api",
    extra: {
      max: pool.size ?? 10,
      connectionTimeoutMillis: pool.acquireTimeoutMs,
      // Sent as start-up parameters of every connection: the server enforces them.
      statement_timeout: pool.statementTimeoutMs,
      lock_timeout: pool.lockTimeoutMs,
      idle_in_transaction_session_timeout: pool.idleInTransactionTimeoutMs,
    },
  });
  guardPool(dataSource);
  return dataSource;
}

/** Applies pending migrations on a connection of their own, without the request timeouts (an index on a large table takes minutes). */
async function migrate(url: string): Promise<void> {
  const dataSource = createDataSource(url, { pool: { size: 1 }, applicationName: "nq57-migrate" });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: "each" });
    for (const migration of applied) logger.info("Migration applied", { name: migration.name });
  } finally {
    await dataSource.destroy();
  }
}

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL whose data lives under DATA_DIR and
 * survives restarts; then applies pending migrations unless told not to (MIGRATE_ON_START=false,
 * where a release step runs `npm run migrate` before the new instances start).
 */
export async function openDatabase(config: Config, options: { migrate?: boolean } = {}): Promise<Database> {
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({
        dataDir: config.dataDir,
        port: config.embeddedPostgresPort,
        persistent: true,
        database: "nq57",
      });
  const url = config.databaseUrl ?? embedded!.url;
  const dataSource = createDataSource(url, { pool: config.pool });
  try {
    if (options.migrate ?? config.migrateOnStart) await migrate(url);
    await dataSource.initialize();
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
  return {
    dataSource,
    url,
    close: async () => {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
