import { DocumentType, extractCitations, foldVietnamese, type Citation } from "../citations";
import { startsWithWords } from "./document";
import type { LegalBases, LegalBasisSource, RespondsTo, TextSpan } from "./types";

/** Folded words that open a paragraph stating the report's bases ("Thực hiện ...", "Căn cứ ..."). */
export const BASIS_OPENERS = ["thuc hien", "can cu", "trien khai", "theo"];

const BULLET = /^[-+•–*]\s*/u;
const MAX_CLAUSE = 400;

/** Whether a paragraph states bases: it opens with "Thực hiện", "Căn cứ", "Triển khai" or "Theo". */
export function isBasisParagraph(content: string): boolean {
  return startsWithWords(content.replace(BULLET, ""), BASIS_OPENERS);
}

/** Citations of `span` of the text, as `extractCitations` returns them, spans moved onto the whole text. */
function citationsIn(text: string, span: TextSpan): Citation[] {
  return extractCitations(text.slice(span.start, span.end)).map((citation) => ({
    ...citation,
    spans: citation.spans.map((s) => ({ start: s.start + span.start, end: s.end + span.start })),
  }));
}

/** Candidate places for the bases, in the order they are tried; each a run of paragraphs. */
export interface BasisCandidates {
  opening: TextSpan[];
  firstSection: TextSpan[];
  title: TextSpan | null;
}

/**
 * The report's legal bases: citations of the opening "Thực hiện/Căn cứ" paragraphs; failing those,
 * of the first paragraph of the first section when nothing precedes the first heading (a Party
 * report opening "I. ... 1. ... Thực hiện Nghị quyết ..."); failing those, of the title ("Kết quả
 * thực hiện Nghị quyết số 57-NQ/TW ..."), which names what the report is about.
 */
export function readLegalBases(text: string, candidates: BasisCandidates): LegalBases {
  const tries: ReadonlyArray<readonly [LegalBasisSource, TextSpan[]]> = [
    ["OPENING", candidates.opening],
    ["FIRST_SECTION", candidates.firstSection],
    ["TITLE", candidates.title ? [candidates.title] : []],
  ];
  for (const [source, paragraphs] of tries) {
    const citations = paragraphs.flatMap((span) => citationsIn(text, span));
    if (citations.length > 0) return { source, paragraphs, citations };
  }
  return { source: null, paragraphs: [], citations: [] };
}

const inside = (span: TextSpan, outer: TextSpan) => span.start >= outer.start && span.end <= outer.end;

function lettersIn(citations: readonly Citation[], places: readonly TextSpan[]): { citation: Citation; mention: TextSpan }[] {
  return citations
    .filter((c) => c.documentType === DocumentType.OFFICIAL_LETTER)
    .flatMap((citation) =>
      citation.spans.filter((s) => places.some((p) => inside(s, p))).map((mention) => ({ citation, mention })),
    )
    .sort((a, b) => a.mention.start - b.mention.start);
}

/**
 * The letter a report answers, best effort: an official letter cited in the closing "Trên đây là
 * báo cáo ... theo nội dung công văn ..." sentence, else one cited in the bases paragraphs,
 * preferring a letter whose clause asks for a report ("về việc báo cáo ...").
 */
export function findRespondsTo(
  text: string,
  citations: readonly Citation[],
  closing: TextSpan | null,
  bases: readonly TextSpan[],
): RespondsTo | null {
  const closingLetters = closing ? lettersIn(citations, [closing]) : [];
  if (closingLetters.length > 0) return closingLetters[0];
  const letters = lettersIn(citations, bases);
  const asksForReport = letters.find(({ mention }) => {
    const clause = text.slice(mention.end, mention.end + MAX_CLAUSE).split(/[;\n]/)[0];
    return foldVietnamese(clause).includes("bao cao");
  });
  return asksForReport ?? letters[0] ?? null;
}
