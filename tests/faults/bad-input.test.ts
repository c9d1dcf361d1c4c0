import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema } from "graphql";
import { toGlobalId } from "../../src/node";
import { startTestApp, type TestApp } from "../harness";
import { generateBadInputs, requestBody, type BadInput } from "./bad-inputs";

/** Ids of seeded records, chosen by what an argument's name points at. */
async function seededIds(app: TestApp): Promise<(name: string) => string> {
  const one = async (entity: string, sql: string) => toGlobalId(entity, (await app.dataSource.query(sql))[0].id);
  const ids = {
    organisation: await one("Organisation", `SELECT id FROM organisation WHERE code = 'HP.HAI-AN.UBND'`),
    locality: await one("Locality", `SELECT id FROM locality WHERE code = '31.HAI-AN'`),
    document: await one("Document", `SELECT id FROM document ORDER BY created_at LIMIT 1`),
    task: await one("Task", `SELECT id FROM task ORDER BY created_at LIMIT 1`),
    indicator: await one("Indicator", `SELECT id FROM indicator ORDER BY created_at LIMIT 1`),
    user: await one("User", `SELECT id FROM app_user WHERE username = 'ubnd.haian'`),
  };
  return (name) => {
    if (/organi[sz]ation|issuer|lead|coordinat|recipient|owner/i.test(name)) return ids.organisation;
    if (/locality|parent/i.test(name)) return ids.locality;
    if (/task/i.test(name)) return ids.task;
    if (/indicator/i.test(name)) return ids.indicator;
    if (/user|grant/i.test(name)) return ids.user;
    return ids.document;
  };
}

/** Given every mutation and filter of the schema, when 1 000 spoiled requests arrive... */
describe("1 000 generated bad inputs", () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("never answer 5xx nor INTERNAL_SERVER_ERROR; bad text and deep nesting are BAD_USER_INPUT naming the field", async () => {
    const schema = buildSchema(readFileSync(join(__dirname, "../../schema/schema.graphql"), "utf8"));
    const inputs = generateBadInputs(schema, await seededIds(app), 1_000);
    expect(inputs.length).toBe(1_000);
    const token = await app.login("ubnd.haian");
    const failures: Array<{ input: Omit<BadInput, "variables">; status: number; errors: unknown }> = [];
    const queue = [...inputs];
    const seen = new Map<string, number>();
    const worker = async () => {
      for (let input = queue.shift(); input; input = queue.shift()) {
        const response = await fetch(`${app.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: requestBody(input) });
        const result = { status: response.status, ...((await response.json()) as { errors?: Array<{ extensions: { code: string; fields?: Array<{ field: string }> } }> }) };
        const codes = (result.errors ?? []).map((e) => e.extensions.code);
        const tally = `${input.kind} ${result.status} ${codes[0] ?? "ok"}`;
        seen.set(tally, (seen.get(tally) ?? 0) + 1);
        const refusedAsInput = ["nul", "lone-surrogate", "deep", "inline-nul"].includes(input.kind);
        const named = (result.errors ?? []).some((e) => (e.extensions.fields ?? []).some((f) => input.field === f.field || (input.kind === "deep" && input.field.startsWith(f.field))));
        if (result.status >= 500 || codes.includes("INTERNAL_SERVER_ERROR") || (refusedAsInput && (codes[0] !== "BAD_USER_INPUT" || !named))) {
          failures.push({ input: { kind: input.kind, operation: input.operation, field: input.field, query: input.query.slice(0, 200) }, status: result.status, errors: result.errors });
        }
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
    process.stdout.write(`bad inputs (kind, HTTP status, first code: count): ${[...seen].sort().map(([k, n]) => `${k}: ${n}`).join("; ")}\n`);
    expect(failures.slice(0, 10)).toEqual([]);
    expect(new Set(inputs.map((i) => i.operation)).size).toBeGreaterThan(40);
  }, 180_000);
});
