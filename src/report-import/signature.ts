import { isUpperCase, type Piece, type ReportDocument } from "./document";
import type { Signature, SignatureLine, SigningMode } from "./types";

const MODES: ReadonlyArray<readonly [SigningMode, RegExp]> = [
  ["BY_AUTHORISATION", /^(?:TUQ|T\.U\.Q|T\/UQ)\.?\s+/u],
  ["ON_BEHALF", /^(?:TM|T\.M|T\/M)\.?\s+/u],
  ["DEPUTY", /^(?:KT|K\.T|K\/T)\.?\s+/u],
  ["BY_ORDER", /^(?:TL|T\.L|T\/L)\.?\s+/u],
  ["ACTING", /^Q\.\s+/u],
];
const SIGN_NOTE = /^[([]?\s*(?:đã ký|ký|ký tên|ký,? ghi rõ họ tên|ký tên,? đóng dấu|chữ ký|dấu)[^)\]]*[)\]]?$/iu;
const NAME = /^\p{Lu}[\p{Ll}\p{M}]*\.?(?:\s+\p{Lu}[\p{Ll}\p{M}]*\.?){1,5}$/u;
const UPPER_NAME = /^\p{Lu}+(?:\s+\p{Lu}+){1,5}$/u;
/** Words of titles and bodies that a person's name in capitals never contains (not "THƯ", "NHÂN": names). */
const TITLE_WORDS =
  /(?:^|\s)(?:CHỦ|TỊCH|BÍ|TRƯỞNG|PHÓ|GIÁM|ĐỐC|CHÁNH|CHUYÊN|THƯỜNG|TRỰC|TỔNG|BAN|ỦY|UỶ|ĐẢNG|PHÒNG|SỞ|VỤ|UBND|HĐND|MTTQ|BCĐ)(?=\s|$)/u;
const MAX_LINE = 80;

/** The signing capacity a line opens with: TM., KT., T/L, TUQ., Q. (dotted or slashed forms too). */
function signingModeOf(text: string): SigningMode | null {
  return MODES.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}

/** A title line of a signature block ("PHÓ CHỦ TỊCH", "CHỦ TỊCH UBND PHƯỜNG"): capitals, no digits, no end punctuation. */
function isTitleLine(text: string): boolean {
  return text.length <= MAX_LINE && isUpperCase(text) && !/[\d;:,.]$|\d/u.test(text) && TITLE_WORDS.test(text);
}

const isSignNote = (text: string) => SIGN_NOTE.test(text);
const isName = (text: string) => NAME.test(text) || (UPPER_NAME.test(text) && !TITLE_WORDS.test(text));

/** Whether a line can belong to a signature block: a capacity, a title, a name or "(Đã ký)". */
export function isSignatureLine(text: string): boolean {
  if (text.length > MAX_LINE) return false;
  return signingModeOf(text) !== null || isTitleLine(text) || isSignNote(text) || isName(text);
}

/** Whether the lines hold a capacity or a title line, as every signature block does. */
export function holdsCapacity(cells: readonly Piece[]): boolean {
  return cells.some((cell) => signingModeOf(cell.content) !== null || isTitleLine(cell.content));
}

/**
 * Reads a signature block: capacity lines (TM. HỘI ĐỒNG NHÂN DÂN, KT. CHỦ TỊCH, T/L BAN THƯỜNG VỤ),
 * title lines in capitals, and the signer's name on the last line that is neither; "(Đã ký)" and
 * markdown are dropped. Null when the block has no capacity or title line.
 */
export function readSignature(doc: ReportDocument, cells: readonly Piece[]): Signature | null {
  const kept = cells.filter((cell) => cell.content !== "" && !isSignNote(cell.content));
  if (!holdsCapacity(kept)) return null;
  const lines: SignatureLine[] = [];
  let signer: Piece | null = null;
  for (const cell of kept) {
    const mode = signingModeOf(cell.content) ?? (isTitleLine(cell.content) ? "TITLE" : null);
    if (mode) lines.push({ mode, text: cell.content, span: doc.span(cell.start, cell.end) });
    else if (isName(cell.content)) signer = cell;
  }
  const first = (mode: SigningMode) => lines.find((line) => line.mode === mode)?.text ?? null;
  const titles = lines.filter((line) => line.mode === "TITLE").map((line) => line.text);
  const end = Math.max(...kept.map((cell) => cell.end));
  return {
    lines,
    onBehalfOf: first("ON_BEHALF"),
    deputy: first("DEPUTY"),
    byOrderOf: first("BY_ORDER"),
    byAuthorisationOf: first("BY_AUTHORISATION"),
    acting: first("ACTING"),
    title: titles[0] ?? null,
    titles,
    signer: signer ? doc.named(signer) : null,
    span: doc.span(Math.min(...kept.map((cell) => cell.start)), end),
  };
}
