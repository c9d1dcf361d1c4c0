import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { createSchema, printSchemaFile } from "../schema";

/** `npm run schema`: regenerates schema/schema.graphql from the code. */
createSchema()
  .then((schema) => {
    const file = join(__dirname, "../../schema/schema.graphql");
    writeFileSync(file, printSchemaFile(schema));
    process.stdout.write(`Wrote ${file}\n`);
  })
  .catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
