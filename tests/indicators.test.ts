import { auditCount, organisationId } from "./factories";
import { startTestApp, type TestApp } from "./harness";

const CREATE_DOC = `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`;
const CREATE_INDICATOR = `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { id measureKind targets { targetValue effectiveFrom organisation { code } } } }`;
const RECORD = `mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { id value status } }`;
const CORRECT = `mutation($input: CorrectMeasurementInput!) { correctMeasurement(input: $input) { id value status supersedes { id } } }`;
const MEASUREMENT = `query($id: ID!) { measurement(id: $id) { value status supersededBy { id value } } }`;
const STATUS_FOR = `query($id: ID!, $org: ID!, $asOf: LocalDate) { indicator(id: $id) { statusFor(organisationId: $org, asOf: $asOf) { status targetValue measurement { value } } } }`;

describe("indicators and measurements", () => {
  let app: TestApp;
  let coordinator: string;
  let ubndHaiAn: string;
  let ubnd: string;
  let plan: string;

  beforeAll(async () => {
    app = await startTestApp();
    coordinator = await app.login("bcd.haian");
    ubndHaiAn = await app.login("ubnd.haian");
    ubnd = await organisationId(app.dataSource, "HP.HAI-AN.UBND");
    const created = await app.gql(
      CREATE_DOC,
      { input: { type: "PLAN", reference: "03-KH/BCĐ", issuerId: await organisationId(app.dataSource, "HP.HAI-AN.BCD"), issuedOn: "2026-01-15", planYear: 2026, periodStart: "2026-01-01", periodEnd: "2026-12-31" } },
      { token: coordinator },
    );
    plan = created.data.createDocument.id;
  });
  afterAll(() => app.close());

  async function ratioIndicator(target: number) {
    const result = await app.gql(
      CREATE_INDICATOR,
      { input: { definedById: plan, code: "CT1", name: "Tỷ lệ cán bộ có chữ ký số cá nhân", measureKind: "RATIO", unit: "cán bộ", targets: [{ organisationId: ubnd, targetValue: target }] } },
      { token: coordinator },
    );
    expect(result.errors).toBeUndefined();
    return result.data.createIndicator;
  }

  async function record(indicatorId: string, input: Record<string, unknown>, token = ubndHaiAn) {
    return app.gql(RECORD, { input: { indicatorId, organisationId: ubnd, ...input } }, { token });
  }

  it("judges a measurement against the target in force; an adjusting notice changes later colours only and keeps the old target", async () => {
    const indicator = await ratioIndicator(50);
    const march = await record(indicator.id, { periodEnd: "2026-03-31", numerator: 14, denominator: 27 });
    expect(march.data.recordMeasurement).toMatchObject({ status: "GREEN" });
    expect(march.data.recordMeasurement.value).toBeCloseTo(51.85, 2);

    const adjustment = await app.gql(
      CREATE_DOC,
      { input: { type: "NOTICE", noticeKind: "ADJUSTMENT", reference: "04-TB/BCĐ", issuerId: await organisationId(app.dataSource, "HP.HAI-AN.BCD"), issuedOn: "2026-04-15", title: "Điều chỉnh, bổ sung chỉ tiêu năm 2026" } },
      { token: coordinator },
    );
    const adjusted = await app.gql(
      `mutation($input: SetTargetInput!) { setTarget(input: $input) { targetValue effectiveFrom } }`,
      { input: { indicatorId: indicator.id, setById: adjustment.data.createDocument.id, organisationId: ubnd, targetValue: 90 } },
      { token: coordinator },
    );
    expect(adjusted.data.setTarget).toEqual({ targetValue: 90, effectiveFrom: "2026-04-15" });

    const may = await record(indicator.id, { periodEnd: "2026-05-31", numerator: 15, denominator: 27 });
    expect(may.data.recordMeasurement.status).toBe("AMBER");
    const marchAgain = await app.gql(MEASUREMENT, { id: march.data.recordMeasurement.id }, { token: ubndHaiAn });
    expect(marchAgain.data.measurement.status).toBe("GREEN");

    const history = await app.gql(`query($id: ID!) { indicator(id: $id) { targets { targetValue effectiveFrom setBy { reference } } } }`, { id: indicator.id }, { token: ubndHaiAn });
    expect(history.data.indicator.targets).toEqual([
      { targetValue: 50, effectiveFrom: "2026-01-01", setBy: { reference: "3-KH/BCĐ" } },
      { targetValue: 90, effectiveFrom: "2026-04-15", setBy: { reference: "4-TB/BCĐ" } },
    ]);
    const onApril1 = await app.gql(STATUS_FOR, { id: indicator.id, org: ubnd, asOf: "2026-04-01" }, { token: ubndHaiAn });
    expect(onApril1.data.indicator.statusFor).toMatchObject({ status: "GREEN", targetValue: 50 });
    const onJune1 = await app.gql(STATUS_FOR, { id: indicator.id, org: ubnd, asOf: "2026-06-01" }, { token: ubndHaiAn });
    expect(onJune1.data.indicator.statusFor).toMatchObject({ status: "AMBER", targetValue: 90 });
  });

  it("corrects a measurement with a new one that supersedes it, keeping the old one readable", async () => {
    const indicator = await ratioIndicator(50);
    const first = await record(indicator.id, { periodEnd: "2026-06-30", numerator: 10, denominator: 27, source: { locator: "Báo cáo quý II, mục 1.1" } });
    const correction = await app.gql(CORRECT, { input: { supersedesId: first.data.recordMeasurement.id, periodEnd: "2026-06-30", numerator: 15, denominator: 27 } }, { token: ubndHaiAn });
    expect(correction.errors).toBeUndefined();
    expect(correction.data.correctMeasurement.supersedes).toEqual({ id: first.data.recordMeasurement.id });
    const old = await app.gql(MEASUREMENT, { id: first.data.recordMeasurement.id }, { token: ubndHaiAn });
    expect(old.data.measurement.value).toBeCloseTo(37.04, 2);
    expect(old.data.measurement.supersededBy.id).toBe(correction.data.correctMeasurement.id);
    const current = await app.gql(STATUS_FOR, { id: indicator.id, org: ubnd, asOf: "2026-07-01" }, { token: ubndHaiAn });
    expect(current.data.indicator.statusFor.measurement.value).toBeCloseTo(55.56, 2);
    const again = await app.gql(CORRECT, { input: { supersedesId: first.data.recordMeasurement.id, periodEnd: "2026-06-30", numerator: 16, denominator: 27 } }, { token: ubndHaiAn });
    expect(again.errors![0].extensions.code).toBe("CONFLICT");
    // A second correction extends the chain: each version points to the next.
    const second = await app.gql(CORRECT, { input: { supersedesId: correction.data.correctMeasurement.id, periodEnd: "2026-06-30", numerator: 16, denominator: 27 } }, { token: ubndHaiAn });
    const middle = await app.gql(MEASUREMENT, { id: correction.data.correctMeasurement.id }, { token: ubndHaiAn });
    expect(middle.data.measurement.supersededBy.id).toBe(second.data.correctMeasurement.id);
    const latest = await app.gql(STATUS_FOR, { id: indicator.id, org: ubnd, asOf: "2026-07-01" }, { token: ubndHaiAn });
    expect(latest.data.indicator.statusFor.measurement.value).toBeCloseTo(59.26, 2);
  });

  it("lets only editors of the measured organisation record its figures", async () => {
    const indicator = await ratioIndicator(80);
    const hdnd = await organisationId(app.dataSource, "HP.HAI-AN.HDND");
    await app.gql(`mutation($input: SetTargetInput!) { setTarget(input: $input) { id } }`, { input: { indicatorId: indicator.id, setById: plan, organisationId: hdnd, targetValue: 80 } }, { token: coordinator });
    const before = await auditCount(app.dataSource);
    const byUbnd = await app.gql(RECORD, { input: { indicatorId: indicator.id, organisationId: hdnd, periodEnd: "2026-06-19", numerator: 15, denominator: 27 } }, { token: ubndHaiAn });
    expect(byUbnd.errors![0].extensions.code).toBe("NOT_FOUND");
    const byCoordinator = await app.gql(RECORD, { input: { indicatorId: indicator.id, organisationId: hdnd, periodEnd: "2026-06-19", numerator: 15, denominator: 27 } }, { token: coordinator });
    expect(byCoordinator.errors![0].extensions.code).toBe("FORBIDDEN");
    expect(await auditCount(app.dataSource)).toBe(before);
    const byHdnd = await app.gql(RECORD, { input: { indicatorId: indicator.id, organisationId: hdnd, periodEnd: "2026-06-19", numerator: 15, denominator: 27 } }, { token: await app.login("hdnd.haian") });
    expect(byHdnd.errors).toBeUndefined();
  });

  describe("validation per measure kind (BAD_USER_INPUT naming the field, nothing written)", () => {
    async function indicatorOf(measureKind: string) {
      const targets = measureKind === "TEXT" ? [{ organisationId: ubnd, targetText: "Hoàn thành" }] : [{ organisationId: ubnd, targetValue: measureKind === "COUNT" ? 10 : 100 }];
      const result = await app.gql(CREATE_INDICATOR, { input: { definedById: plan, name: `Chỉ tiêu ${measureKind}`, measureKind, targets } }, { token: coordinator });
      return result.data.createIndicator.id as string;
    }
    const cases: Array<[string, string, Record<string, unknown>, string]> = [
      ["a ratio whose numerator exceeds its denominator", "RATIO", { numerator: 28, denominator: 27 }, "numerator"],
      ["a ratio with a zero denominator", "RATIO", { numerator: 0, denominator: 0 }, "denominator"],
      ["a ratio without a denominator", "RATIO", { numerator: 3 }, "denominator"],
      ["a negative numerator", "RATIO", { numerator: -1, denominator: 27 }, "numerator"],
      ["a percent over 100", "PERCENT", { value: 120 }, "value"],
      ["a negative percent", "PERCENT", { value: -3 }, "value"],
      ["a fractional count", "COUNT", { value: 11952.5 }, "value"],
      ["a negative count", "COUNT", { value: -1 }, "value"],
      ["a yes/no other than 1 or 0", "BOOLEAN", { value: 2 }, "value"],
      ["a qualitative value without text", "TEXT", {}, "textValue"],
      ["a span without its source document", "COUNT", { value: 5, source: { spanStart: 10, spanEnd: 20 } }, "source.documentId"],
      ["a span that ends before it starts", "COUNT", { value: 5, source: { spanStart: 20, spanEnd: 10 } }, "source.spanEnd"],
      ["a period that ends before it starts", "COUNT", { value: 5, periodStart: "2026-07-01" }, "periodEnd"],
    ];
    it.each(cases)("refuses %s", async (_name, kind, values, field) => {
      const indicatorId = await indicatorOf(kind);
      const [{ n: measurements }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM measurement`);
      const before = await auditCount(app.dataSource);
      const result = await record(indicatorId, { periodEnd: "2026-06-30", ...values });
      expect(result.errors![0].extensions.code).toBe("BAD_USER_INPUT");
      expect(result.errors![0].extensions.fields!.map((f) => f.field)).toContain(field);
      expect(await auditCount(app.dataSource)).toBe(before);
      expect((await app.dataSource.query(`SELECT count(*)::int AS n FROM measurement`))[0].n).toBe(measurements);
    });

    it("refuses a ratio target outside 0-100", async () => {
      const result = await app.gql(CREATE_INDICATOR, { input: { definedById: plan, name: "Tỷ lệ", measureKind: "RATIO", targets: [{ organisationId: ubnd, targetValue: 150 }] } }, { token: coordinator });
      expect(result.errors![0].extensions.fields![0].field).toBe("targets.0.targetValue");
    });
  });
});
