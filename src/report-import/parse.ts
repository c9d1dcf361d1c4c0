import { extractCitations } from "../citations";
import { findRespondsTo, isBasisParagraph, readLegalBases } from "./bases";
import { readClosingBlock } from "./closing";
import { readDocument, startsWithWords, type Line, type Piece, type ReportDocument } from "./document";
import { MAX_REPORT_TEXT_LENGTH, ReportImportError } from "./errors";
import { findFigures } from "./figures";
import { readHeadings, type Heading } from "./headings";
import { paragraphsOf, type Paragraph } from "./paragraphs";
import { choosePeriod, findPeriods, type ReportDate } from "./period";
import { readRecipients } from "./recipients";
import { readReportHeader } from "./report-header";
import { buildSections } from "./sections";
import { readSignature } from "./signature";
import { readTitle, type TitleRead } from "./title";
import type { ParsedReport, PeriodSource, ReportPeriod, TextSpan } from "./types";

/** How many paragraphs (headings included) at the start of the body are searched for the period. */
const PERIOD_PARAGRAPHS = 5;

const toSpan = (doc: ReportDocument, piece: Piece): TextSpan => doc.span(piece.start, piece.end);

function readPeriod(doc: ReportDocument, title: TitleRead, blocks: readonly Piece[], date: ReportDate): ReportPeriod | null {
  const sources: ReadonlyArray<readonly [PeriodSource, readonly Piece[], boolean]> = [
    ["TITLE", title.pieces, true],
    ["PERIOD_LINE", title.periodLine ? [title.periodLine] : [], true],
    ["BODY", blocks.slice(0, PERIOD_PARAGRAPHS), false],
  ];
  for (const [source, pieces, allowYear] of sources) {
    const matches = pieces.flatMap((piece) => findPeriods(doc.text, piece.start, piece.end, date));
    const found = choosePeriod(matches, allowYear);
    if (!found) continue;
    const phrase = { text: doc.text.slice(found.from, found.to), span: doc.span(found.from, found.to) };
    return { kind: found.kind, start: found.start, end: found.end, phrase, source };
  }
  return null;
}

/** The closing "Trên đây là báo cáo ..." paragraph(s) after the last heading, to the end of the body. */
function findClosing(paragraphs: readonly Paragraph[], headings: readonly Heading[]): Piece | null {
  const lastHeading = headings[headings.length - 1]?.line ?? -1;
  const first = paragraphs.findIndex((p) => p.firstLine > lastHeading && startsWithWords(p.content, ["tren day"]));
  if (first < 0) return null;
  const last = paragraphs[paragraphs.length - 1];
  return { start: paragraphs[first].start, end: last.end, content: "" };
}

function leadingRun(paragraphs: readonly Paragraph[]): Paragraph[] {
  const run: Paragraph[] = [];
  for (const p of paragraphs) {
    if (run.length === 0 && startsWithWords(p.content, ["kinh gui"])) continue;
    if (!isBasisParagraph(p.content)) break;
    run.push(p);
  }
  return run;
}

/**
 * Reads a report's plain text (as pasted or converted from Word, markdown decorations allowed)
 * into a structured draft: header, title, period, legal bases and the letter it answers,
 * sections, recipients, signature and candidate figures. Offsets are JS string indices into
 * `text` (end exclusive), also for NFD input. Parts it cannot find are null or empty.
 * @throws ReportImportError EMPTY, TOO_LONG (over `MAX_REPORT_TEXT_LENGTH`), NO_HEADER or
 * NOT_A_REPORT when the text cannot be read as a report.
 */
export function parseReportText(text: string): ParsedReport {
  if (text.length > MAX_REPORT_TEXT_LENGTH) throw ReportImportError.tooLong(text.length);
  if (text.trim() === "") throw ReportImportError.empty();
  const doc = readDocument(text);
  const { header, titleStart, titleFrom } = readReportHeader(doc);
  const headingAt = new Map<number, Heading>();
  const isHeading = (line: Line) => headingAt.has(line.index);
  const scanHeadings = (from: number, to: number) => {
    for (const heading of readHeadings(doc.lines, from, to)) headingAt.set(heading.line, heading);
  };
  scanHeadings(titleFrom, Math.min(doc.lines.length, titleFrom + 40));
  const title = readTitle(doc, titleStart, titleFrom, isHeading);
  const closingBlock = readClosingBlock(doc, title.bodyStartLine);
  const bodyStartLine = Math.min(title.bodyStartLine, closingBlock.bodyEndLine);
  headingAt.clear();
  scanHeadings(bodyStartLine, closingBlock.bodyEndLine);
  const headings = [...headingAt.values()];
  const bodyFrom = doc.lines[bodyStartLine]?.lineStart ?? doc.text.length;
  const bodyTo = doc.lines[closingBlock.bodyEndLine]?.lineStart ?? doc.text.length;
  const paragraphs = paragraphsOf(doc, bodyStartLine, closingBlock.bodyEndLine, isHeading);
  const closing = findClosing(paragraphs, headings);
  const sections = buildSections(doc, headings, closing?.start ?? bodyTo);

  const citations = extractCitations(text);
  const firstHeadingLine = headings[0]?.line ?? Infinity;
  const opening = paragraphs.filter((p) => p.lastLine < firstHeadingLine);
  const legalBases = readLegalBases(text, {
    opening: leadingRun(opening).map((p) => toSpan(doc, p)),
    firstSection: opening.length === 0 ? leadingRun(paragraphs).map((p) => toSpan(doc, p)) : [],
    title: title.title?.span ?? null,
  });
  const closingSpan = closing ? toSpan(doc, closing) : null;
  const respondsTo = findRespondsTo(text, citations, closingSpan, legalBases.paragraphs);

  const headingPieces = headings.map((h) => {
    const end = doc.lines[h.line].end;
    return { start: h.numberingEnd, end, content: doc.text.slice(h.numberingEnd, end) };
  });
  const blocks = [...paragraphs, ...headingPieces].sort((a, b) => a.start - b.start);
  const reportDate = { year: header.date?.year ?? null, month: header.date?.month ?? null };
  const { recipients, archive } = readRecipients(doc, closingBlock.recipientItems);
  const figures = findFigures({
    doc,
    from: bodyFrom,
    to: bodyTo,
    citationSpans: citations.flatMap((c) => c.spans),
    numberingSpans: headings.map((h) => ({ start: h.numberingStart, end: h.numberingEnd })),
    blocks,
    sections: sections.extents,
  });
  return {
    header,
    title: title.title,
    period: readPeriod(doc, title, blocks, reportDate),
    legalBases,
    citations,
    respondsTo,
    sections: sections.roots,
    closing: closing ? { text: doc.text.slice(closing.start, closing.end), span: closingSpan! } : null,
    recipients,
    archive,
    signature: readSignature(doc, closingBlock.signatureCells),
    figures,
  };
}
