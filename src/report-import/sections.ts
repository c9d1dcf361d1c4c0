import type { ReportDocument } from "./document";
import type { Heading } from "./headings";
import type { ReportSection } from "./types";

/** A section with its extent in the NFC text (heading start to body end), for locating figures. */
export interface SectionExtent {
  section: ReportSection;
  start: number;
  end: number;
  path: string[];
}

export interface SectionTree {
  roots: ReportSection[];
  /** Every section in text order, so `extents[i].section.index === i`. */
  extents: SectionExtent[];
}

interface Open {
  heading: Heading;
  extent: SectionExtent;
}

function trimmedSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = Math.max(start, end);
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return [s, e];
}

/**
 * Builds the tree of sections from headings in text order. A heading's parent is the nearest open
 * heading of a lower rank (A. holds I., I. holds 1., 1. holds 1.1., any of them holds a)), so that
 * levels follow numbering styles and never the markdown depth ("## **1.2.**" under "###### 1.1.").
 * Repeated or skipped numbers ("II." twice, "4." after "2.") are kept as written, in order. A body
 * runs to the next heading of the same or a lower rank, or to `bodyEnd`.
 */
export function buildSections(doc: ReportDocument, headings: readonly Heading[], bodyEnd: number): SectionTree {
  const roots: ReportSection[] = [];
  const extents: SectionExtent[] = [];
  const stack: Open[] = [];
  const close = (open: Open, end: number) => {
    const [start, stop] = trimmedSpan(doc.text, open.heading.bodyStart, end);
    open.extent.section.bodySpan = doc.span(start, stop);
    open.extent.end = Math.max(stop, open.heading.headingEnd);
  };
  headings.forEach((heading, index) => {
    const lineStart = doc.lines[heading.line].lineStart;
    while (stack.length > 0 && stack[stack.length - 1].heading.rank >= heading.rank) close(stack.pop()!, lineStart);
    const parent = stack[stack.length - 1];
    const section: ReportSection = {
      index,
      numbering: heading.numbering,
      style: heading.style,
      level: parent ? parent.extent.section.level + 1 : 1,
      heading: heading.heading,
      headingSpan: doc.span(heading.numberingStart, heading.headingEnd),
      bodySpan: doc.span(heading.bodyStart, heading.bodyStart),
      children: [],
    };
    (parent ? parent.extent.section.children : roots).push(section);
    const path = [...(parent?.extent.path ?? []), heading.numbering];
    const extent = { section, start: heading.numberingStart, end: bodyEnd, path };
    extents.push(extent);
    stack.push({ heading, extent });
  });
  while (stack.length > 0) close(stack.pop()!, bodyEnd);
  return { roots, extents };
}

/**
 * Finds the innermost section holding each of a series of non-decreasing offsets, in linear time
 * overall: extents are nested or disjoint, so the open ones form a chain.
 */
export function sectionCursor(extents: readonly SectionExtent[]): (offset: number) => SectionExtent | null {
  const open: SectionExtent[] = [];
  let next = 0;
  return (offset) => {
    while (next < extents.length && extents[next].start <= offset) {
      const extent = extents[next++];
      while (open.length > 0 && open[open.length - 1].end <= extent.start) open.pop();
      open.push(extent);
    }
    while (open.length > 0 && open[open.length - 1].end <= offset) open.pop();
    return open[open.length - 1] ?? null;
  };
}
