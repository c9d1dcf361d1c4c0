import type { Citation, DocumentType, ParsedReference, ReferenceSystem } from "../citations";

/** Offsets into the text given to `parseReportText` (UTF-16 indices), end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

/** The "Số" line: the report's own number and symbol, blank parts kept as null. */
export interface DocumentNumber {
  /** What follows "Số" as written ("11 /BC-HĐND", "- BC/ĐU", "/BC-UBND"). */
  written: string;
  /** Digits as written ("05", "11"); null for an unnumbered draft. */
  number: string | null;
  /** Symbol with spaces removed and dashes made ASCII ("BC-HĐND", "BC/ĐU"); null when absent. */
  symbol: string | null;
  /** STATE when the symbol follows "/" (Decree 30), PARTY when it follows "-" (Guidance 36). */
  system: ReferenceSystem | null;
  /** The citations module's reading of the whole number and symbol; null when it cannot read it. */
  reference: ParsedReference | null;
  /** From "Số" to the end of the symbol. */
  span: TextSpan;
}

/** A date whose parts may be left blank in a draft ("ngày   tháng 5 năm 2026"). */
export interface PartialDate {
  day: number | null;
  month: number | null;
  year: number | null;
  /** ISO date when all three parts are given and the day exists. */
  iso: string | null;
  span: TextSpan;
}

export interface NamedSpan {
  text: string;
  span: TextSpan;
}

/** The issuing body written above the number, one entry per line ("ĐẢNG BỘ TỈNH X", "ĐẢNG ỦY XÃ Y"). */
export interface IssuingBody {
  /** The lines joined with a space. */
  name: string;
  lines: NamedSpan[];
  span: TextSpan;
}

export interface ReportHeader {
  issuingBody: IssuingBody | null;
  documentNumber: DocumentNumber | null;
  place: NamedSpan | null;
  date: PartialDate | null;
  /** Always REPORT: any other kind is refused with NOT_A_REPORT. */
  documentType: DocumentType;
  /** The kind line as written ("BÁO CÁO"); null when only the symbol ("BC") says it is a report. */
  kind: NamedSpan | null;
}

/** The trích yếu: its lines joined with single spaces, markdown decorations removed. */
export interface ReportTitle {
  text: string;
  span: TextSpan;
  lines: NamedSpan[];
}

export type PeriodKind = "WEEK" | "MONTH" | "QUARTER" | "HALF_YEAR" | "YEAR" | "AD_HOC";

/** Where a period or the legal bases were read. */
export type PeriodSource = "TITLE" | "PERIOD_LINE" | "BODY";

export interface ReportPeriod {
  kind: PeriodKind;
  /** ISO dates, both inclusive. */
  start: string;
  end: string;
  /** The phrase it was read from ("quý I năm 2026", "(Từ 08/01/2026 đến 14/01/2026)"). */
  phrase: NamedSpan;
  source: PeriodSource;
}

/**
 * OPENING: the "Thực hiện / Căn cứ ..." paragraphs before the first heading; FIRST_SECTION: the
 * first paragraph of the body when no paragraph precedes the first heading; TITLE: the title's
 * citations, when neither gives any.
 */
export type LegalBasisSource = "OPENING" | "FIRST_SECTION" | "TITLE";

export interface LegalBases {
  source: LegalBasisSource | null;
  /** The paragraphs (or the title) the citations were read from. */
  paragraphs: TextSpan[];
  /** As `extractCitations` returns them for those paragraphs, spans moved onto the whole text. */
  citations: Citation[];
}

/** The letter a report answers, as cited in the whole text, and the mention that shows it. */
export interface RespondsTo {
  citation: Citation;
  mention: TextSpan;
}

export type NumberingStyle = "PART" | "UPPER_LETTER" | "ROMAN" | "ARABIC" | "DOTTED" | "LOWER_LETTER";

export interface ReportSection {
  /** Position of the heading among all headings of the text, from 0. */
  index: number;
  /** As written, without markdown ("1.2.", "II.", "a)", "PHẦN I"). */
  numbering: string;
  style: NumberingStyle;
  /** Depth in the tree, from 1. */
  level: number;
  /** Heading text without its numbering; a heading ending at "Label: text" stops before the colon. */
  heading: string;
  /** From the numbering to the end of the heading text. */
  headingSpan: TextSpan;
  /** From after the heading to before the next heading of the same or a higher level, trimmed. */
  bodySpan: TextSpan;
  children: ReportSection[];
}

export interface Recipient {
  name: string;
  /** A bracketed purpose removed from the name ("báo cáo", "để b/c"). */
  purpose: string | null;
  span: TextSpan;
}

export type SigningMode = "ON_BEHALF" | "DEPUTY" | "BY_ORDER" | "BY_AUTHORISATION" | "ACTING" | "TITLE";

export interface SignatureLine {
  /** TM. → ON_BEHALF, KT. → DEPUTY, T/L → BY_ORDER, TUQ. → BY_AUTHORISATION, Q. → ACTING. */
  mode: SigningMode;
  text: string;
  span: TextSpan;
}

export interface Signature {
  /** Every capacity and title line, in order, markdown removed. */
  lines: SignatureLine[];
  onBehalfOf: string | null;
  deputy: string | null;
  byOrderOf: string | null;
  byAuthorisationOf: string | null;
  acting: string | null;
  /** The first title line without a capacity prefix ("PHÓ CHỦ TỊCH"). */
  title: string | null;
  titles: string[];
  signer: NamedSpan | null;
  span: TextSpan;
}

/** A word before a figure: "trên" OVER, "khoảng" ABOUT, "đạt" REACHED, "dưới" UNDER, ... */
export type FigureQualifier = "ABOUT" | "OVER" | "UNDER" | "AT_LEAST" | "AT_MOST" | "REACHED";

interface FigureBase {
  /** The number as written, "%" included ("22.581/57.566", "99,73%", "03"). */
  text: string;
  span: TextSpan;
  /** Words after the number naming what is counted ("hồ sơ", "chữ ký số"): up to four syllables. */
  unit: NamedSpan | null;
  /** The number and its unit ("03 nhiệm vụ"); the number alone when there is no unit. */
  withUnitSpan: TextSpan;
  qualifiers: FigureQualifier[];
  /** Words before the number in the same clause, or the label of a "label: value" pair. */
  label: NamedSpan | null;
  /** The phrase the figure measures (what is counted, or what the rate is of); never the number itself. */
  measures: NamedSpan | null;
  sentenceSpan: TextSpan;
  /** Index of the innermost section holding the figure, and the numberings down to it. */
  sectionIndex: number | null;
  sectionPath: string[];
}

export interface RatioFigure extends FigureBase {
  kind: "RATIO";
  numerator: number;
  denominator: number;
}

export interface CountFigure extends FigureBase {
  kind: "COUNT";
  value: number;
}

export interface PercentageFigure extends FigureBase {
  kind: "PERCENTAGE";
  value: number;
}

export type CandidateFigure = RatioFigure | CountFigure | PercentageFigure;

/** A report's plain text read into a structured draft; every span points into the input text. */
export interface ParsedReport {
  header: ReportHeader;
  title: ReportTitle | null;
  period: ReportPeriod | null;
  legalBases: LegalBases;
  /** Every citation of the whole text, as `extractCitations` returns them. */
  citations: Citation[];
  respondsTo: RespondsTo | null;
  sections: ReportSection[];
  /** The closing "Trên đây là báo cáo ..." paragraph(s), outside every section. */
  closing: NamedSpan | null;
  recipients: Recipient[];
  /** The "Lưu: VT." line of the recipient list, without "Lưu". */
  archive: NamedSpan | null;
  signature: Signature | null;
  figures: CandidateFigure[];
}
