import type { Piece, ReportDocument } from "./document";
import { DESCRIPTIVE_UNITS, isDateContext, isNamingNumber, isYear, readLabel, readQualifiers, readUnit } from "./figure-words";
import { parseVietnameseNumber, parseVietnameseRatio } from "./numbers";
import { sentenceAround } from "./paragraphs";
import { sectionAt, type SectionExtent } from "./sections";
import type { CandidateFigure, TextSpan } from "./types";

/** Where figures are looked for and what is already known not to be one. */
export interface FigureScope {
  doc: ReportDocument;
  /** The body, in NFC offsets. */
  from: number;
  to: number;
  /** Citation mentions, in the caller's offsets: numbers inside them are references. */
  citationSpans: readonly TextSpan[];
  /** Heading numberings ("1.", "2.3."), in NFC offsets. */
  numberingSpans: readonly { start: number; end: number }[];
  /** The body's paragraphs and headings, in text order: a figure's sentence is read from its own. */
  blocks: readonly Piece[];
  sections: readonly SectionExtent[];
}

const NUMBER = "\\d+(?:[.,]\\d+)*";
const TOKEN = new RegExp(
  `(?<![\\p{L}\\p{N}_&/.,\\-–])(${NUMBER})(?:\\s?/\\s?(${NUMBER}))?(?:\\s?/\\s?(${NUMBER}))?(\\s?%)?(?![\\p{L}\\p{N}_&]|[.,]\\d)`,
  "gu",
);
const URL_LIKE =
  /(?:https?:\/\/|www\.)[^\s<>)]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\p{L}\p{N}])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:vn|com|net|org|gov|edu|info|io)(?![\p{L}\p{N}])/giu;
const PHONE = /(?<![\p{N}])(?:(?:\+84|\(?0\d{1,3}\)?)[\s.-]?\d{3,4}[\s.-]?\d{3,4}|(?:1800|1900)[\s.]?\d{3,4}(?:[\s.]?\d{2,4})?)(?![\p{N}])/gu;
const REFERENCE_AFTER = /^\s?\/\s?\p{L}|^\s*[-–]\s*\p{Lu}[\p{L}\p{N}&]*\s*\//u;
const JOINED_AFTER = /^[-–.:]\d/u;
const LOOK_BEHIND = 60;

type Reading = { kind: "RATIO"; numerator: number; denominator: number } | { kind: "COUNT" | "PERCENTAGE"; value: number };

const overlaps = (a: TextSpan, b: TextSpan) => a.start < b.end && b.start < a.end;

function read(m: RegExpExecArray, before: string, after: string, unit: Piece | null): Reading | null {
  const [, first, second, third, percent] = m;
  if (third !== undefined || REFERENCE_AFTER.test(after) || JOINED_AFTER.test(after)) return null;
  if (second !== undefined) {
    if (percent || isDateContext(before)) return null;
    if (/^(?:19|20)\d\d$/.test(second) && /^\d{1,2}$/.test(first) && Number(first) <= 12) return null;
    const ratio = parseVietnameseRatio(`${first}/${second}`);
    return ratio && ratio.numerator <= ratio.denominator && ratio.denominator > 0 ? { kind: "RATIO", ...ratio } : null;
  }
  const value = parseVietnameseNumber(first);
  if (value === null) return null;
  if (percent) return { kind: "PERCENTAGE", value };
  if (isNamingNumber(before) || isYear(first, before, after, unit !== null)) return null;
  if (unit && DESCRIPTIVE_UNITS.has(unit.content.toLowerCase())) return null;
  if (/\(\s*$/.test(before) && /^\s*\)/.test(after) && Number.isInteger(value) && value < 100) return null;
  return { kind: "COUNT", value };
}

/**
 * Finds every number of the body that reads as a measurement: ratios ("15/27", "22.581/57.566"),
 * percentages ("99,73%") and counts ("11952 hồ sơ", "377"), with their qualifiers ("trên",
 * "khoảng", "đạt"), unit, label, sentence and section. Left out: dates ("27/3/2026", "tháng
 * 5/2026", "ngày 06/08"), years, day/month pairs (a "ratio" above 1), references and citations,
 * heading numberings, URLs, phone numbers, numbers glued to letters ("4G", "BML10"), versions
 * ("4.0"), enumerators ("(1)") and numbers that name things ("Đề án 06", "giai đoạn 1", "số 02").
 */
export function findFigures(scope: FigureScope): CandidateFigure[] {
  const { doc, from, to } = scope;
  const text = doc.text;
  const region = text.slice(from, to);
  const skipped = [...region.matchAll(URL_LIKE), ...region.matchAll(PHONE)].map((m) => ({
    start: from + m.index,
    end: from + m.index + m[0].length,
  }));
  const figures: CandidateFigure[] = [];
  let block = 0;
  let previousEnd = -1;
  for (const m of region.matchAll(TOKEN)) {
    const start = from + m.index;
    const end = start + m[0].length;
    const place = { start, end };
    if (skipped.some((s) => overlaps(s, place)) || scope.numberingSpans.some((s) => overlaps(s, place))) continue;
    const span = doc.span(start, end);
    if (scope.citationSpans.some((s) => overlaps(s, span))) continue;
    while (block < scope.blocks.length - 1 && scope.blocks[block].end < start) block++;
    const container = scope.blocks[block] ?? { start: from, end: to, content: region };
    const before = text.slice(Math.max(container.start, start - LOOK_BEHIND), start);
    const after = text.slice(end, Math.min(container.end, end + LOOK_BEHIND));
    const unit = readUnit(text, end, container.end);
    const reading = read(m, before, after, unit);
    if (!reading) continue;
    const sentence = sentenceAround(text, container, start);
    const { qualifiers, rest } = readQualifiers(text.slice(sentence.start, start));
    const clauseStart = Math.max(sentence.start, previousEnd);
    const label = readLabel(text, clauseStart, Math.max(clauseStart, sentence.start + rest.length));
    const section = sectionAt(scope.sections, start);
    previousEnd = unit?.end ?? end;
    figures.push({
      ...reading,
      text: m[0],
      span,
      unit: unit ? doc.named(unit) : null,
      withUnitSpan: doc.span(start, unit?.end ?? end),
      qualifiers,
      label: label ? doc.named(label) : null,
      sentenceSpan: doc.span(sentence.start, sentence.end),
      sectionIndex: section?.section.index ?? null,
      sectionPath: section?.path ?? [],
    });
  }
  return figures;
}
