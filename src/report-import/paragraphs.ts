import type { Line, Piece, ReportDocument } from "./document";

/** Consecutive lines read as one paragraph; offsets into the NFC text. */
export interface Paragraph extends Piece {
  firstLine: number;
  lastLine: number;
}

const ENDS_OPEN = /[\p{L}\p{N},]$/u;
const STARTS_LOWER = /^\p{Ll}/u;

/**
 * The paragraphs of lines `[from, to)`, headings excluded. Every non-empty line starts a paragraph,
 * except a line beginning in lower case after one ending without punctuation: a sentence broken
 * across lines ("... nâng cao chất lượng thực" / "hiện chức năng ...") stays one paragraph.
 */
export function paragraphsOf(doc: ReportDocument, from: number, to: number, isHeading: (line: Line) => boolean): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let open: Paragraph | null = null;
  for (let i = from; i < to; i++) {
    const line = doc.lines[i];
    if (line.content === "") continue;
    if (isHeading(line)) {
      open = null;
      continue;
    }
    if (open && ENDS_OPEN.test(open.content) && STARTS_LOWER.test(line.content)) {
      open.end = line.end;
      open.lastLine = i;
      open.content = doc.text.slice(open.start, open.end);
      continue;
    }
    open = { start: line.start, end: line.end, content: line.content, firstLine: i, lastLine: i };
    paragraphs.push(open);
  }
  return paragraphs;
}

const ABBREVIATIONS = new Set(["tp", "tt", "q", "p", "tm", "kt", "ths", "ts", "pgs", "gs", "bs", "v.v", "đ/c", "ông", "bà"]);

/**
 * The sentences of a paragraph, trimmed of bullets and spaces: a sentence ends at ".", "!", "?" (or
 * "./.") before white space and a capital, digit, bullet or quote, except after short
 * abbreviations ("TP."). They cover the paragraph in order.
 */
export function sentencesOf(text: string, paragraph: Piece): { start: number; end: number }[] {
  const body = text.slice(paragraph.start, paragraph.end);
  const boundary = /[.!?]+(?:\/\.)?(?=\s+[\p{Lu}\p{N}\-+*•“"(])/gu;
  const sentences: { start: number; end: number }[] = [];
  let start = 0;
  for (const match of body.matchAll(boundary)) {
    const end = match.index + match[0].length;
    const word = /[\p{L}/.]+$/u.exec(body.slice(Math.max(0, match.index - 6), match.index))?.[0] ?? "";
    if (ABBREVIATIONS.has(word.toLowerCase())) continue;
    sentences.push(trimmed(body, start, end, paragraph.start));
    start = end;
  }
  sentences.push(trimmed(body, start, body.length, paragraph.start));
  return sentences;
}

function trimmed(body: string, start: number, end: number, base: number): { start: number; end: number } {
  const lead = /^[\s\-+*•]*/.exec(body.slice(start, end))?.[0].length ?? 0;
  const tail = /\s*$/.exec(body.slice(start, end))?.[0].length ?? 0;
  return { start: base + start + lead, end: base + end - tail };
}
