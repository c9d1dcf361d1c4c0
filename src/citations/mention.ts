import { matchVietnameseDateAt } from "./date";
import { DOCUMENT_TYPE_WORDS, DocumentType, documentTypeFromWord } from "./document-type";
import { ParsedReference, scanReference } from "./reference";
import { DASH_CLASS } from "./text";

/** One place in a text that names a document, before mentions are grouped into citations. */
export interface Mention {
  documentType: DocumentType;
  start: number;
  /** End of the mention; `readIssuers` moves it past "của <issuer>". */
  end: number;
  reference: ParsedReference | null;
  number: string | null;
  /** "số" was written before the number: the writer meant a citation, not a back-reference. */
  explicitNumber: boolean;
  issuedOn: string | null;
  issuerName: string | null;
}

const NOT_WORD_AFTER = "(?![\\p{L}\\p{M}\\p{N}])";
const phrase = (words: string) => words.split(" ").join("\\s{1,3}");

const TYPE_WORDS_SOURCE = [...DOCUMENT_TYPE_WORDS]
  .map(([word]) => word)
  .sort((a, b) => b.length - a.length)
  .map(phrase)
  .join("|");
const TYPE_WORD = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${TYPE_WORDS_SOURCE})${NOT_WORD_AFTER}`, "giu");
const TYPE_WORD_HERE = new RegExp(`(?:${TYPE_WORDS_SOURCE})${NOT_WORD_AFTER}`, "iuy");

const QUALIFIERS = ["hành động", "kết luận", "làm việc", "công tác", "liên tịch", "phối hợp", "liên ngành"];
const QUALIFIER = new RegExp(`\\s{1,3}(?:${QUALIFIERS.map(phrase).join("|")})${NOT_WORD_AFTER}`, "iuy");
const SO = /(\s{0,4})số(?![\p{L}\p{M}])(\s{0,3}:)?\s{0,3}/iuy;
const LIST_NEXT = /(?:\s{0,3},\s{0,3}|\s{1,3})(?:và\s{1,3})?(?=số(?![\p{L}\p{M}]))/iuy;
const SPACES = /\s{1,3}/y;
const GAP_SPACES = /,?[ \t\u00A0]{1,3}/y;
const GAP_WORD = /[\p{L}\p{M}]+/uy;
const GAP_SO = /số(?![\p{L}\p{M}])\s{0,3}/iuy;
const GAP_DAY = /ngày(?![\p{L}\p{M}])\s{0,3}/iuy;
const DATE_LEAD = /\s{0,3},?\s{0,3}(?:ban hành\s{1,3})?ngày(?![\p{L}\p{M}])\s{0,3}/iuy;
const NUMBER = /\d{1,6}/y;
const NUMBER_FOLLOWED_BY_MORE = new RegExp(`^(?:[\\p{L}\\p{M}\\p{N}%]|[/.,:${DASH_CLASS}][\\p{L}\\p{N}])`, "u");
const GAP_STOP_WORDS = new Set(["số", "của", "về", "tại", "theo", "ngày", "và"]);
const MAX_GAP_WORDS = 6;
const MAX_LAW_NAME_WORDS = 12;

/** Types whose word is also a common verb ("Báo cáo tình hình ngày ..."): cited by date alone only when qualified. */
const VERB_LIKE = new Set([
  DocumentType.REPORT,
  DocumentType.GUIDANCE,
  DocumentType.RULE,
  DocumentType.CONCLUSION,
  DocumentType.DECISION,
  DocumentType.NOTICE,
]);

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function readNumber(text: string, at: number): { number: string; end: number } | null {
  const m = sticky(NUMBER, text, at);
  if (!m || NUMBER_FOLLOWED_BY_MORE.test(text.slice(NUMBER.lastIndex, NUMBER.lastIndex + 2))) return null;
  return { number: m[0].replace(/^0+(?=\d)/, ""), end: NUMBER.lastIndex };
}

type Core = Pick<Mention, "reference" | "number" | "explicitNumber" | "issuedOn"> & { end: number };

const withReference = (reference: ParsedReference & { end: number }, explicitNumber: boolean): Core => ({
  reference,
  number: reference.number,
  explicitNumber,
  issuedOn: null,
  end: reference.end,
});

/** "số <reference|number>": a blank draft number or a header ("\nSố: ...") gives nothing. */
function readAfterSo(text: string, at: number): Core | null | undefined {
  const so = sticky(SO, text, at);
  if (!so) return undefined;
  if (so[1].includes("\n") && so[2]) return null;
  const reference = scanReference(text, SO.lastIndex, "TEXT");
  if (reference) return reference.number === null ? null : withReference(reference, true);
  const plain = readNumber(text, SO.lastIndex);
  return plain && { reference: null, number: plain.number, explicitNumber: true, issuedOn: null, end: plain.end };
}

/**
 * Words between the type word and "số <reference>" or "ngày <date>": "Luật Dữ liệu số
 * 60/2024/QH15", "thông báo kết luận cuộc họp Ban chỉ đạo ngày 15/4/2026". Only a full reference
 * may follow such words (never a bare number), and a date alone only when `dated` allows it.
 */
function readAfterGap(text: string, at: number, type: DocumentType, dated: boolean): Core | null {
  const isLaw = type === DocumentType.LAW;
  let pos = at;
  for (let words = 0; words <= (isLaw ? MAX_LAW_NAME_WORDS : MAX_GAP_WORDS); words++) {
    const space = sticky(GAP_SPACES, text, pos);
    if (!space || (!isLaw && space[0].startsWith(","))) return null;
    pos = GAP_SPACES.lastIndex;
    if (words > 0 && sticky(GAP_SO, text, pos)) {
      const reference = scanReference(text, GAP_SO.lastIndex, "TEXT");
      return reference && reference.number !== null ? withReference(reference, true) : null;
    }
    if (dated && sticky(GAP_DAY, text, pos)) {
      const date = matchVietnameseDateAt(text, GAP_DAY.lastIndex);
      if (!date?.iso) return null;
      return { reference: null, number: null, explicitNumber: false, issuedOn: date.iso, end: date.end };
    }
    const word = sticky(GAP_WORD, text, pos);
    if (!word || sticky(TYPE_WORD_HERE, text, pos)) return null;
    const lower = word[0].toLowerCase();
    if (GAP_STOP_WORDS.has(lower) && !(isLaw && lower === "và")) return null;
    pos = GAP_WORD.lastIndex;
  }
  return null;
}

function readCore(text: string, at: number, type: DocumentType, dated: boolean): Core | null {
  const afterSo = readAfterSo(text, at);
  if (afterSo !== undefined) return afterSo;
  const spaces = sticky(SPACES, text, at);
  if (spaces) {
    const reference = scanReference(text, SPACES.lastIndex, "TEXT");
    if (reference?.number && (reference.typeCode || reference.year)) return withReference(reference, false);
    const plain = reference ? null : readNumber(text, SPACES.lastIndex);
    if (plain) return { reference: null, number: plain.number, explicitNumber: false, issuedOn: null, end: plain.end };
  }
  return readAfterGap(text, at, type, dated);
}

function readDate(text: string, core: Core): void {
  if (core.issuedOn !== null || !sticky(DATE_LEAD, text, core.end)) return;
  const date = matchVietnameseDateAt(text, DATE_LEAD.lastIndex);
  if (!date) return;
  core.issuedOn = date.iso;
  core.end = date.end;
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
 * that carries a type code or year ("Nghị quyết 57-NQ/TW"), by a bare number (a back-reference
 * such as "Kế hoạch 37"), or by a name and then "số <reference>" or "ngày <date>"; then an
 * optional date ("ngày 22/12/2024", ", ngày 27 tháng 9 năm 2019"). Further references listed after
 * it with "số" (", số 19-NQ/TW và số 20-NQ/TW") are mentions of the same type, starting at "số".
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
    const core = readCore(text, wordEnd, documentType, dated);
    for (let next = core && { start: m.index, core }; next; next = readListed(text, next.core.end)) {
      readDate(text, next.core);
      mentions.push({ documentType, start: next.start, ...next.core, issuerName: null });
      typeWord.lastIndex = next.core.end;
    }
  }
  return mentions;
}
