/**
 * Vietnamese text helpers shared by every module: input is stored in NFC, and search compares
 * folded text (no case, no diacritics, đ as d) so that "hai an" finds "Hải An".
 */
export function toNfc(text: string): string {
  return text.normalize("NFC");
}

export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Escapes LIKE wildcards so that user text is matched literally. */
export function likePattern(folded: string): string {
  return `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
