import { CriticalityLevel, diff } from "@graphql-inspector/core";
import { buildSchema } from "graphql";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const read = (name: string) => readFileSync(join(__dirname, "../schema", name), "utf8");

/** The "Unreleased" section of schema/CHANGES.md: what the next release changes on purpose. */
function unreleased(changes: string): string {
  const start = changes.indexOf("## Unreleased");
  const end = changes.indexOf("\n## ", start + 1);
  return start < 0 ? "" : changes.slice(start, end < 0 ? undefined : end);
}

/** A listed change names its path in backticks and says why, on the same line. */
const listed = (section: string, path: string) =>
  section.split("\n").some((line) => line.includes(`\`${path}\``) && line.replace(`\`${path}\``, "").replace(/[-*:\s]/g, "").length > 10);

describe("schema changes against the last release", () => {
  it("breaks no client except by a change listed with its reason in schema/CHANGES.md", async () => {
    const changes = await diff(buildSchema(read("released.graphql")), buildSchema(read("schema.graphql")));
    const section = unreleased(read("CHANGES.md"));
    const unlisted = changes
      .filter((change) => change.criticality.level === CriticalityLevel.Breaking)
      .filter((change) => !listed(section, change.path ?? change.message))
      .map((change) => `${change.path}: ${change.message}`);
    expect(unlisted).toEqual([]);
  });

  it("notices a removed field", async () => {
    const before = buildSchema(`type Query { a: Int, b: Int }`);
    const after = buildSchema(`type Query { a: Int }`);
    const breaking = (await diff(before, after)).filter((change) => change.criticality.level === CriticalityLevel.Breaking);
    expect(breaking.map((change) => change.path)).toEqual(["Query.b"]);
    expect(listed("- `Query.b`: replaced by Query.a, which front-ends already read", "Query.b")).toBe(true);
    expect(listed("- `Query.b`", "Query.b")).toBe(false);
  });
});
