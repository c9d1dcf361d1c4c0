import { foldVietnamese, normaliseSpaces } from "./citations/text";

/**
 * The folded form stored in `search_text` columns and compared against search input: no case, no
 * diacritics, đ as d, single spaces; so "hai an" and "HẢI  AN" both find "Hải An".
 */
export function searchKey(text: string): string {
  return normaliseSpaces(foldVietnamese(text));
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
