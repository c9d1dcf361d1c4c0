/** Every dash that word processors put inside document symbols ("57–NQ/TW", "57 − NQ/TW"). */
export const DASH_CHARACTERS = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D";

/** `DASH_CHARACTERS` escaped for use inside a regular expression's character class. */
export const DASH_CLASS = DASH_CHARACTERS.replace("-", "\\-");

const DASHES = new RegExp(`[${DASH_CLASS}]`, "g");
const WHITESPACE_RUN = /[\s\u200B\uFEFF]+/g;

export function toNfc(s: string): string {
  return s.normalize("NFC");
}

/**
 * Folds Vietnamese text for search that ignores case and diacritics: NFC, then every combining mark
 * removed, đ/Đ as d, lower case. "Hải An", "HẢI AN" and the NFD spelling of either all fold to
 * "hai an". Spaces are left as they are (see `normaliseSpaces`).
 */
export function foldVietnamese(s: string): string {
  return toNfc(s).normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
}

/** Collapses every run of whitespace (line breaks, tabs, non-breaking spaces) into one space and trims. */
export function normaliseSpaces(s: string): string {
  return s.replace(WHITESPACE_RUN, " ").trim();
}

/** Replaces every dash variant listed in `DASH_CHARACTERS` with the ASCII hyphen-minus. */
export function normaliseDashes(s: string): string {
  return s.replace(DASHES, "-");
}

export function isDash(c: string | undefined): boolean {
  return c !== undefined && c.length === 1 && DASH_CHARACTERS.includes(c);
}
