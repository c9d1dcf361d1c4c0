import { DocumentType } from "./document-type";
import { MentionGroup, groupMentions } from "./group";
import { readIssuers, shareIssuers } from "./issuer";
import { Mention, findMentions } from "./mention";
import { NfcText, toNfcWithOffsets } from "./nfc-offsets";

/** Longest text, in UTF-16 code units, that `extractCitations` accepts. */
export const MAX_CITATION_TEXT_LENGTH = 1_000_000;

export class TextTooLongError extends Error {
  override readonly name = "TextTooLongError";

  constructor(
    readonly length: number,
    readonly limit = MAX_CITATION_TEXT_LENGTH,
  ) {
    super(`Text of ${length} characters is longer than the ${limit} allowed`);
  }
}

/** Offsets into the input string (UTF-16 indices), end exclusive. */
export interface CitationSpan {
  start: number;
  end: number;
}

/** One document cited by a text, with every place that mentions it. */
export interface Citation {
  documentType: DocumentType;
  /**
   * Number and symbol as first written, modulo spacing, dashes and the case of codes: leading zeros
   * kept ("01-KH/BCĐ"); null when the text gives none ("thông báo số 02 ngày 27/3/2026").
   * Identity and search ignore the zeros (`normaliseReference`).
   */
  reference: string | null;
  /** Digits without leading zeros, whether or not a symbol was given. */
  number: string | null;
  /** ISO date of issue, as first stated; null when never stated or impossible (31/02). */
  issuedOn: string | null;
  /** Year of issue: of `issuedOn`, else inside the symbol ("24/2025/TT-BVHTTDL"), else as written ("năm 2020"). */
  issuedYear: number | null;
  /** A law's name when the text cites it by name ("Luật Hộ tịch"); null for other documents. */
  title: string | null;
  /** "của <issuer>" as cited, from the first mention that states one; never the symbol's code. */
  issuerName: string | null;
  /** Exact text of the first mention that identifies the document (with its "của ..." if any). */
  citedAs: string;
  /** One per mention, in text order, short back-references included. */
  spans: CitationSpan[];
}

function issuedYearOf(mentions: Mention[], issuedOn: string | null): number | null {
  if (issuedOn) return Number(issuedOn.slice(0, 4));
  return mentions.find((m) => m.reference?.year)?.reference?.year ?? mentions.find((m) => m.issuedYear)?.issuedYear ?? null;
}

function toCitation(group: MentionGroup, input: string, nfc: NfcText): Citation {
  const spans = group.mentions.map((m) => ({ start: nfc.toOriginal(m.start), end: nfc.toOriginal(m.end) }));
  const identifying = group.mentions.findIndex((m) => m.reference !== null || m.issuedOn !== null || m.issuedYear !== null);
  const first = spans[Math.max(identifying, 0)];
  const issuedOn = group.mentions.find((m) => m.issuedOn)?.issuedOn ?? null;
  return {
    documentType: group.documentType,
    reference: group.mentions.find((m) => m.reference)?.reference?.written ?? null,
    number: group.number,
    issuedOn,
    issuedYear: issuedYearOf(group.mentions, issuedOn),
    title: group.mentions.find((m) => m.title)?.title ?? null,
    issuerName: group.mentions.find((m) => m.issuerName)?.issuerName ?? null,
    citedAs: input.slice(first.start, first.end),
    spans,
  };
}

/**
 * Finds every document a Vietnamese text cites, one Citation per document, in order of first
 * mention. The word before a reference decides the type ("Quy định số 230-QĐ/TW" is a RULE). A
 * document is identified by type + normalised reference + year, or, without a symbol, by type +
 * number + date; the same number under two symbols is two documents. Short back-references
 * ("Kế hoạch 37") become extra spans of the document cited in full, and are dropped when none is.
 * "Kế hoạch số 02" with neither symbol nor date is a citation with a number and no reference. A
 * draft's own header ("Số: /BC-HĐND") and unnumbered references are never citations.
 * Runs in time roughly linear in the length of the text.
 * @throws TextTooLongError when the text is longer than `MAX_CITATION_TEXT_LENGTH`.
 */
export function extractCitations(text: string): Citation[] {
  if (text.length > MAX_CITATION_TEXT_LENGTH) throw new TextTooLongError(text.length);
  const nfc = toNfcWithOffsets(text);
  const mentions = findMentions(nfc.text);
  readIssuers(nfc.text, mentions);
  shareIssuers(nfc.text, mentions);
  return groupMentions(nfc.text, mentions).map((group) => toCitation(group, text, nfc));
}
