import { toGlobalId } from "../src/node";
import { organisationId } from "./factories";
import { seedText } from "./fixtures/seeds";
import { startTestApp, type TestApp } from "./harness";

const TRACE_FIELDS = `
  sentence
  figure { text }
  measurement { id numerator denominator sourceLocator }
  supersededMeasurements { id }
  sourceDocument { reference type }
  sourceSpanStart sourceSpanEnd
  indicator { name }
  definedBy { reference type }
  targets { targetValue }
  legalBasisChain { depth relation document { reference } }
  root { reference title issuer { name } }
  events { action entityType actorUsername occurredAt }`;

describe("provenance trace", () => {
  let app: TestApp;
  let figureId: string;
  let measurementId: string;

  beforeAll(async () => {
    app = await startTestApp({}, { reportContent: false });
    const token = await app.login("hdnd.haian");
    const text = seedText("000");
    const imported = await app.gql(`mutation($org: ID!, $text: String!) { importReport(organisationId: $org, text: $text) { figures { id text } } }`, { org: await organisationId(app.dataSource, "HP.HAI-AN.HDND"), text }, { token });
    figureId = imported.data.importReport.figures.find((f: { text: string }) => f.text === "15/27").id;
    const [row] = await app.dataSource.query(`SELECT m.id FROM measurement m JOIN indicator i ON i.id = m.indicator_id WHERE i.external_id = 'HP.HAI-AN.HDND:CT1'`);
    measurementId = toGlobalId("Measurement", row.id);
    const linked = await app.gql(`mutation($input: LinkFigureInput!) { linkReportFigure(input: $input) { measurement { id } } }`, { input: { figureId, measurementId } }, { token });
    expect(linked.errors).toBeUndefined();
  });
  afterAll(() => app.close());

  it("follows a seed figure (15/27 đại biểu) to its measurement, source, indicator, the notice that defined it and up to 57-NQ/TW, with audit events", async () => {
    const token = await app.login("auditor.haiphong");
    const before = app.statements.count;
    const result = await app.gql(`query($id: ID!) { trace(figureId: $id) { ${TRACE_FIELDS} } }`, { id: figureId }, { token });
    expect(result.errors).toBeUndefined();
    // One query, a fixed handful of statements: the chain and the events are one statement each.
    expect(app.statements.count - before).toBeLessThanOrEqual(16);
    const trace = result.data.trace;
    expect(trace.figure.text).toBe("15/27");
    expect(trace.sentence).toMatch(/^\+ 15\/27 đại biểu HĐND phường .* chưa được cấp chữ ký số\.$/);
    expect(trace.measurement).toMatchObject({ numerator: 15, denominator: 27 });
    expect(trace.sourceDocument).toEqual({ reference: "/BC-HĐND", type: "REPORT" });
    const seed = seedText("000");
    expect(seed.slice(trace.sourceSpanStart, trace.sourceSpanEnd)).toBe("15/27");
    expect(trace.indicator.name).toContain("chữ ký số");
    expect(trace.definedBy).toEqual({ reference: "11/TB-HĐND", type: "NOTICE" });
    expect(trace.legalBasisChain.map((l: any) => l.document.reference)).toContain("57-NQ/TW");
    expect(trace.root).toEqual({ reference: "57-NQ/TW", title: expect.any(String), issuer: { name: "Bộ Chính trị" } });
    const actions = trace.events.map((e: any) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["measurement.seed", "indicator.seed", "report.import", "report.link_figure", "document.seed"]));
    expect(trace.events.find((e: any) => e.action === "report.import").actorUsername).toBe("hdnd.haian");
  });

  it("shows the chain to a reader who is not an auditor, without the audit events", async () => {
    const result = await app.gql(`query($id: ID!) { trace(figureId: $id) { root { reference } events { action } } }`, { id: figureId }, { token: await app.login("hdnd.haian") });
    expect(result.data.trace).toEqual({ root: { reference: "57-NQ/TW" }, events: [] });
  });

  it("hides a figure outside the caller's scope", async () => {
    const result = await app.gql(`query($id: ID!) { trace(figureId: $id) { root { reference } } }`, { id: figureId }, { token: await app.login("ubnd.phulien") });
    expect(result.errors![0].extensions.code).toBe("NOT_FOUND");
  });

  it("includes the measurements a correction superseded, in a number of statements that does not grow with the chain", async () => {
    const token = await app.login("hdnd.haian");
    let latest = measurementId;
    const statements: number[] = [];
    for (let corrections = 1; corrections <= 4; corrections++) {
      const corrected = await app.gql(`mutation($input: CorrectMeasurementInput!) { correctMeasurement(input: $input) { id } }`, { input: { supersedesId: latest, periodEnd: "2026-06-19", numerator: 15 + corrections, denominator: 27 } }, { token });
      latest = corrected.data.correctMeasurement.id;
      const auditor = await app.login("auditor.haiphong");
      const before = app.statements.count;
      const result = await app.gql(`query($id: ID!) { traceMeasurement(measurementId: $id) { ${TRACE_FIELDS} } }`, { id: latest }, { token: auditor });
      statements.push(app.statements.count - before);
      expect(result.data.traceMeasurement.supersededMeasurements).toHaveLength(corrections);
      expect(result.data.traceMeasurement.root.reference).toBe("57-NQ/TW");
    }
    expect(new Set(statements).size).toBe(1);
    expect(statements[0]).toBeLessThanOrEqual(15);
  });
});
