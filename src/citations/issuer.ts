import { Mention } from "./mention";
import { isDash, normaliseSpaces } from "./text";
import { readTrailingDate } from "./trailing-date";

const ISSUER_LEAD = /\s{0,3},?\s{0,3}của(?![\p{L}\p{M}])[ \t\u00A0]{1,3}/iuy;
const WORD = /[\p{L}\p{M}\p{N}&']+/uy;
const WORD_START = /[\p{L}\p{M}\p{N}]/u;
const ABBREVIATION = /^\p{Lu}\p{L}{0,2}$/u;
const UPPER_START = /^\p{Lu}/u;
const JOINED = /^\s*(?:,\s*(?:và\s+)?|và\s+)$/iu;
const MAX_WORDS = 20;
const MAX_ENUMERATION_LOOKAHEAD = 12;

/** Words that end an issuer's name when written in lower case: prepositions and verbs. */
const STOP_WORDS = new Set([
  "về", "tại", "theo", "để", "nhằm", "cho", "với", "trong", "trên", "đã", "sẽ", "đang", "được", "là",
  "có", "ngày", "năm", "giao", "gửi", "xin", "trình", "ký", "gồm", "kèm", "thì", "mà", "nên",
  "vào", "từ", "đến", "qua", "sau", "trước", "bằng", "do", "lên", "của", "tới", "như",
]);
/** Stop words that also end a name in ALL-CAPS text ("CỦA BỘ CHÍNH TRỊ VỀ ..."). */
const CAPITAL_STOP_WORDS = new Set(["VỀ", "TẠI", "THEO", "NGÀY", "NĂM", "CỦA"]);
const STOP_PAIRS = new Set([
  "thực hiện", "triển khai", "phê duyệt", "ban hành", "quy định", "hướng dẫn", "đề nghị", "khảo sát",
  "yêu cầu", "cung cấp", "đề xuất", "báo cáo", "thông báo", "phân công", "kiểm tra", "điều chỉnh",
  "bổ sung", "sửa đổi", "tổng hợp", "đối với", "liên quan", "tham mưu", "hỗ trợ", "đôn đốc", "công bố",
  "chấp thuận",
]);

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function skipBlanks(text: string, at: number): number {
  let i = at;
  while (text[i] === " " || text[i] === "\t" || text[i] === "\u00A0") i++;
  return i;
}

function nextWord(text: string, at: number): string | null {
  return sticky(WORD, text, skipBlanks(text, at))?.[0] ?? null;
}

function endsName(word: string, next: string | null): boolean {
  if (/^\d/.test(word) || STOP_WORDS.has(word) || CAPITAL_STOP_WORDS.has(word)) return true;
  if (next === null) return false;
  const pair = `${word} ${next}`;
  return STOP_PAIRS.has(pair) || STOP_PAIRS.has(pair.toLowerCase()) && pair === pair.toUpperCase();
}

/** After a comma: does a list "A, B và C" follow, as in "Bộ Văn hóa, Thể thao và Du lịch"? */
function opensEnumeration(text: string, at: number, limit: number): boolean {
  let pos = at;
  for (let words = 0; words < MAX_ENUMERATION_LOOKAHEAD && pos < limit; ) {
    pos = skipBlanks(text, pos);
    const c = text[pos];
    if (c === "," || isDash(c)) {
      pos++;
      continue;
    }
    const word = WORD_START.test(c ?? "") ? sticky(WORD, text, pos)?.[0] : undefined;
    const wordEnd = WORD.lastIndex;
    if (!word || wordEnd > limit) return false;
    if (word.toLowerCase() === "và") return true;
    if (endsName(word, nextWord(text, wordEnd))) return false;
    pos = wordEnd;
    words++;
  }
  return false;
}

/**
 * The end of an issuer's name that starts at `start`: the name runs until a line break, ";", "(",
 * ":", a full stop (not after an abbreviation such as "TP."), a lower-case preposition or verb
 * ("về", "thực hiện", "phê duyệt", ...), "và" before a lower-case word, a comma that does not open
 * a list ending in "và", or `limit` (the next mention).
 */
function issuerEnd(text: string, start: number, limit: number): number {
  let pos = start;
  let end = start;
  let lastWord = "";
  let enumeration = false;
  for (let words = 0; words < MAX_WORDS; ) {
    pos = skipBlanks(text, pos);
    const c = text[pos];
    if (pos >= limit || c === undefined) break;
    if (WORD_START.test(c)) {
      const word = sticky(WORD, text, pos)![0];
      const wordEnd = WORD.lastIndex;
      const next = nextWord(text, wordEnd);
      if (wordEnd > limit || endsName(word, next)) break;
      const joins = word.toLowerCase() === "và";
      if (joins && !enumeration && !UPPER_START.test(next ?? "")) break;
      [pos, end, lastWord] = [wordEnd, joins ? end : wordEnd, word];
      words++;
    } else if (isDash(c)) {
      pos++;
    } else if (c === "," && opensEnumeration(text, pos + 1, limit)) {
      [pos, enumeration] = [pos + 1, true];
    } else if (c === "." && ABBREVIATION.test(lastWord) && text[pos + 1] === " " && UPPER_START.test(text[pos + 2] ?? "")) {
      [pos, end] = [pos + 1, pos + 1];
    } else {
      break;
    }
  }
  return end;
}

/** A date written after the issuer ("của Thủ tướng Chính phủ ngày 22 tháng 4 năm 2022") is the document's too. */
function readDateAfterIssuer(text: string, mention: Mention, limit: number): void {
  if (mention.issuedOn !== null || mention.issuedYear !== null) return;
  const date = readTrailingDate(text, mention.end, limit);
  if (!date || (date.year !== null && !mention.reference)) return;
  [mention.issuedOn, mention.issuedYear, mention.end] = [date.iso, date.year, date.end];
}

/** Reads "của <issuer>" after each mention, as cited, and extends the mention over it and a date after it. */
export function readIssuers(text: string, mentions: Mention[]): void {
  mentions.forEach((mention, i) => {
    const limit = mentions[i + 1]?.start ?? text.length;
    if (!sticky(ISSUER_LEAD, text, mention.end)) return;
    const start = ISSUER_LEAD.lastIndex;
    const end = start < limit ? issuerEnd(text, start, limit) : start;
    if (end === start) return;
    mention.issuerName = normaliseSpaces(text.slice(start, end));
    mention.end = end;
    readDateAfterIssuer(text, mention, limit);
  });
}

/**
 * Gives the issuer of the last document of a list to the ones before it: "Kế hoạch số 21-KH/ĐU
 * ngày 22/9/2025 và Kế hoạch số 47-KH/ĐU ngày 23/01/2026 của Ban Thường vụ Đảng ủy xã" names one
 * issuer for both. Only across "," or "và", and only between documents of the same issuer code
 * (when both have one) or else of the same type.
 */
export function shareIssuers(text: string, mentions: Mention[]): void {
  for (let i = mentions.length - 2; i >= 0; i--) {
    const [mention, next] = [mentions[i], mentions[i + 1]];
    if (mention.issuerName !== null || next.issuerName === null) continue;
    if (!JOINED.test(text.slice(mention.end, next.start))) continue;
    const codes = [mention.reference?.issuerCode, next.reference?.issuerCode];
    const sameFamily = codes[0] && codes[1] ? codes[0] === codes[1] : mention.documentType === next.documentType;
    if (sameFamily) mention.issuerName = next.issuerName;
  }
}
