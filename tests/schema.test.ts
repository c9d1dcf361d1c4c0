import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createSchema, printSchemaFile } from "../src/schema";
import { startTestApp, type TestApp } from "./harness";

describe("schema and migrations", () => {
  it("schema/schema.graphql matches the code (run `npm run schema` after changing the API)", async () => {
    const committed = readFileSync(join(__dirname, "../schema/schema.graphql"), "utf8");
    expect(printSchemaFile(await createSchema())).toBe(committed);
  });

  describe("against the migrated database", () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp();
    });
    afterAll(() => app.close());

    it("leaves nothing for TypeORM to change: every entity change has its migration", async () => {
      const pending = await app.dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    });

    it("can revert every migration and apply them again", async () => {
      const migrations = app.dataSource.migrations.length;
      for (let i = 0; i < migrations; i++) await app.dataSource.undoLastMigration({ transaction: "each" });
      const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`);
      expect(n).toBe(0);
      expect((await app.dataSource.runMigrations({ transaction: "each" })).length).toBe(migrations);
    });
  });
});
