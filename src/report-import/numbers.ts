/**
 * A number written the Vietnamese way: "." groups thousands, "," marks decimals. Groups after a
 * "." must have exactly three digits, so "4.0" (a version) and "12.5" are not numbers.
 */
const VIETNAMESE_NUMBER = /^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;
const RATIO = /^(.+?)\s?\/\s?(.+)$/;
const PERCENTAGE = /^(.+?)\s?%$/;

/**
 * Parses "11.952" (11952), "11952", "99,73" (99.73), "1.234.567,5", "03" (3). Returns null for
 * anything else, English formats included ("11,952.5"): in Vietnamese text "11,952" is 11.952.
 */
export function parseVietnameseNumber(written: string): number | null {
  const s = written.trim();
  if (!VIETNAMESE_NUMBER.test(s)) return null;
  return Number(s.replace(/\./g, "").replace(",", "."));
}

/** Parses "15/27", "22.581/57.566", "09 / 17" into numerator and denominator; null when either is not a number. */
export function parseVietnameseRatio(written: string): { numerator: number; denominator: number } | null {
  const match = RATIO.exec(written.trim());
  if (!match) return null;
  const numerator = parseVietnameseNumber(match[1]);
  const denominator = parseVietnameseNumber(match[2]);
  return numerator === null || denominator === null ? null : { numerator, denominator };
}

/** Parses "99,73%" (99.73), "100 %"; null when it is not a number followed by "%". */
export function parseVietnamesePercentage(written: string): number | null {
  const match = PERCENTAGE.exec(written.trim());
  return match ? parseVietnameseNumber(match[1]) : null;
}
