import { DOCUMENT_TYPE_WORDS } from "../citations/document-type";
import type { Piece } from "./document";
import type { FigureQualifier } from "./types";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&").replace(/ /g, "\\s+");
const wordsBefore = (words: readonly string[]) =>
  new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${[...words].sort((a, b) => b.length - a.length).map(escape).join("|")})\\s*$`, "iu");

/**
 * Words after which a number names or orders something instead of measuring it: "Nghị quyết 57",
 * "Đề án 06", "Phụ lục 04", "Ban Chỉ đạo 57", "giai đoạn 1", "lần thứ 4", "số 02", "ĐT 0225...".
 */
const NAMING = wordsBefore([
  ...DOCUMENT_TYPE_WORDS.map(([word]) => word),
  "đề án", "dự án", "phụ lục", "điều", "khoản", "điểm", "mục", "chương", "phần", "mẫu", "biểu", "số",
  "ban chỉ đạo", "bcđ", "tổ dân phố", "tdp", "khu phố", "thôn", "xóm", "ấp", "quốc lộ", "tỉnh lộ",
  "ngày", "tháng", "năm", "quý", "tuần", "thứ", "lần", "đợt", "kỳ", "khóa", "khoá", "giai đoạn", "phiên",
  "vòng", "mức độ", "cấp độ", "phiên bản", "lúc", "đt", "sđt", "điện thoại", "hotline", "fax", "tel",
]);
const TOTAL = /(?:^|[^\p{L}])tổng\s+số\s*$/iu;
const YEAR_CONTEXT = wordsBefore(["năm", "giai đoạn", "nhiệm kỳ", "khóa", "khoá", "niên khóa", "niên độ", "đến", "từ", "trước", "sau", "đầu", "cuối"]);
const YEAR_RANGE_BEFORE = /\d{4}\s*[-–]\s*$/u;
const YEAR_RANGE_AFTER = /^\s*[-–]\s*\d{4}/u;
const DATE_WORD = wordsBefore(["ngày", "từ", "đến", "hết", "tháng", "sáng", "chiều", "tối", "lúc", "trước", "sau"]);

const QUALIFIERS: ReadonlyArray<readonly [string, FigureQualifier]> = [
  ["xấp xỉ", "ABOUT"], ["khoảng", "ABOUT"], ["gần", "ABOUT"], ["ước đạt", "ABOUT"], ["ước", "ABOUT"],
  ["trên", "OVER"], ["hơn", "OVER"], ["dưới", "UNDER"], ["chưa đến", "UNDER"], ["ít nhất", "AT_LEAST"],
  ["tối thiểu", "AT_LEAST"], ["tối đa", "AT_MOST"], ["không quá", "AT_MOST"], ["đạt", "REACHED"],
];
const QUALIFIER_BEFORE = QUALIFIERS.map(([word, q]) => [wordsBefore([word]), q] as const);

const UNIT_STOP = new Set(
  ("của trong tại trên dưới được đã và với cho có là đạt theo về thuộc các những này đó từ đến khi để nhằm " +
    "gồm như hoặc hay chưa còn đang sẽ bị ở vào lên thì mà nên do bằng qua so hơn trước sau chiếm tăng giảm trừ").split(" "),
);
/** Time words are a unit right after a number ("5 năm") and end a longer unit otherwise. */
const TIME_WORDS = new Set("năm tháng ngày quý tuần giờ phút".split(" "));
/** Two-syllable words that end a unit: a verb or "đối với" starts the rest of the clause. */
const STOP_PAIRS = new Set(
  ("đối với|sử dụng|thực hiện|triển khai|tham gia|hoàn thành|làm việc|tiếp cận|đăng ký|giải quyết|xử lý|" +
    "tiếp nhận|cài đặt|chưa được|trong đó").split("|"),
);
/** "bị" is the passive marker except as the end of these nouns and verbs. */
const BEFORE_BI = new Set(["thiết", "chuẩn", "trang", "dự"]);
/** Units that describe a structure, not a quantity measured: "chính quyền địa phương 2 cấp". */
export const DESCRIPTIVE_UNITS = new Set(["cấp"]);
const LABEL_LEAD = /^(?:(?:trong đó|đồng thời|đã|đang|sẽ|được|và|có|là|với|cho|trong|tổng cộng)\s+)+/iu;
const MAX_UNIT_SYLLABLES = 4;
const MAX_LABEL_SYLLABLES = 16;

/** Whether the text before a plain number makes it a name or an order rather than a count. */
export function isNamingNumber(before: string): boolean {
  return NAMING.test(before) && !TOTAL.test(before);
}

/** Whether a ratio-shaped "27/3" or "06/08" is a day and month, by the word before it. */
export function isDateContext(before: string): boolean {
  return DATE_WORD.test(before);
}

/** A 4-digit number from 1900 to 2099 is a year unless a unit follows it outside any year context. */
export function isYear(written: string, before: string, after: string, hasUnit: boolean): boolean {
  if (!/^(?:19|20)\d\d$/.test(written)) return false;
  return YEAR_CONTEXT.test(before) || YEAR_RANGE_BEFORE.test(before) || YEAR_RANGE_AFTER.test(after) || !hasUnit;
}

/** The qualifier words written right before a number, in text order ("khoảng trên 80%": ABOUT, OVER). */
export function readQualifiers(before: string): { qualifiers: FigureQualifier[]; rest: string } {
  const qualifiers: FigureQualifier[] = [];
  let rest = before;
  for (let found = true; found; ) {
    found = false;
    for (const [pattern, qualifier] of QUALIFIER_BEFORE) {
      const match = pattern.exec(rest);
      if (!match) continue;
      qualifiers.unshift(qualifier);
      rest = rest.slice(0, match.index + (/[^\p{L}\p{N}]/u.test(match[0][0]) ? 1 : 0));
      found = true;
      break;
    }
  }
  return { qualifiers, rest };
}

/**
 * The unit after a number: up to four syllables (one to three Vietnamese words: "hồ sơ", "chữ ký
 * số", "thủ tục hành chính"), stopping at punctuation, a digit, a function word ("của", "được",
 * "trong", ...) or an abbreviation after the first word ("đại biểu HĐND" → "đại biểu").
 */
export function readUnit(text: string, from: number, to: number): Piece | null {
  const word = /[ \t\u00A0]+([\p{L}\p{M}][\p{L}\p{M}-]*)/uy;
  const words: { raw: string; text: string; start: number; end: number }[] = [];
  for (word.lastIndex = from; words.length <= MAX_UNIT_SYLLABLES && word.lastIndex < to; ) {
    const match = word.exec(text);
    if (!match || word.lastIndex > to) break;
    words.push({ raw: match[1], text: match[1].toLowerCase(), start: word.lastIndex - match[1].length, end: word.lastIndex });
  }
  let taken = 0;
  while (taken < Math.min(words.length, MAX_UNIT_SYLLABLES)) {
    const w = words[taken].text;
    const pair = `${w} ${words[taken + 1]?.text ?? ""}`;
    const passive = w === "bị" && !BEFORE_BI.has(words[taken - 1]?.text ?? "");
    const stops = (UNIT_STOP.has(w) && w !== "bị") || passive || STOP_PAIRS.has(pair);
    if (stops || (taken > 0 && (TIME_WORDS.has(w) || /^\p{Lu}{2,}/u.test(words[taken].raw)))) break;
    taken++;
    if (taken === 1 && TIME_WORDS.has(w)) break;
  }
  if (taken === 0) return null;
  const start = words[0].start;
  const end = words[taken - 1].end;
  return { start, end, content: text.slice(start, end) };
}

/**
 * The label of a figure: the words from the last clause boundary (",", ";", ":", "(", a dash)
 * before it; for "label: value" the clause before the colon. Leading "đã", "và", "trong đó", ...
 * are dropped and at most the last sixteen syllables are kept.
 */
export function readLabel(text: string, clauseStart: number, numberStart: number): Piece | null {
  const before = text.slice(clauseStart, numberStart);
  const start = clauseStart + Math.max(before.search(/[^,;:()[\]]*$/u), 0);
  if (text.slice(start, numberStart).trim() !== "" || !/:\s*$/.test(before)) return trimLabel(text, start, numberStart);
  const colon = clauseStart + before.lastIndexOf(":");
  const head = text.slice(clauseStart, colon);
  return trimLabel(text, clauseStart + Math.max(head.search(/[^,;:]*$/u), 0), colon);
}

function trimLabel(text: string, start: number, end: number): Piece | null {
  let s = start;
  const lead = /^[\s\-–+*•"“]*/u.exec(text.slice(s, end))![0].length;
  s += lead;
  s += LABEL_LEAD.exec(text.slice(s, end))?.[0].length ?? 0;
  const syllables = [...text.slice(s, end).matchAll(/\S+/g)];
  if (syllables.length > MAX_LABEL_SYLLABLES) s += syllables[syllables.length - MAX_LABEL_SYLLABLES].index;
  const content = text.slice(s, end).trimEnd();
  return content === "" ? null : { start: s, end: s + content.length, content };
}
