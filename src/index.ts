import "reflect-metadata";
import { createApp } from "./app";
import { ConfigError, loadConfig } from "./config";
import { openDatabase } from "./database";
import { configureLogger, logger } from "./logger";
import { seedDemoData } from "./seed/seed";

async function main(): Promise<void> {
  const config = loadConfig();
  configureLogger({ level: config.logLevel, pretty: config.nodeEnv === "development" });
  if (config.generatedSecret) {
    logger.warn("JWT_SECRET is not set: signing tokens with a secret generated for this run (tokens end with the process)");
  }
  const database = await openDatabase(config);
  const [{ empty }] = await database.dataSource.query(`SELECT NOT EXISTS (SELECT 1 FROM locality) AS empty`);
  if (config.demoData && empty) {
    const { usersCreated } = await seedDemoData(database.dataSource, { password: config.demoPassword });
    logger.info("Demo data loaded into the empty database", { usersCreated });
  }
  if (config.demoData && config.nodeEnv === "development") logger.info(`Demo accounts (admin, ubnd.haian, ... see README) share the password "${config.demoPassword}"`);

  const { httpServer, apollo } = await createApp(config, database.dataSource);
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "EADDRINUSE" ? new Error(`Port ${config.port} is already in use: set PORT to a free port`) : error),
    );
    httpServer.listen(config.port, resolve);
  });
  logger.info(`API ready at http://localhost:${config.port}/graphql`, { database: config.databaseUrl ? "DATABASE_URL" : "embedded" });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info("Shutting down", { signal });
    await apollo.stop();
    await database.close();
    logger.info("Stopped");
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error) => {
  const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  logger.error(`Start-up failed: ${message}`);
  process.exit(1);
});
