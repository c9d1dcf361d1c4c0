import { foldVietnamese, normaliseSpaces } from "./citations/text";

/**
 * Text folded for comparison: no case, no diacritics, đ as d, single spaces, punctuation kept.
 * Identities and issuer names compare in this form (Document.issuerKey is stored in it).
 */
export function foldedKey(text: string): string {
  return normaliseSpaces(foldVietnamese(text));
}

/**
 * Whatever separates words once the text is folded: quotes (" ' “ ” ‘ ’), brackets, dashes, slashes,
 * commas. The same class is applied in PostgreSQL (migration SearchTextWords) to every stored key.
 */
const NOT_A_WORD = /[^a-z0-9]+/g;

/**
 * The form stored in `search_text` columns and compared against search input: folded, and only
 * words, so "hai an" finds "Hải An", "dot pha" finds “đột phá” in curly quotes and "đồng bộ" finds
 * "(đồng bộ)", whatever punctuation stands around or between the words.
 */
export function searchKey(text: string): string {
  return foldedKey(text).replace(NOT_A_WORD, " ").trim();
}

/** Most words of a search that are matched; the rest are ignored. */
const MAX_SEARCH_WORDS = 8;

/**
 * SQL condition matching every word of a search, in any order, as the start of a word of a folded
 * `search_text` column: "nghi quyet bo chinh tri" finds "Nghị quyết 57-NQ/TW ... Bộ Chính trị",
 * "hai an" finds "Phường Hải An" but not "Thành phố Hải Phòng". LIKE wildcards in the input are taken
 * literally. The plain LIKE lets the trigram index narrow the rows; the second one checks the word start.
 */
export function searchCondition(column: string, text: string, prefix = "search"): { sql: string; params: Record<string, string> } {
  const words = searchKey(text).split(" ").filter(Boolean).slice(0, MAX_SEARCH_WORDS);
  const params: Record<string, string> = {};
  const clauses = words.map((word, i) => {
    params[`${prefix}${i}`] = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return `${column} LIKE :${prefix}${i} AND (' ' || ${column}) LIKE ('% ' || SUBSTRING(:${prefix}${i} FROM 2))`;
  });
  return { sql: clauses.length ? `(${clauses.join(" AND ")})` : "TRUE", params };
}
