import { DEMO_DOCUMENTS } from "../src/seed/demo-documents";
import { DEMO_ORGANISATIONS } from "../src/seed/demo-organisations";
import { DEMO_INDICATORS, DEMO_TASKS } from "../src/seed/demo-work";
import { seedText as seedReportText } from "./fixtures/seeds";

const documents = new Map(DEMO_DOCUMENTS.map((d) => [d.key, d]));
const organisations = new Set(DEMO_ORGANISATIONS.map((o) => o.code));

function seedText(documentKey: string): string {
  const document = documents.get(documentKey);
  if (!document) throw new Error(`no demo document ${documentKey}`);
  return seedReportText(document.source.seed);
}

describe("demo tasks, indicators and measurements", () => {
  it("point every measurement at the exact figure and sentence of its seed report", () => {
    const measurements = DEMO_INDICATORS.flatMap((i) => i.measurements);
    expect(measurements.length).toBeGreaterThan(15);
    for (const { source, numerator, value } of measurements) {
      const text = seedText(source.document);
      const sentenceStart = text.indexOf(source.quote);
      expect(sentenceStart).toBeGreaterThanOrEqual(0);
      expect(source.spanStart).toBeGreaterThanOrEqual(sentenceStart);
      expect(source.spanEnd).toBeLessThanOrEqual(sentenceStart + source.quote.length);
      const figure = text.slice(source.spanStart, source.spanEnd);
      const digits = figure.replace(/\./g, "").replace(",", ".");
      if (numerator !== undefined) expect(digits).toContain(String(numerator));
      else if (value && value !== 1) expect(digits).toContain(String(value));
    }
  });

  it("use only documents and organisations of the demo data, plans or notices to assign", () => {
    for (const task of DEMO_TASKS) {
      expect(["PLAN", "NOTICE"]).toContain(documents.get(task.assignedBy)?.type);
      for (const code of [task.lead, ...(task.coordinators ?? []), ...task.updates.map((u) => u.org ?? task.lead)]) expect(organisations.has(code)).toBe(true);
      for (const update of task.updates) expect(documents.get(update.source)?.type).toBe("REPORT");
    }
    for (const indicator of DEMO_INDICATORS) {
      expect(["PLAN", "NOTICE"]).toContain(documents.get(indicator.definedBy)?.type);
      for (const target of indicator.targets) expect(organisations.has(target.org)).toBe(true);
    }
  });

  it("carry the counts the reports state", () => {
    const led = (code: string) => DEMO_TASKS.filter((t) => t.lead === code);
    expect(led("HP.HAI-AN.HDND")).toHaveLength(3);
    expect(led("HP.PHU-LIEN.UBND").filter((t) => t.cadence === "SCHEDULED")).toHaveLength(8);
    expect(led("HP.PHU-LIEN.UBND").filter((t) => t.cadence === "ONGOING")).toHaveLength(17);
    expect(DEMO_INDICATORS.filter((i) => i.targets.some((t) => t.org === "HP.PHU-LIEN.UBND"))).toHaveLength(17);
    expect(led("HN.O-CHO-DUA.DU")).toHaveLength(11);
    expect(led("HN.O-CHO-DUA.UBND")).toHaveLength(4);
    expect(DEMO_TASKS.filter((t) => t.coordinators?.includes("HN.O-CHO-DUA.UBND"))).toHaveLength(31);
  });

  it("have unique keys", () => {
    expect(new Set(DEMO_TASKS.map((t) => t.key)).size).toBe(DEMO_TASKS.length);
    expect(new Set(DEMO_INDICATORS.map((i) => i.key)).size).toBe(DEMO_INDICATORS.length);
  });
});
