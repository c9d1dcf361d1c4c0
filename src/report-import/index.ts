export { MAX_REPORT_TEXT_LENGTH, ReportImportError } from "./errors";
export type { ReportImportErrorReason } from "./errors";
export { parseVietnameseNumber, parseVietnamesePercentage, parseVietnameseRatio } from "./numbers";
export { foldName, issuerMismatch } from "./issuer-match";
export type { ImportTarget, IssuerMismatch } from "./issuer-match";
export { parseReportText } from "./parse";
export { classifyRange } from "./period";
export type {
  CandidateFigure,
  CountFigure,
  DocumentNumber,
  FigureQualifier,
  IssuingBody,
  LegalBases,
  LegalBasisSource,
  NamedSpan,
  NumberingStyle,
  ParsedReport,
  PartialDate,
  PercentageFigure,
  PeriodKind,
  PeriodSource,
  RatioFigure,
  Recipient,
  ReportHeader,
  ReportPeriod,
  ReportSection,
  ReportTitle,
  RespondsTo,
  Signature,
  SignatureLine,
  SigningMode,
  TextSpan,
} from "./types";
