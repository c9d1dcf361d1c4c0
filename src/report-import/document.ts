import { foldVietnamese } from "../citations";
import { toNfcWithOffsets } from "../citations/nfc-offsets";
import type { NamedSpan, TextSpan } from "./types";

/** A piece of the NFC text: offsets into `ReportDocument.text`, not the caller's input. */
export interface Piece {
  start: number;
  end: number;
  /** The text between the offsets, markdown decorations around it removed. */
  content: string;
}

/** One line of the NFC text; `content` is the line without markdown decorations around it. */
export interface Line extends Piece {
  index: number;
  /** Offsets of the whole line, line break excluded. */
  lineStart: number;
  lineEnd: number;
}

/** The NFC text a report is read from, its lines, and the way back to the caller's offsets. */
export interface ReportDocument {
  original: string;
  text: string;
  lines: Line[];
  span(start: number, end: number): TextSpan;
  named(piece: Piece): NamedSpan;
}

const LEADING = /^[ \t\u00A0]*(?:#{1,6}[ \t]+)?(?:>[ \t]*)?(?:(?:\*{1,3}|_{1,3})(?=\S))?[ \t\u00A0]*/;
const TRAILING_SPACE = /[ \t\u00A0\\]*$/;
const TRAILING_EMPHASIS = /(?<=[^\s*_])(?:\*{1,3}|_{1,3})$/;

/** Trims white space and markdown decorations (`#`, `>`, `**`, `_`) around `[start, end)` of `text`. */
function trimPiece(text: string, start: number, end: number): Piece {
  const raw = text.slice(start, end);
  const lead = LEADING.exec(raw)?.[0].length ?? 0;
  let body = raw.slice(lead).replace(TRAILING_SPACE, "");
  body = body.replace(TRAILING_EMPHASIS, "").replace(TRAILING_SPACE, "");
  return { start: start + lead, end: start + lead + body.length, content: body };
}

/** Reads a text into NFC lines; every offset can be mapped back with `span`. */
export function readDocument(original: string): ReportDocument {
  const nfc = toNfcWithOffsets(original);
  const text = nfc.text;
  const lines: Line[] = [];
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf("\n", start);
    const next = newline < 0 ? text.length : newline;
    const end = next > start && text[next - 1] === "\r" ? next - 1 : next;
    const piece = trimPiece(text, start, end);
    lines.push({ start: piece.start, end: piece.end, content: piece.content, index: lines.length, lineStart: start, lineEnd: end });
    start = next + 1;
  }
  const span = (start: number, end: number) => ({ start: nfc.toOriginal(start), end: nfc.toOriginal(end) });
  return { original, text, lines, span, named: (piece) => ({ text: piece.content, span: span(piece.start, piece.end) }) };
}

/**
 * Splits a line into the cells of a table converted to text: "|" and tabs always separate cells,
 * three spaces or more do too ("Số: 11/BC-UBND      Hải An, ngày ...").
 */
export function cellsOf(doc: ReportDocument, line: Line): Piece[] {
  const cells: Piece[] = [];
  const separator = /\s*\|\s*|\t+| {3,}/g;
  let from = line.start;
  const raw = doc.text.slice(line.start, line.end);
  for (const match of raw.matchAll(separator)) {
    cells.push(trimPiece(doc.text, from, line.start + match.index));
    from = line.start + match.index + match[0].length;
  }
  cells.push(trimPiece(doc.text, from, line.end));
  return cells.filter((cell) => cell.content !== "");
}

/** Folds like `foldVietnamese` and keeps every index where it was, for NFC Vietnamese text. */
export function foldAligned(s: string): string {
  const folded = foldVietnamese(s);
  if (folded.length === s.length) return folded;
  return Array.from(s, (c) => {
    const f = foldVietnamese(c);
    return f.length === c.length ? f : c;
  }).join("");
}

/** Whether `content` starts with one of the folded phrases, as whole words. */
export function startsWithWords(content: string, phrases: readonly string[]): boolean {
  const folded = foldVietnamese(content).replace(/\s+/g, " ");
  return phrases.some((p) => folded.startsWith(p) && !/[\p{L}\p{N}]/u.test(folded[p.length] ?? ""));
}

const NO_LOWER = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/** Upper case letters and no lower case one ("PHÓ CHỦ TỊCH", "TM. HĐND"). */
export function isUpperCase(s: string): boolean {
  return NO_LOWER.test(s);
}
