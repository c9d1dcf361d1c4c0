import { startsWithWords, type Line, type Piece, type ReportDocument } from "./document";
import type { ReportTitle } from "./types";

/** Words that open a body paragraph, never a title line (folded). */
const BODY_OPENERS = ["thuc hien", "can cu", "trien khai", "kinh gui", "noi nhan", "tren day la"];

const DECORATION = /^[\s\-–—_=*~.·•oO0]{3,}$/u;
const BULLET = /^[-+*•–]\s/u;
const PERIOD_LINE = /^\(.*\)$|^(?:từ\s+(?:ngày\s+)?\d|kỳ báo cáo|thời gian báo cáo|số liệu (?:tính )?từ)/iu;

export interface TitleRead {
  title: ReportTitle | null;
  /** The title's pieces in the NFC text. */
  pieces: Piece[];
  /** A line right after the title giving the period: "(Từ 08/01/2026 đến 14/01/2026)". */
  periodLine: Line | null;
  /** First line of the body: after the title, the period line and any separator line. */
  bodyStartLine: number;
}

const isDecoration = (line: Line) => DECORATION.test(line.content);

/**
 * Reads the trích yếu after the kind line. Lines that directly follow the first one continue it;
 * after a blank line only a line starting in lower case does (a title broken by the converter).
 * It stops before a heading, a bullet, a separator, the period line, a paragraph opening with
 * "Thực hiện"/"Căn cứ"/"Kính gửi", or a line ending in ".", ";" or ":" (a body paragraph). A first
 * line opening so is still the title when it ends without punctuation ("Triển khai Nghị quyết
 * 57-NQ/TW quý I năm 2026"), as the opening of a body always does.
 */
export function readTitle(doc: ReportDocument, first: Piece | null, from: number, isHeading: (line: Line) => boolean): TitleRead {
  const { lines } = doc;
  const pieces: Piece[] = first ? [first] : [];
  const opensBody = (line: Line) =>
    startsWithWords(line.content, BODY_OPENERS) && (pieces.length > 0 || /[.,;:]$/.test(line.content));
  const stops = (line: Line) => isHeading(line) || BULLET.test(line.content) || isDecoration(line) || opensBody(line);
  let i = from;
  let periodLine: Line | null = null;
  while (i < lines.length) {
    let j = i;
    while (j < lines.length && lines[j].content === "") j++;
    const line = lines[j];
    if (!line) break;
    if (PERIOD_LINE.test(line.content) && (pieces.length > 0 || /^\(/.test(line.content))) {
      periodLine = line;
      i = j + 1;
      break;
    }
    const continues = pieces.length === 0 || j === i || /^\p{Ll}/u.test(line.content);
    const endsLikeBody = pieces.length > 0 ? /[.;:]$/.test(line.content) : /:$/.test(line.content);
    if (stops(line) || !continues || endsLikeBody) break;
    pieces.push(line);
    i = j + 1;
  }
  while (i < lines.length && (lines[i].content === "" || isDecoration(lines[i]))) i++;
  if (pieces.length === 0) return { title: null, pieces, periodLine, bodyStartLine: periodLine ? i : from };
  const named = pieces.map((piece) => doc.named(piece));
  const title = {
    text: pieces.map((piece) => piece.content).join(" ").replace(/\s+/g, " ").trim(),
    span: { start: named[0].span.start, end: named[named.length - 1].span.end },
    lines: named,
  };
  return { title, pieces, periodLine, bodyStartLine: i };
}
