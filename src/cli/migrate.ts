import "reflect-metadata";
import { loadConfig } from "../config";
import { openDatabase } from "../database";
import { logger } from "../logger";

/** `npm run migrate`: applies pending migrations (whatever MIGRATE_ON_START says) and exits; the release step before new instances start. */
openDatabase(loadConfig(), { migrate: true })
  .then(async (database) => {
    logger.info("Database schema is up to date");
    await database.close();
  })
  .catch((error) => {
    logger.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
