import type { Piece, ReportDocument } from "./document";
import { isDuration, readMeasured } from "./figure-measure";
import { DESCRIPTIVE_UNITS, isDateContext, isNamingNumber, isYear, readLabel, readQualifiers, readUnit } from "./figure-words";
import { parseVietnameseNumber, parseVietnameseRatio } from "./numbers";
import { sentencesOf } from "./paragraphs";
import { sectionCursor, type SectionExtent } from "./sections";
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
  /(?:https?:\/\/|www\.)[^\s<>)]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\p{L}\p{N}.-])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:vn|com|net|org|gov|edu|info|io)(?![\p{L}\p{N}])/giu;
const PHONE = /(?<![\p{N}])(?:(?:\+84|\(?0\d{1,3}\)?)[\s.-]?\d{3,4}[\s.-]?\d{3,4}|(?:1800|1900)[\s.]?\d{3,4}(?:[\s.]?\d{2,4})?)(?![\p{N}])/gu;
const REFERENCE_AFTER = /^\s?\/\s?\p{L}|^\s*[-–]\s*\p{Lu}[\p{L}\p{N}&]*\s*\//u;
const JOINED_AFTER = /^[-–.:]\d/u;
const LOOK_BEHIND = 60;
/** How far back a label is looked for, so that a long clause costs no more than this per figure. */
const LABEL_WINDOW = 300;

type Reading = { kind: "RATIO"; numerator: number; denominator: number } | { kind: "COUNT" | "PERCENTAGE"; value: number };

/**
 * Tests spans against a set of spans, in linear time overall for queries whose ends never decrease
 * (the tokens of a text, in order): a span overlaps the set when, among the spans starting before
 * its end, the furthest end lies after its start.
 */
function overlapTest(spans: readonly TextSpan[]): (query: TextSpan) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const furthest: number[] = [];
  sorted.forEach((span, i) => furthest.push(Math.max(span.end, furthest[i - 1] ?? -Infinity)));
  let last = -1;
  return (query) => {
    while (last + 1 < sorted.length && sorted[last + 1].start < query.end) last++;
    return last >= 0 && furthest[last] > query.start;
  };
}

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
 * ("4.0"), enumerators ("(1)"), numbers that name things ("Đề án 06", "giai đoạn 1", "số 02"),
 * and durations and periods ("Trong 6 tháng", "6 tháng đầu năm").
 */
export function findFigures(scope: FigureScope): CandidateFigure[] {
  const { doc, from, to } = scope;
  const text = doc.text;
  const region = text.slice(from, to);
  const skipped = overlapTest(
    [...region.matchAll(URL_LIKE), ...region.matchAll(PHONE)].map((m) => ({ start: from + m.index, end: from + m.index + m[0].length })),
  );
  const inNumbering = overlapTest(scope.numberingSpans);
  const inCitation = overlapTest(scope.citationSpans);
  const sectionAt = sectionCursor(scope.sections);
  const figures: CandidateFigure[] = [];
  let block = 0;
  let previousEnd = -1;
  let sentencesBlock: Piece | null = null;
  let sentences: { start: number; end: number }[] = [];
  let sentence = 0;
  for (const m of region.matchAll(TOKEN)) {
    const start = from + m.index;
    const end = start + m[0].length;
    const span = doc.span(start, end);
    if (skipped({ start, end }) || inNumbering({ start, end }) || inCitation(span)) continue;
    while (block < scope.blocks.length - 1 && scope.blocks[block].end < start) block++;
    const container = scope.blocks[block] ?? { start: from, end: to, content: region };
    const before = text.slice(Math.max(container.start, start - LOOK_BEHIND), start);
    const after = text.slice(end, Math.min(container.end, end + LOOK_BEHIND));
    const unit = readUnit(text, end, container.end);
    const reading = read(m, before, after, unit);
    if (!reading || (reading.kind === "COUNT" && isDuration(before, unit, text.slice(unit?.end ?? end, container.end)))) continue;
    if (sentencesBlock !== container) [sentencesBlock, sentences, sentence] = [container, sentencesOf(text, container), 0];
    while (sentence < sentences.length - 1 && sentences[sentence].end <= start) sentence++;
    const { start: sentenceStart, end: sentenceEnd } = sentences[sentence];
    const windowStart = Math.max(sentenceStart, start - LABEL_WINDOW);
    const qualifierStart = Math.max(windowStart, start - LOOK_BEHIND);
    const { qualifiers, rest } = readQualifiers(text.slice(qualifierStart, start));
    const clauseStart = Math.max(windowStart, previousEnd);
    const label = readLabel(text, clauseStart, Math.max(clauseStart, qualifierStart + rest.length));
    const measures = readMeasured(text, label, unit, start, sentenceEnd, reading.kind === "PERCENTAGE");
    const section = sectionAt(start);
    previousEnd = unit?.end ?? end;
    figures.push({
      ...reading,
      text: m[0],
      span,
      unit: unit ? doc.named(unit) : null,
      withUnitSpan: doc.span(start, unit?.end ?? end),
      qualifiers,
      label: label ? doc.named(label) : null,
      measures: measures ? doc.named(measures) : null,
      sentenceSpan: doc.span(sentenceStart, sentenceEnd),
      sectionIndex: section?.section.index ?? null,
      sectionPath: section?.path ?? [],
    });
  }
  return figures;
}
