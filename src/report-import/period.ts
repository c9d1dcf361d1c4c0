import { isoDate } from "../citations";
import type { PeriodKind } from "./types";

/** A period phrase found in the NFC text. */
export interface PeriodMatch {
  kind: PeriodKind;
  start: string;
  end: string;
  from: number;
  to: number;
  /** Read from "năm 2026" alone: the weakest sign of a period. */
  bare: boolean;
}

/** A calendar period before it is placed in the text. */
type Period = Omit<PeriodMatch, "from" | "to" | "bare">;

/** The report's own date, to complete phrases without a year ("Kết quả quý II"). */
export interface ReportDate {
  year: number | null;
  month: number | null;
}

const RANGE =
  /(?<![\p{L}])từ\s+(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?\s*(?:đến|tới|[-–])\s*(?:hết\s+)?(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/giu;
const MONTHS_OF_YEAR = /(?<![\p{L}\p{N}])(\d{1,2}|ba|sáu|chín)\s+tháng\s+(?:(đầu|cuối)\s+)?năm(?:\s+(\d{4}))?/giu;
const QUARTER = /(?<![\p{L}])quý\s+(IV|I{1,3}|[1-4])(?![\p{L}\p{N}])(?:\s*(?:\/|năm)\s*(\d{4}))?/giu;
const MONTH = /(?<![\p{L}])tháng\s+(\d{1,2})(?![\p{N}])(?:\s*(?:\/|-|năm)\s*(\d{4}))?/giu;
const YEAR = /(?<![\p{L}])năm\s+(\d{4})(?![\p{N}])(?!\s*[-–]\s*\d{4})/giu;
/** Dates, and weeks of a month ("tuần 2 tháng 1 năm 2026"), whose month and year are no period of their own. */
const BLOCKED =
  /\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|tuần\s+(?:thứ\s+)?\S+\s+(?:của\s+)?tháng\s+\d{1,2}(?:\s*(?:\/|năm)\s*\d{4})?/giu;
const MONTH_WORDS: Record<string, number> = { ba: 3, sáu: 6, chín: 9 };
const QUARTER_NUMBER: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, "1": 1, "2": 2, "3": 3, "4": 4 };
/** A phrase without a year is put in the year before the report's when it would start this long after it. */
const MONTHS_AHEAD_ALLOWED = 3;

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const iso = (year: number, month: number, day: number) => isoDate(year, month, day)!;

function calendarPeriod(kind: PeriodKind, year: number, firstMonth: number, months: number): Period {
  const lastMonth = firstMonth + months - 1;
  return { kind, start: iso(year, firstMonth, 1), end: iso(year, lastMonth, lastDay(year, lastMonth)) };
}

function yearFor(written: string | undefined, firstMonth: number, date: ReportDate): number | null {
  if (written) return Number(written);
  if (date.year === null) return null;
  const ahead = date.month === null ? 0 : firstMonth - date.month;
  return ahead > MONTHS_AHEAD_ALLOWED ? date.year - 1 : date.year;
}

/**
 * An explicit range is a WEEK when it spans 7 days, a MONTH, QUARTER, HALF_YEAR or YEAR when it
 * covers exactly that calendar period, AD_HOC otherwise.
 */
export function classifyRange(start: string, end: string): PeriodKind {
  const [y1, m1, d1] = start.split("-").map(Number);
  const [y2, m2, d2] = end.split("-").map(Number);
  const days = (Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000 + 1;
  if (days === 7) return "WEEK";
  const whole = y1 === y2 && d1 === 1 && d2 === lastDay(y2, m2);
  const months = m2 - m1 + 1;
  if (whole && months === 1) return "MONTH";
  if (whole && months === 3 && (m1 - 1) % 3 === 0) return "QUARTER";
  if (whole && months === 6 && (m1 === 1 || m1 === 7)) return "HALF_YEAR";
  if (whole && months === 12) return "YEAR";
  return "AD_HOC";
}

function readRange(m: RegExpExecArray): Period | null {
  const end = isoDate(Number(m[6]), Number(m[5]), Number(m[4]));
  const start = isoDate(Number(m[3] ?? m[6]), Number(m[2]), Number(m[1]));
  if (!start || !end || start > end) return null;
  return { kind: classifyRange(start, end), start, end };
}

type Reader = (m: RegExpExecArray, date: ReportDate) => Period | null;

const READERS: ReadonlyArray<readonly [RegExp, Reader]> = [
  [RANGE, (m) => readRange(m)],
  [MONTHS_OF_YEAR, (m, date) => {
    const months = MONTH_WORDS[m[1].toLowerCase()] ?? Number(m[1]);
    if (months < 2 || months > 12) return null;
    const firstMonth = m[2]?.toLowerCase() === "cuối" ? 13 - months : 1;
    const year = yearFor(m[3], firstMonth, date);
    if (year === null) return null;
    const period = calendarPeriod("AD_HOC", year, firstMonth, months);
    return { ...period, kind: classifyRange(period.start, period.end) };
  }],
  [QUARTER, (m, date) => {
    const firstMonth = (QUARTER_NUMBER[m[1].toUpperCase()] - 1) * 3 + 1;
    const year = yearFor(m[2], firstMonth, date);
    return year === null ? null : calendarPeriod("QUARTER", year, firstMonth, 3);
  }],
  [MONTH, (m, date) => {
    const month = Number(m[1]);
    const year = month >= 1 && month <= 12 ? yearFor(m[2], month, date) : null;
    return year === null ? null : calendarPeriod("MONTH", year, month, 1);
  }],
  [YEAR, (m) => calendarPeriod("YEAR", Number(m[1]), 1, 12)],
];

const overlaps = (a: { from: number; to: number }, b: { from: number; to: number }) => a.from < b.to && b.from < a.to;

/**
 * Every period phrase in `text.slice(from, to)`: "(Từ 08/01/2026 đến 14/01/2026)", "6 tháng đầu
 * năm 2026" (HALF_YEAR; "9 tháng đầu năm" is AD_HOC), "quý II năm 2026", "Quý I/2026", "tháng
 * 05/2026", "năm 2026". Parts of dates ("ngày 15 tháng 4 năm 2026", "22/12/2024"), the month of a
 * week ("tuần 2 tháng 1") and phrases inside a longer one are left out.
 */
export function findPeriods(text: string, from: number, to: number, date: ReportDate): PeriodMatch[] {
  const slice = text.slice(from, to);
  const blocked = [...slice.matchAll(BLOCKED)].map((m) => ({ from: m.index, to: m.index + m[0].length }));
  const found: PeriodMatch[] = [];
  for (const [pattern, read] of READERS) {
    for (const m of slice.matchAll(pattern)) {
      const place = { from: m.index, to: m.index + m[0].length };
      if (found.some((f) => overlaps(f, place))) continue;
      if (pattern !== RANGE && blocked.some((b) => overlaps(b, place))) continue;
      const period = read(m, date);
      if (!period) continue;
      const wrapped = slice[place.from - 1] === "(" && slice[place.to] === ")";
      found.push({ ...period, bare: pattern === YEAR, from: from + place.from - (wrapped ? 1 : 0), to: from + place.to + (wrapped ? 1 : 0) });
    }
  }
  return found.sort((a, b) => a.from - b.from);
}

/** The first phrase other than a bare year; a bare year only when `allowYear` and nothing else is found. */
export function choosePeriod(matches: readonly PeriodMatch[], allowYear: boolean): PeriodMatch | null {
  return matches.find((m) => !m.bare) ?? (allowYear ? (matches[0] ?? null) : null);
}
