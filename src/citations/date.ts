import { normaliseDashes, normaliseSpaces, toNfc } from "./text";

/** FORMAT: not a date at all; OUT_OF_RANGE: shaped like a date but no such day (31/02, 00/01, month 13). */
export type InvalidDateReason = "FORMAT" | "OUT_OF_RANGE";

export class InvalidDateError extends Error {
  override readonly name = "InvalidDateError";

  constructor(
    readonly input: string,
    readonly reason: InvalidDateReason,
  ) {
    super(reason === "FORMAT" ? `Not a date: "${input}"` : `No such day: "${input}"`);
  }
}

/** A date found at a position of a text; `iso` is null when it has a date's shape but does not exist. */
export interface DateMatch {
  iso: string | null;
  end: number;
}

const NUMERIC = /(\d{1,2})\s{0,3}([/.-])\s{0,3}(\d{1,2})\s{0,3}\2\s{0,3}(\d{4})(?!\d)/y;
const IN_WORDS = /(\d{1,2})\s{1,3}tháng\s{1,3}(\d{1,2})\s{0,3},?\s{1,3}năm\s{1,3}(\d{4})(?!\d)/iuy;
const LEADING_DAY_WORD = /^ngày\s*/iu;

/** The ISO date of a calendar day, or null when the day does not exist. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Reads a Vietnamese date starting exactly at `index` of NFC text: "22/12/2024", "8/8/2025",
 * "22 / 12 / 2024", "22.12.2024", "27 tháng 9 năm 2019" (the word "ngày" before it is the
 * caller's business). Returns null when nothing date-shaped starts there, and `iso: null` for an
 * impossible day, so that a caller can skip the date but still step over it.
 */
export function matchVietnameseDateAt(text: string, index: number): DateMatch | null {
  for (const pattern of [NUMERIC, IN_WORDS]) {
    pattern.lastIndex = index;
    const m = pattern.exec(text);
    if (!m) continue;
    const [day, month, year] = pattern === NUMERIC ? [m[1], m[3], m[4]] : [m[1], m[2], m[3]];
    return { iso: isoDate(Number(year), Number(month), Number(day)), end: pattern.lastIndex };
  }
  return null;
}

/**
 * Parses a whole string as a Vietnamese date ("22/12/2024", "ngày 27 tháng 9 năm 2019", NFD or
 * stray spaces allowed) into ISO `YYYY-MM-DD`.
 * @throws InvalidDateError with reason FORMAT when the string is not a date, OUT_OF_RANGE when the
 * day does not exist; an API maps both to BAD_USER_INPUT.
 */
export function parseVietnameseDate(input: string): string {
  const text = normaliseSpaces(normaliseDashes(toNfc(input))).replace(LEADING_DAY_WORD, "");
  const match = matchVietnameseDateAt(text, 0);
  if (!match || match.end !== text.length) throw new InvalidDateError(input, "FORMAT");
  if (match.iso === null) throw new InvalidDateError(input, "OUT_OF_RANGE");
  return match.iso;
}

/** `parseVietnameseDate` without the exception: null for anything that is not an existing day. */
export function tryParseVietnameseDate(input: string): string | null {
  try {
    return parseVietnameseDate(input);
  } catch (error) {
    if (error instanceof InvalidDateError) return null;
    throw error;
  }
}
