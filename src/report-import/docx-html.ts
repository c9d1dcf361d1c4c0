/**
 * The HTML mammoth makes of a Word file, written out as the plain text `parseReportText` reads:
 * one paragraph per block, blank lines between blocks, headings as markdown ("## ..."), bold and
 * italic as `**`/`*` (the signals officials give with formatting), line breaks kept, list items
 * as "- " or "1. ", and each table row as lines whose cells are joined by " | " (the header of
 * Decree 30 is a two-column table: issuing body | motto, number | place and date).
 */

type Cell = string[];

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00A0" };
const TOKEN = /<(\/?)([a-z0-9]+)[^>]*?(\/?)>|([^<]+)/gi;
const BLOCKS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li"]);

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") return String.fromCodePoint(name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Walks the tags once, collecting blocks; a table collects rows of cells of blocks instead. */
export function htmlToReportText(html: string): string {
  const out: string[] = [];
  const lists: { ordered: boolean; next: number }[] = [];
  let rows: Cell[][] | null = null;
  let cell: Cell | null = null;
  let tableDepth = 0;
  let block: string | null = null;
  const emit = (text: string) => {
    const trimmed = text.replace(/^[ \t]+|[ \t]+$/g, "");
    if (trimmed === "") return;
    if (cell) cell.push(trimmed);
    else out.push(trimmed);
  };
  for (const m of html.matchAll(TOKEN)) {
    const [, closing, rawTag, selfClosing, text] = m;
    if (text !== undefined) {
      if (block !== null) block += decode(text);
      else if (cell) cell.push(decode(text).trim());
      continue;
    }
    const tag = rawTag.toLowerCase();
    if (tag === "br") {
      if (block !== null) block += "\n";
    } else if (tag === "strong" || tag === "b") {
      if (block !== null) block += "**";
    } else if (tag === "em" || tag === "i") {
      if (block !== null) block += "*";
    } else if (tag === "ul" || tag === "ol") {
      if (closing) lists.pop();
      else lists.push({ ordered: tag === "ol", next: 1 });
    } else if (tag === "table") {
      tableDepth += closing ? -1 : 1;
      if (!closing && tableDepth === 1) rows = [];
      if (closing && tableDepth === 0 && rows) {
        for (const row of rows) out.push(...rowLines(row));
        rows = null;
      }
    } else if (tag === "tr" && rows && tableDepth === 1 && !closing) {
      rows.push([]);
    } else if ((tag === "td" || tag === "th") && rows && tableDepth === 1) {
      if (closing) cell = null;
      else rows[rows.length - 1]?.push((cell = []));
    } else if (BLOCKS.has(tag) && !selfClosing) {
      if (!closing) {
        if (block !== null) emit(block);
        block = tag === "li" ? listMarker(lists) : tag[0] === "h" ? `${"#".repeat(Number(tag[1]))} ` : "";
      } else if (block !== null) {
        emit(block);
        block = null;
      }
    }
  }
  return `${out.join("\n\n")}\n`;
}

function listMarker(lists: { ordered: boolean; next: number }[]): string {
  const list = lists[lists.length - 1];
  if (!list) return "- ";
  return list.ordered ? `${list.next++}. ` : "- ";
}

/** A row's cells side by side: line k joins the k-th line of every cell, blank cells left out. */
function rowLines(row: Cell[]): string[] {
  const cells = row.map((c) => c.flatMap((b) => b.split("\n")).filter((l) => l.trim() !== ""));
  const height = Math.max(0, ...cells.map((c) => c.length));
  const lines: string[] = [];
  for (let k = 0; k < height; k++) {
    const parts = cells.map((c) => c[k]?.trim() ?? "").filter((p) => p !== "");
    if (parts.length > 0) lines.push(parts.join(" | "));
  }
  return lines.length > 0 ? [lines.join("\n")] : [];
}
