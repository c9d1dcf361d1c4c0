import { readFileSync } from "node:fs";
import { join } from "node:path";
import { startTestApp, type TestApp } from "./harness";

/**
 * Every ```graphql block of the README, run as pasted against the demo data, as the account the text
 * before it names ("as `ubnd.haian`"): the README's tours must keep working as the API changes.
 */
interface Example {
  username: string;
  query: string;
  line: number;
}

const README = readFileSync(join(__dirname, "../README.md"), "utf8");

function examples(markdown: string): Example[] {
  const found: Example[] = [];
  const block = /```graphql\n([\s\S]*?)```/g;
  let previousEnd = 0;
  for (let match = block.exec(markdown); match; match = block.exec(markdown)) {
    const before = markdown.slice(previousEnd, match.index);
    const named = [...before.matchAll(/\bas\s+`([a-z.]+)`/gi)].pop();
    const line = markdown.slice(0, match.index).split("\n").length;
    if (!named) throw new Error(`README line ${line}: say which account runs this query ("as \`username\`")`);
    found.push({ username: named[1], query: match[1], line });
    previousEnd = match.index + match[0].length;
  }
  return found;
}

/** True when a response holds at least one value besides empty lists and nulls. */
function hasData(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.some(hasData);
  if (typeof value === "object") return Object.values(value as object).some(hasData);
  return true;
}

describe("the README's queries", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const all = examples(README);

  it("are there, and each names its account", () => {
    expect(all.length).toBeGreaterThanOrEqual(5);
  });

  it.each(all.map((e) => [`line ${e.line} as ${e.username}`, e] as const))("%s runs as pasted", async (_name, example) => {
    // when the query runs exactly as printed
    const result = await app.gql(example.query, undefined, { token: await app.login(example.username) });
    // then it answers without errors and with data
    expect(result.errors).toBeUndefined();
    expect(hasData(result.data)).toBe(true);
    for (const [field, value] of Object.entries(result.data as object)) expect([field, hasData(value)]).toEqual([field, true]);
  });

  it("shows ubnd.haian a dashboard with tasks, coloured indicators and an overdue task", async () => {
    // given the README's first account and its dashboard query
    const board = all.find((e) => e.username === "ubnd.haian" && e.query.includes("dashboard"));
    expect(board).toBeDefined();
    // when it runs
    const result = await app.gql(board!.query, undefined, { token: await app.login("ubnd.haian") });
    // then tasks and indicators are there, in more than one colour, and something is overdue
    const dashboard = JSON.stringify(result.data).match(/"dashboard":(\{.*\})/)?.[1];
    const { tasks, indicators, overdueTasks } = result.data.me.organisation.dashboard;
    expect(dashboard).toBeDefined();
    expect(tasks.total).toBeGreaterThan(0);
    expect(indicators.total).toBeGreaterThan(0);
    expect(indicators.green).toBeGreaterThan(0);
    expect(indicators.red + indicators.amber).toBeGreaterThan(0);
    expect(overdueTasks.length).toBeGreaterThan(0);
  });

  it("lets auditor.haiphong trace a stored report's figure to its measurement and up to 57-NQ/TW", async () => {
    // given the auditor's tour query
    const tour = all.find((e) => e.username === "auditor.haiphong" && e.query.includes("trace"));
    expect(tour).toBeDefined();
    // when it runs
    const result = await app.gql(tour!.query, undefined, { token: await app.login("auditor.haiphong") });
    // then a linked figure leads to its measurement, sentence, defining document and the resolution
    const traces = result.data.documents.edges.flatMap((e: any) => e.node.figures.map((f: any) => f.trace)).filter(Boolean);
    const council = traces.find((t: any) => t.measurement.numerator === 15 && t.measurement.denominator === 27);
    expect(council).toMatchObject({ definedBy: { reference: "11/TB-HĐND" }, root: { reference: "57-NQ/TW" } });
    expect(council.sentence).toContain("15/27 đại biểu");
    expect(council.events.map((e: any) => e.action)).toEqual(expect.arrayContaining(["measurement.seed", "reportfigure.seed"]));
  });
});
