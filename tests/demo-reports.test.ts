import { DEMO_INDICATORS } from "../src/seed/demo-work";
import { startTestApp, type TestApp } from "./harness";

describe("demo reports", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("store each seed report's text, sections and figures, with at least one figure per ward linked to a measurement", async () => {
    // given the demo data; when the stored reports are read per ward
    const rows: Array<{ ward: string; report: string; sections: number; figures: number; linked: number; text: boolean }> = await app.dataSource.query(
      `SELECT l.code AS ward, d.external_id AS report, d.body_text IS NOT NULL AS text,
              (SELECT count(*)::int FROM report_section s WHERE s.report_id = d.id) AS sections,
              (SELECT count(*)::int FROM report_figure f WHERE f.report_id = d.id) AS figures,
              (SELECT count(*)::int FROM report_figure f WHERE f.report_id = d.id AND f.measurement_id IS NOT NULL) AS linked
         FROM document d JOIN organisation o ON o.id = d.issuer_id JOIN locality l ON l.id = o.locality_id
        WHERE d.external_id LIKE 'report:%' ORDER BY d.external_id`,
    );
    // then all five have content, and every ward has a linked figure
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(row).toMatchObject({ text: true, sections: expect.any(Number), figures: expect.any(Number) });
    expect(rows.every((row) => row.sections > 0 && row.figures > 0)).toBe(true);
    const linkedWards = new Set(rows.filter((row) => row.linked > 0).map((row) => row.ward));
    expect([...linkedWards].sort()).toEqual(["01.O-CHO-DUA", "31.HAI-AN", "31.NGHI-DUONG", "31.PHU-LIEN"].sort());
  });

  it("link every demo measurement taken from a figure the parser reads to exactly that figure", async () => {
    // given the measurements whose source span is a figure of the stored report
    const linked: Array<{ key: string; figure: string }> = await app.dataSource.query(
      `SELECT i.external_id AS key, f.text AS figure FROM report_figure f
         JOIN measurement m ON m.id = f.measurement_id JOIN indicator i ON i.id = m.indicator_id`,
    );
    // then the count of links matches, and each figure is the measured number
    const keys = new Set(linked.map((l) => l.key));
    for (const key of ["HP.HAI-AN.HDND:CT1", "HP.HAI-AN.UBND:CS01", "HP.HAI-AN.UBND:CS02", "HP.NGHI-DUONG.HDND:QT01", "HP.PHU-LIEN.UBND:MT10", "HN.O-CHO-DUA.UBND:CT01"]) expect(keys).toContain(key);
    const measured = DEMO_INDICATORS.flatMap((i) => i.measurements.map((m) => ({ key: i.key, m })));
    for (const { key, figure } of linked) {
      const demo = measured.find((x) => x.key === key)!;
      const digits = figure.replace(/\./g, "").replace(",", ".");
      expect(digits).toContain(String(demo.m.numerator ?? demo.m.value));
    }
  });
});
