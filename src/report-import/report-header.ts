import { DocumentType } from "../citations";
import { BASIS_OPENERS } from "./bases";
import { startsWithWords, type Piece, type ReportDocument } from "./document";
import { ReportImportError } from "./errors";
import { HEADER_WINDOW_LINES, readHeaderLines, readIssuingBody, readKindLine, typeOfNumber, type KindLine } from "./header";
import { readHeading } from "./headings";
import type { ReportHeader } from "./types";

export interface HeaderRead {
  header: ReportHeader;
  /** What the title may start with: the rest of an upper case kind line. */
  titleStart: Piece | null;
  /** The line after which the title is looked for. */
  titleFrom: number;
}

/** The header ends before the first numbered heading or "Thực hiện ..." line, or after the window. */
function windowEnd(doc: ReportDocument): number {
  const limit = Math.min(doc.lines.length, HEADER_WINDOW_LINES);
  for (let i = 0; i < limit; i++) {
    const line = doc.lines[i];
    if (readHeading(line, null) || startsWithWords(line.content, BASIS_OPENERS)) return i;
  }
  return limit;
}

function findKindLine(doc: ReportDocument, from: number, to: number): KindLine | null {
  for (let i = from; i < to; i++) {
    const kind = readKindLine(doc.lines[i]);
    if (kind) return kind;
  }
  return null;
}

/**
 * Reads the header of Decree 30 and Guidance 36 layouts: issuing body, "Số" line, "<place>, ngày
 * ... tháng ... năm ..." and the kind line ("BÁO CÁO"), in any order of the first two and with
 * table cells on one line. The kind line is looked for after the "Số" line, the date before the
 * kind line (a date written under the signature is not the header's). The kind line decides the document type; without one, the symbol's type
 * code does ("BC-HĐND").
 * @throws ReportImportError NO_HEADER when neither a "Số" line nor a kind line is found,
 * NOT_A_REPORT when either names another kind of document.
 */
export function readReportHeader(doc: ReportDocument): HeaderRead {
  const end = windowEnd(doc);
  const top = readHeaderLines(doc, end);
  const kind = findKindLine(doc, (top.numberLine ?? -1) + 1, end);
  const lines = kind ? readHeaderLines(doc, kind.line) : top;
  const afterHeaderLines = Math.max(lines.numberLine ?? -1, lines.dateLine ?? -1) + 1;
  const bySymbol = lines.documentNumber ? typeOfNumber(lines.documentNumber) : null;
  if (!kind && !lines.documentNumber) throw ReportImportError.noHeader();
  const documentType = kind?.documentType ?? bySymbol;
  if (documentType !== DocumentType.REPORT) throw ReportImportError.notAReport(documentType);
  const issuerEnd = lines.numberLine ?? kind?.line ?? 0;
  const header: ReportHeader = {
    issuingBody: readIssuingBody(doc, issuerEnd),
    documentNumber: lines.documentNumber,
    place: lines.place,
    date: lines.date,
    documentType,
    kind: kind ? doc.named(kind.kind) : null,
  };
  return { header, titleStart: kind?.rest ?? null, titleFrom: kind ? kind.line + 1 : afterHeaderLines };
}
