import { cellsOf, startsWithWords, type Piece, type ReportDocument } from "./document";
import { holdsCapacity, isSignatureLine } from "./signature";

/** The end of a report after its body: "Nơi nhận" with its list, and the signature block. */
export interface ClosingBlock {
  /** First line that is no longer body text. */
  bodyEndLine: number;
  /** The list's entries, one per line, the table cells beside them left out. */
  recipientItems: Piece[];
  signatureCells: Piece[];
}

const RECIPIENTS_LABEL = /^Nơi\s+nhận\s*:?\s*/iu;
const BULLET = /^[-+•–*]\s*/u;
/** How many lines a signature block written without "Nơi nhận" may take, blank lines aside. */
const MAX_SIGNATURE_LINES = 10;
/** How many lines, blank ones included, a signature block may spread over. */
const MAX_SIGNATURE_SPREAD = 40;

function isRecipientItem(cell: Piece): boolean {
  if (BULLET.test(cell.content) || startsWithWords(cell.content, ["luu", "nhu tren"])) return true;
  return /[;,]$/.test(cell.content) && !isSignatureLine(cell.content);
}

function findLabel(doc: ReportDocument, from: number): { line: number; cell: number } | null {
  for (let i = doc.lines.length - 1; i >= from; i--) {
    if (!/nhận/iu.test(doc.lines[i].content)) continue;
    const cell = cellsOf(doc, doc.lines[i]).findIndex((c) => RECIPIENTS_LABEL.test(c.content));
    if (cell >= 0) return { line: i, cell };
  }
  return null;
}

/** Signature lines directly above `before` (a block written before its "Nơi nhận", or with none). */
function signatureAbove(doc: ReportDocument, from: number, before: number): { line: number; cells: Piece[] } | null {
  const cells: Piece[] = [];
  let first = before;
  for (let i = before - 1, taken = 0; i >= Math.max(from, before - MAX_SIGNATURE_SPREAD) && taken < MAX_SIGNATURE_LINES; i--) {
    const line = cellsOf(doc, doc.lines[i]);
    if (line.length === 0) continue;
    if (!line.every((cell) => isSignatureLine(cell.content))) break;
    cells.unshift(...line);
    first = i;
    taken++;
  }
  return holdsCapacity(cells) ? { line: first, cells } : null;
}

/**
 * Finds the end of the body. After the last "Nơi nhận" line, bullet lines (or lines ending in ";"
 * or ",", or "Lưu ...") are the list, and what follows is the signature block; table cells beside
 * list entries ("| để", "| b/c") are kept only when they read as signature lines. Without a
 * "Nơi nhận", or with the signature written above it, the signature is the run of capacity, title
 * and name lines that ends the text.
 */
export function readClosingBlock(doc: ReportDocument, from: number): ClosingBlock {
  const label = findLabel(doc, from);
  if (!label) {
    const above = signatureAbove(doc, from, doc.lines.length);
    return { bodyEndLine: above?.line ?? doc.lines.length, recipientItems: [], signatureCells: above?.cells ?? [] };
  }
  const recipientItems: Piece[] = [];
  const signatureCells: Piece[] = [];
  const labelCells = cellsOf(doc, doc.lines[label.line]);
  const labelCell = labelCells[label.cell];
  const rest = RECIPIENTS_LABEL.exec(labelCell.content)![0].length;
  if (rest < labelCell.content.length) {
    recipientItems.push({ start: labelCell.start + rest, end: labelCell.end, content: labelCell.content.slice(rest) });
  }
  signatureCells.push(...labelCells.filter((cell, i) => i !== label.cell && isSignatureLine(cell.content)));
  let inSignature = false;
  for (let i = label.line + 1; i < doc.lines.length; i++) {
    const [first, ...others] = cellsOf(doc, doc.lines[i]);
    if (!first) continue;
    if (!inSignature && isRecipientItem(first)) {
      recipientItems.push(first);
      signatureCells.push(...others.filter((cell) => isSignatureLine(cell.content)));
      continue;
    }
    inSignature = true;
    signatureCells.push(first, ...others);
  }
  if (holdsCapacity(signatureCells)) return { bodyEndLine: label.line, recipientItems, signatureCells };
  const above = signatureAbove(doc, from, label.line);
  return { bodyEndLine: above?.line ?? label.line, recipientItems, signatureCells: above?.cells ?? signatureCells };
}
