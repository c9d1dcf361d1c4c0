import type { CandidateFigure, ParsedReport, ReportSection as ParsedSection } from "../../report-import";
import type { FlatSection } from "./report-content";
import type { ReportSection } from "./report-section.entity";
import { FigureKind } from "./report.enums";

/** A parsed report's sections in text order, each body cut from the text at its span. */
export function flatSections(parsed: ParsedReport, text: string): FlatSection[] {
  const flat: FlatSection[] = [];
  const walk = (sections: ParsedSection[], parent: number | null) => {
    for (const section of sections) {
      flat.push({ numbering: section.numbering, heading: section.heading, level: section.level, parent, body: text.slice(section.bodySpan.start, section.bodySpan.end), bodyOffset: section.bodySpan.start });
      walk(section.children, flat.length - 1);
    }
  };
  walk(parsed.sections, null);
  return flat;
}

/** The stored row of a candidate figure: its span becomes relative to its section's body. */
export function figureRow(figure: CandidateFigure, section: ReportSection) {
  // The phrase the figure measures, never the figure itself ("95,06%" says nothing of what it is).
  const label = (figure.measures?.text ?? figure.label?.text ?? figure.unit?.text ?? section.heading).slice(0, 500);
  const base = { label, text: figure.text.slice(0, 60), unit: figure.unit?.text.slice(0, 100) ?? null, spanStart: figure.span.start - section.bodyOffset!, spanEnd: figure.span.end - section.bodyOffset! };
  if (figure.kind === "RATIO") return { ...base, kind: FigureKind.RATIO, numerator: figure.numerator, denominator: figure.denominator, value: (figure.numerator / figure.denominator) * 100 };
  return { ...base, kind: figure.kind === "PERCENTAGE" ? FigureKind.PERCENT : FigureKind.COUNT, value: figure.value, numerator: null, denominator: null };
}

/** The figures that lie inside their section's stored body (a figure in a heading has no body span). */
export function figuresInBodies(parsed: ParsedReport, saved: ReportSection[]): CandidateFigure[] {
  return parsed.figures.filter((f) => f.sectionIndex !== null && f.span.start >= (saved[f.sectionIndex].bodyOffset ?? Infinity) && f.span.end <= saved[f.sectionIndex].bodyOffset! + saved[f.sectionIndex].body.length);
}
