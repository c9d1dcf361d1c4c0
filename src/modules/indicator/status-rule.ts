import { daysBetween } from "../../calendar";
import { Accumulation, Direction, IndicatorStatus, MeasureKind } from "./indicator.enums";

/** How close an in-period value must come to its target to count as on track (AMBER), relatively. */
export const IN_PERIOD_TOLERANCE = 0.1;

export interface JudgedIndicator {
  measureKind: MeasureKind;
  direction: Direction;
  accumulation: Accumulation;
  baseline: number | null;
}

export interface JudgedTarget {
  targetValue: number | null;
  periodStart: string;
  periodEnd: string;
}

export interface JudgedValue {
  value: number | null;
  /** The date the value speaks for (end of its period). */
  periodEnd: string;
}

/** Share of the target period elapsed on `date`, between 0 and 1. */
export function elapsedShare(target: Pick<JudgedTarget, "periodStart" | "periodEnd">, date: string): number {
  const total = daysBetween(target.periodStart, target.periodEnd) + 1;
  const done = daysBetween(target.periodStart, date) + 1;
  return Math.min(1, Math.max(0, done / total));
}

/**
 * The colour of a value against the target in force for its period (README, "The domain in brief": measurements):
 * - UNKNOWN: no target, no value, or a qualitative (TEXT) indicator.
 * - GREEN: the target is met (at least the target when higher is better, at most when lower is).
 * - After the target's deadline, anything not met is RED.
 * - Before it, a CUMULATIVE indicator is AMBER when it is at or past the straight line from the
 *   baseline (0 when none) to the target at this share of the period, RED when behind it;
 *   an IN_PERIOD indicator is AMBER within IN_PERIOD_TOLERANCE of the target, RED beyond.
 * - BOOLEAN: yes is GREEN; no is AMBER before the deadline and RED after.
 */
export function judge(indicator: JudgedIndicator, target: JudgedTarget | null, measured: JudgedValue | null): IndicatorStatus {
  if (!target || !measured || measured.value === null || indicator.measureKind === MeasureKind.TEXT) return IndicatorStatus.UNKNOWN;
  const beforeDeadline = measured.periodEnd < target.periodEnd;
  if (indicator.measureKind === MeasureKind.BOOLEAN) {
    if (measured.value >= 1) return IndicatorStatus.GREEN;
    return beforeDeadline ? IndicatorStatus.AMBER : IndicatorStatus.RED;
  }
  if (target.targetValue === null) return IndicatorStatus.UNKNOWN;
  const higher = indicator.direction === Direction.HIGHER_IS_BETTER;
  const value = measured.value;
  const goal = target.targetValue;
  if (higher ? value >= goal : value <= goal) return IndicatorStatus.GREEN;
  if (!beforeDeadline) return IndicatorStatus.RED;
  if (indicator.accumulation === Accumulation.IN_PERIOD) {
    const bound = higher ? goal * (1 - IN_PERIOD_TOLERANCE) : goal * (1 + IN_PERIOD_TOLERANCE);
    return (higher ? value >= bound : value <= bound) ? IndicatorStatus.AMBER : IndicatorStatus.RED;
  }
  const start = indicator.baseline ?? (higher ? 0 : null);
  if (start === null) return IndicatorStatus.AMBER;
  const expected = start + (goal - start) * elapsedShare(target, measured.periodEnd);
  return (higher ? value >= expected : value <= expected) ? IndicatorStatus.AMBER : IndicatorStatus.RED;
}
