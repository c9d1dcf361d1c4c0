import { DocumentType, documentTypeFromWord } from "./document-type";
import { Core, Mention, NOT_WORD_AFTER, TYPE_WORDS_SOURCE, numberOnly, phrase, sticky, withReference } from "./mention-core";
import { readAfterGap } from "./named-mention";
import { scanReference } from "./reference";
import { DASH_CLASS } from "./text";
import { readTrailingDate } from "./trailing-date";

export type { Mention } from "./mention-core";

/** A digit may touch the word: items of numbered lists lose their space ("1Chỉ thị 15/CT-TTg"). */
const TYPE_WORD = new RegExp(`(?<![\\p{L}\\p{M}])(?:${TYPE_WORDS_SOURCE})${NOT_WORD_AFTER}`, "giu");

const QUALIFIERS = ["hành động", "kết luận", "làm việc", "công tác", "liên tịch", "phối hợp", "liên ngành"];
const QUALIFIER = new RegExp(`\\s{1,3}(?:${QUALIFIERS.map(phrase).join("|")})${NOT_WORD_AFTER}`, "iuy");
const SO = /(\s{0,4})số(?![\p{L}\p{M}])(\s{0,3}:)?\s{0,3}/iuy;
const LIST_NEXT = /(?:\s{0,3},\s{0,3}|\s{1,3})(?:và\s{1,3})?(?=số(?![\p{L}\p{M}]))/iuy;
const SPACES = /\s{1,3}/y;
const NUMBER = /\d{1,6}/y;
const NUMBER_FOLLOWED_BY_MORE = new RegExp(`^(?:[\\p{L}\\p{M}\\p{N}%]|[/.,:${DASH_CLASS}][\\p{L}\\p{N}])`, "u");

/** Types whose word is also a common verb ("Báo cáo tình hình ngày ..."): cited by date alone only when qualified. */
const VERB_LIKE = new Set([
  DocumentType.REPORT,
  DocumentType.GUIDANCE,
  DocumentType.RULE,
  DocumentType.CONCLUSION,
  DocumentType.DECISION,
  DocumentType.NOTICE,
]);

function readNumber(text: string, at: number): { number: string; end: number } | null {
  const m = sticky(NUMBER, text, at);
  if (!m || NUMBER_FOLLOWED_BY_MORE.test(text.slice(NUMBER.lastIndex, NUMBER.lastIndex + 2))) return null;
  return { number: m[0].replace(/^0+(?=\d)/, ""), end: NUMBER.lastIndex };
}

/** "số <reference|number>": a blank draft number or a header ("\nSố: ...") gives nothing. */
function readAfterSo(text: string, at: number): Core | null | undefined {
  const so = sticky(SO, text, at);
  if (!so) return undefined;
  if (so[1].includes("\n") && so[2]) return null;
  const reference = scanReference(text, SO.lastIndex, "TEXT");
  if (reference) return reference.number === null ? null : withReference(reference, true);
  const plain = readNumber(text, SO.lastIndex);
  return plain && numberOnly(plain.number, true, plain.end);
}

/**
 * After the type word: "số ..."; or, without "số", a whole reference ("Nghị quyết 57-NQ/TW",
 * "Công văn 562/BKHCN-VCL": a symbol of issuer codes only is as much a reference as one with a type
 * code); or a bare number, a back-reference ("Kế hoạch 37"); or a name and what follows it.
 */
function readCore(text: string, typeStart: number, at: number, type: DocumentType, dated: boolean): Core | null {
  const afterSo = readAfterSo(text, at);
  if (afterSo !== undefined) return afterSo;
  const spaces = sticky(SPACES, text, at);
  if (spaces) {
    const reference = scanReference(text, SPACES.lastIndex, "TEXT");
    if (reference?.number) return withReference(reference, false);
    const plain = reference ? null : readNumber(text, SPACES.lastIndex);
    if (plain) return numberOnly(plain.number, false, plain.end);
  }
  return readAfterGap(text, typeStart, at, type, dated);
}

/** The document's own date right after the reference; a year alone only after a full reference. */
function readDate(text: string, core: Core): void {
  if (core.issuedOn !== null || core.issuedYear !== null) return;
  const date = readTrailingDate(text, core.end);
  if (!date || (date.year !== null && !core.reference)) return;
  [core.issuedOn, core.issuedYear, core.end] = [date.iso, date.year, date.end];
}

/** The next reference of a list that shares one type word: "Nghị quyết số 18-NQ/TW, số 19-NQ/TW và số 20-NQ/TW". */
function readListed(text: string, at: number): { start: number; core: Core } | null {
  if (!sticky(LIST_NEXT, text, at)) return null;
  const start = LIST_NEXT.lastIndex;
  const core = readAfterSo(text, start);
  return core?.reference ? { start, core } : null;
}

/**
 * Every mention of a document in NFC text, in order. A mention starts at a type word ("Kế hoạch",
 * "Thông báo kết luận", "Văn bản", ...) followed by "số" and a reference or number, by a reference
 * ("Nghị quyết 57-NQ/TW"), by a bare number (a back-reference such as "Kế hoạch 37"), or by a
 * name and then "số <reference>" or "ngày <date>" (a law also "năm <year>"); then an optional
 * date ("ngày 22/12/2024", ", ngày 27 tháng 9 năm 2019", "ban hành ngày 22.12.2024", "năm
 * 2020"). Further references listed after it with "số" (", số 19-NQ/TW và số 20-NQ/TW") are
 * mentions of the same type, starting at "số".
 */
export function findMentions(text: string): Mention[] {
  const mentions: Mention[] = [];
  const typeWord = new RegExp(TYPE_WORD.source, TYPE_WORD.flags);
  for (let m = typeWord.exec(text); m; m = typeWord.exec(text)) {
    const documentType = documentTypeFromWord(m[0]);
    if (!documentType) continue;
    const qualifier = sticky(QUALIFIER, text, m.index + m[0].length);
    const wordEnd = qualifier ? QUALIFIER.lastIndex : m.index + m[0].length;
    typeWord.lastIndex = wordEnd;
    const dated = qualifier !== null || (/^\p{Lu}/u.test(m[0]) && !VERB_LIKE.has(documentType));
    const core = readCore(text, m.index, wordEnd, documentType, dated);
    for (let next = core && { start: m.index, core }; next; next = readListed(text, next.core.end)) {
      readDate(text, next.core);
      mentions.push({ documentType, start: next.start, ...next.core, issuerName: null });
      typeWord.lastIndex = next.core.end;
    }
  }
  return mentions;
}
