import { matchVietnameseDateAt } from "./date";

/** The date a document is cited with: a day ("ngày 22/12/2024", "ngày 22.12.2024") or a year only ("năm 2020"). */
export interface TrailingDate {
  /** ISO day; null for a year only, or for a day that does not exist (31/02), which is stepped over. */
  iso: string | null;
  /** "năm 2020" as written; null when a day was written. */
  year: number | null;
  end: number;
}

/**
 * Only right after the reference or the issuer, joined by at most a comma or "ban hành": a date
 * further on ("tổ chức hội nghị ngày ...", "trước ngày ...") is a meeting or a deadline.
 */
const DAY_LEAD = /\s{0,3},?\s{0,3}(?:ban hành\s{1,3})?ngày(?![\p{L}\p{M}])\s{0,3}/iuy;
/** "năm 2020", but not a span of years ("năm 2021 - 2025") nor a date written after it. */
const YEAR = new RegExp(
  "\\s{0,3},?\\s{1,3}(?:ban hành\\s{1,3})?năm\\s{1,3}((?:19|20)\\d\\d)(?![\\p{N}\\p{L}])(?!\\s{0,3}[-\u2013\u2014/.]\\s{0,3}\\d)",
  "iuy",
);

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** A day or a year that starts right at `at` (after its lead words), or null; never reads past `limit`. */
export function readTrailingDate(text: string, at: number, limit = text.length): TrailingDate | null {
  if (sticky(DAY_LEAD, text, at)) {
    const date = matchVietnameseDateAt(text, DAY_LEAD.lastIndex);
    return date && date.end <= limit ? { iso: date.iso, year: null, end: date.end } : null;
  }
  const year = sticky(YEAR, text, at);
  if (!year || YEAR.lastIndex > limit) return null;
  return { iso: null, year: Number(year[1]), end: YEAR.lastIndex };
}
