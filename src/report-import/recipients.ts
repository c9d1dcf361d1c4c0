import type { Piece, ReportDocument } from "./document";
import type { NamedSpan, Recipient } from "./types";

export interface RecipientList {
  recipients: Recipient[];
  archive: NamedSpan | null;
}

const LEAD = /^[-+•–*\s]+/u;
const TAIL = /[\s;,.]+$/u;
const ARCHIVE = /^Lưu(?![\p{L}\p{N}])\s*:?\s*/iu;
const TABLE_NOISE = /\s*\|.*$/u;
/** A trailing "(...)" whose text starts in lower case states a purpose ("(báo cáo)", "(để b/c)"). */
const BRACKETED_PURPOSE = /\s*\((\p{Ll}[^()]*)\)$/u;
const PLAIN_PURPOSE = /\s+(để\s+(?:b\/c|báo cáo|biết|t\/h|thực hiện|p\/h|phối hợp|chỉ đạo|theo dõi))$/iu;

/** `[start, end)` of `piece` as a smaller piece. */
const sub = (piece: Piece, start: number, end: number): Piece => ({
  start: piece.start + start,
  end: piece.start + end,
  content: piece.content.slice(start, end),
});

function clean(piece: Piece): { name: Piece; purpose: string | null } {
  let text = piece.content.replace(TABLE_NOISE, "");
  let start = LEAD.exec(text)?.[0].length ?? 0;
  text = text.replace(TAIL, "");
  let purpose: string | null = null;
  const purposeMatch = BRACKETED_PURPOSE.exec(text) ?? PLAIN_PURPOSE.exec(text);
  if (purposeMatch && purposeMatch.index > start) {
    purpose = purposeMatch[1].trim();
    text = text.slice(0, purposeMatch.index).replace(TAIL, "");
  }
  start = Math.min(start, text.length);
  return { name: sub(piece, start, text.length), purpose };
}

/**
 * Reads "Nơi nhận" entries: each name loses its bullet, trailing ";", "," or ".", a bracketed
 * purpose and the cells of a table row beside it ("| để", "| b/c"). "Lưu: VT, VHXX." (also written
 * "Lưu VPĐU.") is the archive copy, never a recipient; "Như trên" is kept as written.
 */
export function readRecipients(doc: ReportDocument, items: readonly Piece[]): RecipientList {
  const recipients: Recipient[] = [];
  let archive: NamedSpan | null = null;
  for (const item of items) {
    const { name, purpose } = clean(item);
    if (name.content === "") continue;
    const stored = ARCHIVE.exec(name.content);
    if (stored) {
      archive ??= doc.named(sub(name, stored[0].length, name.content.length));
      continue;
    }
    recipients.push({ name: name.content, purpose, span: doc.span(name.start, name.end) });
  }
  return { recipients, archive };
}
