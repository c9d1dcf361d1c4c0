import type { Line } from "./document";
import type { NumberingStyle } from "./types";

/** A heading line found in the NFC text, before sections are built from it. */
export interface Heading {
  line: number;
  style: NumberingStyle;
  /** Lower ranks hold higher ranks: PART 0, A. 1, I. 2, 1. 3, 1.1. 4, 1.1.1. 5, a) 10. */
  rank: number;
  numbering: string;
  numberingStart: number;
  numberingEnd: number;
  heading: string;
  headingEnd: number;
  /** Where the section's body begins: the line's end, or after "Label:" on the heading's line. */
  bodyStart: number;
}

const NUMBERINGS: ReadonlyArray<readonly [NumberingStyle, RegExp]> = [
  ["PART", /^(?:PHẦN|Phần)\s+(?:thứ\s+\p{L}+|THỨ\s+\p{Lu}+|[IVX]{1,5}|\d{1,2})(?:\\?[.:)]|\s?[-–](?=\s))?(?=\s|$)/u],
  ["DOTTED", /^\d{1,2}(?:\\?\.\d{1,2})+\\?\.?(?=\s)/u],
  ["ARABIC", /^\d{1,2}\\?[.)](?=\s)/u],
  ["ROMAN", /^[IVX]{1,5}(?:\\?[.)]|\s?[-–])(?=\s)/u],
  ["UPPER_LETTER", /^[A-ZĐ](?:\\?[.)]|\s?[-–])(?=\s)/u],
  ["LOWER_LETTER", /^[a-zđ]\\?[.)](?=\s)/u],
];
const ROMAN_NUMERAL = /^X{0,3}(?:IX|IV|V?I{0,3})$/;
const TEXT_START = /^[\s*_]*(?=[\p{L}“"«(])/u;
const INLINE_LABEL = /:(?:\*{1,3}|_{1,3})?\s+(?=\S)/u;
const MAX_INLINE_LABEL = 200;
const LETTERS = "ABCDĐEFGHIJKLMNOPQRSTUVWXYZ";

function rankOf(style: NumberingStyle, numbering: string): number {
  if (style === "DOTTED") return 2 + numbering.split(".").filter((part) => /\d/.test(part)).length;
  return { PART: 0, UPPER_LETTER: 1, ROMAN: 2, ARABIC: 3, LOWER_LETTER: 10 }[style];
}

/**
 * A single I, V or X is a letter when the heading before it at letter level was the letter just
 * before it (H. then I.), a Roman numeral otherwise: C, D, L and M are always letters.
 */
function styleOf(style: NumberingStyle, token: string, previousLetter: string | null): NumberingStyle | null {
  if (style !== "ROMAN") return style;
  if (!ROMAN_NUMERAL.test(token)) return null;
  const before = LETTERS[LETTERS.indexOf(token) - 1];
  return token.length === 1 && previousLetter !== null && previousLetter === before ? "UPPER_LETTER" : "ROMAN";
}

/**
 * Reads a heading's numbering as officials write it: "PHẦN I", "A.", "I.", "II -", "1.", "1.2.",
 * "1.1", "a)", "đ.", with markdown ("## **1.2. ...**") already removed from `line.content`.
 * Bullets ("-", "+", "*") and numbers that are not numbering ("2.433 đối tượng", "15/27") are not
 * headings. `previousLetter` is the last A./B. letter seen, to tell the letter I from Roman I.
 */
export function readHeading(line: Line, previousLetter: string | null): Heading | null {
  for (const [candidate, pattern] of NUMBERINGS) {
    const match = pattern.exec(line.content);
    if (!match) continue;
    const token = match[0].replace(/\\?[.:)]$|\s?[-–]$/, "");
    const style = styleOf(candidate, token, previousLetter);
    if (!style) continue;
    const rest = line.content.slice(match[0].length);
    const lead = TEXT_START.exec(rest);
    if (!lead && !(style === "PART" && rest.trim() === "")) continue;
    const restStart = match[0].length + (lead?.[0].length ?? rest.length);
    const text = line.content.slice(restStart);
    const inline = INLINE_LABEL.exec(text);
    const labelEnd = inline && inline.index <= MAX_INLINE_LABEL ? inline.index : text.replace(/[\s:]+$/, "").length;
    const heading = text.slice(0, labelEnd).replace(/[\s*_]+$/, "");
    const numberingStart = line.start;
    return {
      line: line.index,
      style,
      rank: rankOf(style, token),
      numbering: match[0].replace(/\\/g, "").trim(),
      numberingStart,
      numberingEnd: numberingStart + match[0].length,
      heading,
      headingEnd: line.start + restStart + heading.length,
      bodyStart: inline && inline.index <= MAX_INLINE_LABEL ? line.start + restStart + inline.index + inline[0].length : line.lineEnd,
    };
  }
  return null;
}

/** Every heading of lines `[from, to)`, in order. */
export function readHeadings(lines: readonly Line[], from: number, to: number): Heading[] {
  const headings: Heading[] = [];
  let previousLetter: string | null = null;
  for (let i = from; i < to; i++) {
    const heading = readHeading(lines[i], previousLetter);
    if (!heading) continue;
    if (heading.style === "UPPER_LETTER") previousLetter = heading.numbering[0];
    headings.push(heading);
  }
  return headings;
}
