import { parseReportText, type CandidateFigure, type ParsedReport, type TextSpan } from "../../src/report-import";
import { seedText } from "../fixtures/seeds";

export interface SeedReport {
  text: string;
  report: ParsedReport;
  /** The text a span covers. */
  slice(span: TextSpan): string;
  /** The figure written `written` inside the only occurrence of `anchor` in the text. */
  figureIn(anchor: string, written: string): CandidateFigure;
}

/** A seed report's text, parsed once, with the look-ups every per-seed test uses. */
export function seedReport(number: string): SeedReport {
  const text = seedText(number);
  const report = parseReportText(text);
  const slice = (span: TextSpan) => text.slice(span.start, span.end);
  const figureIn = (anchor: string, written: string): CandidateFigure => {
    const at = text.indexOf(anchor);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(anchor, at + 1)).toBe(-1);
    const start = at + anchor.indexOf(written);
    const figure = report.figures.find((f) => f.span.start === start);
    expect(figure).toBeDefined();
    expect(slice(figure!.span)).toBe(written);
    return figure!;
  };
  return { text, report, slice, figureIn };
}
