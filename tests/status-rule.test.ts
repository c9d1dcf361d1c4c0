import { Accumulation, Direction, IndicatorStatus, MeasureKind } from "../src/modules/indicator/indicator.enums";
import { elapsedShare, judge } from "../src/modules/indicator/status-rule";

const YEAR = { periodStart: "2026-01-01", periodEnd: "2026-12-31" };
const cumulative = { measureKind: MeasureKind.RATIO, direction: Direction.HIGHER_IS_BETTER, accumulation: Accumulation.CUMULATIVE, baseline: null };

describe("the status rule (xanh hóa)", () => {
  it("is GREEN when the target is met, whatever the date", () => {
    expect(judge(cumulative, { ...YEAR, targetValue: 50 }, { value: 55.6, periodEnd: "2026-06-30" })).toBe(IndicatorStatus.GREEN);
    expect(judge(cumulative, { ...YEAR, targetValue: 50 }, { value: 50, periodEnd: "2026-12-31" })).toBe(IndicatorStatus.GREEN);
  });

  it("is AMBER when a cumulative value is on the straight line to the target, RED when behind it", () => {
    // On 30 June, 100% due by year end: the line stands near 49.6%.
    expect(judge(cumulative, { ...YEAR, targetValue: 100 }, { value: 55.6, periodEnd: "2026-06-30" })).toBe(IndicatorStatus.AMBER);
    expect(judge(cumulative, { ...YEAR, targetValue: 100 }, { value: 30, periodEnd: "2026-06-30" })).toBe(IndicatorStatus.RED);
  });

  it("starts the line from the baseline (40 -> 100: about 69.8 on 30 June)", () => {
    const withBaseline = { ...cumulative, baseline: 40 };
    expect(judge(withBaseline, { ...YEAR, targetValue: 100 }, { value: 72, periodEnd: "2026-06-30" })).toBe(IndicatorStatus.AMBER);
    expect(judge(withBaseline, { ...YEAR, targetValue: 100 }, { value: 65, periodEnd: "2026-06-30" })).toBe(IndicatorStatus.RED);
  });

  it("is RED for anything not met once the deadline has passed", () => {
    expect(judge(cumulative, { ...YEAR, targetValue: 100 }, { value: 99.9, periodEnd: "2026-12-31" })).toBe(IndicatorStatus.RED);
  });

  it("mirrors everything when lower is better", () => {
    const lower = { ...cumulative, measureKind: MeasureKind.COUNT, direction: Direction.LOWER_IS_BETTER, baseline: 100 };
    expect(judge(lower, { ...YEAR, targetValue: 20 }, { value: 15, periodEnd: "2026-03-31" })).toBe(IndicatorStatus.GREEN);
    expect(judge(lower, { ...YEAR, targetValue: 20 }, { value: 55, periodEnd: "2026-06-30" })).toBe(IndicatorStatus.AMBER);
    expect(judge(lower, { ...YEAR, targetValue: 20 }, { value: 90, periodEnd: "2026-06-30" })).toBe(IndicatorStatus.RED);
  });

  it("judges in-period values against the target with a tolerance, not a straight line", () => {
    const rate = { ...cumulative, measureKind: MeasureKind.PERCENT, accumulation: Accumulation.IN_PERIOD };
    expect(judge(rate, { ...YEAR, targetValue: 100 }, { value: 99.73, periodEnd: "2026-05-31" })).toBe(IndicatorStatus.AMBER);
    expect(judge(rate, { ...YEAR, targetValue: 100 }, { value: 80, periodEnd: "2026-05-31" })).toBe(IndicatorStatus.RED);
  });

  it("treats yes/no indicators as done or not, by the deadline", () => {
    const yesNo = { ...cumulative, measureKind: MeasureKind.BOOLEAN };
    expect(judge(yesNo, { ...YEAR, targetValue: 1 }, { value: 1, periodEnd: "2026-02-01" })).toBe(IndicatorStatus.GREEN);
    expect(judge(yesNo, { ...YEAR, targetValue: 1 }, { value: 0, periodEnd: "2026-02-01" })).toBe(IndicatorStatus.AMBER);
    expect(judge(yesNo, { ...YEAR, targetValue: 1 }, { value: 0, periodEnd: "2026-12-31" })).toBe(IndicatorStatus.RED);
  });

  it("is UNKNOWN without a target, without a value, or for qualitative indicators", () => {
    expect(judge(cumulative, null, { value: 10, periodEnd: "2026-02-01" })).toBe(IndicatorStatus.UNKNOWN);
    expect(judge(cumulative, { ...YEAR, targetValue: 100 }, null)).toBe(IndicatorStatus.UNKNOWN);
    expect(judge({ ...cumulative, measureKind: MeasureKind.TEXT }, { ...YEAR, targetValue: null }, { value: 1, periodEnd: "2026-02-01" })).toBe(IndicatorStatus.UNKNOWN);
  });

  it("measures the elapsed share of a period in whole days", () => {
    expect(elapsedShare(YEAR, "2025-12-01")).toBe(0);
    expect(elapsedShare(YEAR, "2026-12-31")).toBe(1);
    expect(elapsedShare({ periodStart: "2026-01-01", periodEnd: "2026-01-10" }, "2026-01-05")).toBeCloseTo(0.5);
  });
});
