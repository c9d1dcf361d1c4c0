import "reflect-metadata";
import { loadConfig } from "../config";
import { openDatabase } from "../database";
import { logger } from "../logger";
import { seedDemoData } from "../seed/seed";

/** `npm run seed`: adds whatever demo data is missing; safe to run again. */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    const { usersCreated } = await seedDemoData(database.dataSource, { password: config.demoPassword });
    logger.info("Demo data present", { usersCreated });
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  logger.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
