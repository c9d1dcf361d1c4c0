import { foldVietnamese, normaliseSpaces } from "./citations/text";

/**
 * The folded form stored in `search_text` columns and compared against search input: no case, no
 * diacritics, đ as d, single spaces; so "hai an" and "HẢI  AN" both find "Hải An".
 */
export function searchKey(text: string): string {
  return normaliseSpaces(foldVietnamese(text));
}

/** A LIKE pattern matching the folded search text anywhere, with wildcards in it taken literally. */
export function likePattern(text: string): string {
  return `%${searchKey(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
