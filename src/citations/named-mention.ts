import { matchVietnameseDateAt } from "./date";
import { DocumentType } from "./document-type";
import { Core, TYPE_WORD_HERE, datedOnly, sticky, withReference } from "./mention-core";
import { scanReference } from "./reference";
import { normaliseSpaces } from "./text";
import { readTrailingDate } from "./trailing-date";

const GAP_SPACES = /,?[ \t\u00A0]{1,3}/y;
const GAP_WORD = /[\p{L}\p{M}]+/uy;
const GAP_SO = /số(?![\p{L}\p{M}])\s{0,3}/iuy;
const GAP_DAY = /ngày(?![\p{L}\p{M}])\s{0,3}/iuy;
const UPPER_START = /^\p{Lu}/u;
const GAP_STOP_WORDS = new Set(["số", "của", "về", "tại", "theo", "ngày", "và"]);
const MAX_GAP_WORDS = 6;
const MAX_LAW_NAME_WORDS = 12;

/**
 * A law is named by capitalised words ("Luật Hộ tịch", "Bộ luật Dân sự"); "Luật sư" (a lawyer) and
 * "pháp luật" (the law in general) are not laws. It may then be cited by its year alone
 * ("Luật Hộ tịch năm 2014"), which no other document type is: "Kế hoạch hành động năm 2026" names
 * a plan by what it covers.
 */
function readLawDate(text: string, typeStart: number, at: number, nameStart: number): Core | null {
  if (!UPPER_START.test(text.slice(nameStart, nameStart + 1))) return null;
  const date = readTrailingDate(text, at);
  if (!date || (date.iso === null && date.year === null)) return null;
  return datedOnly(date.iso, date.year, normaliseSpaces(text.slice(typeStart, at)), date.end);
}

/**
 * Words between the type word and "số <reference>" or "ngày <date>": "Luật Dữ liệu số
 * 60/2024/QH15", "thông báo kết luận cuộc họp Ban chỉ đạo ngày 15/4/2026". Only a full reference
 * may follow such words (never a bare number), and a date alone only when `dated` allows it. A
 * law's name (`typeStart` to the end of the last word) becomes the mention's title.
 */
export function readAfterGap(text: string, typeStart: number, at: number, type: DocumentType, dated: boolean): Core | null {
  const isLaw = type === DocumentType.LAW;
  let pos = at;
  let nameStart = -1;
  for (let words = 0; words <= (isLaw ? MAX_LAW_NAME_WORDS : MAX_GAP_WORDS); words++) {
    if (isLaw && dated && words > 0) {
      const law = readLawDate(text, typeStart, pos, nameStart);
      if (law) return law;
    }
    const wordEnd = pos;
    const space = sticky(GAP_SPACES, text, pos);
    if (!space || (!isLaw && space[0].startsWith(","))) return null;
    pos = GAP_SPACES.lastIndex;
    if (words > 0 && sticky(GAP_SO, text, pos)) {
      const reference = scanReference(text, GAP_SO.lastIndex, "TEXT");
      if (reference && reference.number !== null) return withReference(reference, true, isLaw ? normaliseSpaces(text.slice(typeStart, wordEnd)) : null);
      // "số" is also "digital": "Luật Công nghiệp công nghệ số ngày 14 tháng 6 năm 2025".
      if (!isLaw || reference) return null;
    }
    if (dated && !isLaw && sticky(GAP_DAY, text, pos)) {
      const date = matchVietnameseDateAt(text, GAP_DAY.lastIndex);
      return date?.iso ? datedOnly(date.iso, null, null, date.end) : null;
    }
    const word = sticky(GAP_WORD, text, pos);
    if (!word || sticky(TYPE_WORD_HERE, text, pos)) return null;
    const lower = word[0].toLowerCase();
    if (GAP_STOP_WORDS.has(lower) && !(isLaw && (lower === "và" || lower === "số"))) return null;
    if (nameStart < 0) nameStart = pos;
    pos = GAP_WORD.lastIndex;
  }
  return null;
}
