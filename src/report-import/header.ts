import { DocumentType, documentTypeFromCode, documentTypeFromWord, normaliseDashes, parseReference, tryParseVietnameseDate } from "../citations";
import { cellsOf, foldAligned, isUpperCase, type Line, type Piece, type ReportDocument } from "./document";
import type { DocumentNumber, IssuingBody, NamedSpan, PartialDate } from "./types";

/** How far down the header is looked for: lines, blank ones included. */
export const HEADER_WINDOW_LINES = 60;

const SO = /^Số(?![\p{L}\p{N}])\s*[:.]?\s*/iu;
const SYMBOL = "[\\p{L}\\p{N}&]+(?:\\s*[/\\-–—]\\s*[\\p{L}\\p{N}&]+)*";
const NUMBER_AND_SYMBOL = new RegExp(`^(\\d+)?[\\s.…_]*(?:([/\\-–—])\\s*(${SYMBOL}))?`, "u");
const DATE = /ngày\s*(\d{1,2})?[\s.…_]*tháng\s*(\d{1,2})?[\s.…_]*năm\s*(\d{4})?|ngày\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/iu;
const MOTTOS = ["cong hoa xa hoi chu nghia viet nam", "doc lap - tu do - hanh phuc", "dang cong san viet nam"];
const DECORATION = /^[\s\-–—_=*~.·•oO0|]*$/u;

export interface HeaderLines {
  numberLine: number | null;
  documentNumber: DocumentNumber | null;
  dateLine: number | null;
  place: NamedSpan | null;
  date: PartialDate | null;
}

/** Reads the "Số" cell of a line: "Số: 11 /BC-HĐND", "Số - BC/ĐU", "Số:..../BC-UBND". */
function readNumberCell(doc: ReportDocument, cell: Piece): DocumentNumber | null {
  const so = SO.exec(cell.content);
  if (!so) return null;
  const rest = cell.content.slice(so[0].length);
  const match = NUMBER_AND_SYMBOL.exec(rest);
  if (!match || (match[0].trim() === "" && rest.trim() !== "")) return null;
  const after = rest.slice(match[0].length).trim();
  if (after !== "" && !DATE.test(after)) return null;
  const written = match[0].trim();
  const symbol = match[3] ? normaliseDashes(match[3]).replace(/\s+/g, "") : null;
  const number = match[1] ?? null;
  const reference = parseReference(`${number ?? ""}${match[2] ?? ""}${symbol ?? ""}`);
  const system = reference?.system ?? (match[2] ? (match[2] === "/" ? "STATE" : "PARTY") : null);
  const end = cell.start + so[0].length + match[0].trimEnd().length;
  return { written, number, symbol, system, reference, span: doc.span(cell.start, end) };
}

function readDate(doc: ReportDocument, cell: Piece): { place: NamedSpan | null; date: PartialDate } | null {
  const match = DATE.exec(cell.content);
  if (!match) return null;
  const before = cell.content.slice(0, match.index);
  if (before.trim() !== "" && !/,\s*$/.test(before)) return null;
  const [day, month, year] = (match[1] || match[2] || match[3] ? match.slice(1, 4) : match.slice(4, 7)).map((p) =>
    p === undefined ? null : Number(p),
  );
  const iso = day && month && year ? tryParseVietnameseDate(`${day}/${month}/${year}`) : null;
  const start = cell.start + match.index;
  const date = { day, month, year, iso, span: doc.span(start, start + match[0].trimEnd().length) };
  const placeText = before.replace(/,\s*$/, "").replace(/^[\s*_]+|[\s*_]+$/g, "");
  const placeStart = cell.start + before.indexOf(placeText);
  const place = placeText === "" ? null : { text: placeText, span: doc.span(placeStart, placeStart + placeText.length) };
  return { place, date };
}

/** Finds the "Số" line and the "<place>, ngày ... tháng ... năm ..." line in lines `[0, to)`. */
export function readHeaderLines(doc: ReportDocument, to: number): HeaderLines {
  const found: HeaderLines = { numberLine: null, documentNumber: null, dateLine: null, place: null, date: null };
  for (let i = 0; i < to; i++) {
    for (const cell of cellsOf(doc, doc.lines[i])) {
      const number = found.documentNumber ? null : readNumberCell(doc, cell);
      if (number) Object.assign(found, { numberLine: i, documentNumber: number });
      const date = found.date ? null : readDate(doc, cell);
      if (date) Object.assign(found, { dateLine: i, ...date });
    }
  }
  return found;
}

/** A line naming a document kind ("BÁO CÁO", "## KẾ HOẠCH"), and what follows on it, if anything. */
export interface KindLine {
  line: number;
  kind: Piece;
  documentType: DocumentType;
  rest: Piece | null;
}

/**
 * A kind line is a type word alone on its line in any case, or an upper case line starting with
 * one: "BÁO CÁO TÓM TẮT" is the kind, "BÁO CÁO KẾT QUẢ ..." (three words or more after it) is the
 * kind followed by the title on the same line.
 */
export function readKindLine(line: Line): KindLine | null {
  const words = [...line.content.matchAll(/\S+/g)];
  for (let k = 1; k <= Math.min(3, words.length); k++) {
    const phraseEnd = words[k - 1].index + words[k - 1][0].length;
    const type = documentTypeFromWord(line.content.slice(0, phraseEnd));
    if (!type) continue;
    if (k < words.length && !isUpperCase(line.content)) return null;
    const restWords = words.length - k;
    const kindEnd = restWords >= 3 ? phraseEnd : line.content.length;
    const rest = restWords >= 3 ? line.content.slice(words[k].index) : null;
    const kind = { start: line.start, end: line.start + kindEnd, content: line.content.slice(0, kindEnd) };
    const restPiece = rest === null ? null : { start: line.start + words[k].index, end: line.end, content: rest };
    return { line: line.index, kind, documentType: type, rest: restPiece };
  }
  return null;
}

/** The type a document symbol names by its type code ("BC-HĐND" → REPORT), if any. */
export function typeOfNumber(number: DocumentNumber): DocumentType | null {
  const code = number.reference?.typeCode ?? number.symbol?.split(/[-/]/)[0] ?? null;
  return code ? documentTypeFromCode(code) : null;
}

/** The upper lines above the number (or the kind line): the issuing body, mottos and stars left out. */
export function readIssuingBody(doc: ReportDocument, to: number): IssuingBody | null {
  const lines: NamedSpan[] = [];
  for (let i = 0; i < to; i++) {
    for (const cell of cellsOf(doc, doc.lines[i])) {
      if (DECORATION.test(cell.content) || SO.test(cell.content) || DATE.test(cell.content)) continue;
      const folded = foldAligned(cell.content).replace(/\s*[-–]\s*/g, " - ");
      if (MOTTOS.some((motto) => folded.includes(motto))) continue;
      if (!isUpperCase(cell.content)) continue;
      lines.push(doc.named(cell));
    }
  }
  if (lines.length === 0) return null;
  const name = lines.map((l) => l.text).join(" ");
  return { name, lines, span: { start: lines[0].span.start, end: lines[lines.length - 1].span.end } };
}
