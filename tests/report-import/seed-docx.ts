import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/** Runs of a paragraph: `**` toggles bold and `***` bold italic, as the seed texts mark them; line breaks kept. */
function runs(block: string): TextRun[] {
  const out: TextRun[] = [];
  let [bold, italics] = [false, false];
  block.split("\n").forEach((line, i) => {
    let first = true;
    for (const part of line.split(/(\*\*\*|\*\*)/)) {
      if (part === "***") [bold, italics] = [!bold, !italics];
      else if (part === "**") bold = !bold;
      else if (part !== "" || (first && i > 0)) {
        out.push(new TextRun({ text: part, bold, italics, break: first && i > 0 ? 1 : undefined }));
        first = false;
      }
    }
    if (first && i > 0) out.push(new TextRun({ text: "", break: 1 }));
  });
  return out;
}

/**
 * A Word file holding a seed report as an official would keep it: one paragraph per block of the
 * text, markdown headings ("## BÁO CÁO") as Word headings, bold as bold, line breaks as breaks.
 */
export async function seedDocx(text: string): Promise<Buffer> {
  const paragraphs = text
    .split(/\n[ \t]*\n/)
    .map((block) => block.replace(/^\n+|\n+$/g, ""))
    .filter((block) => block.trim() !== "")
    .map((block) => {
      const heading = /^(#{1,6}) (.*)$/s.exec(block);
      if (heading && !block.includes("\n")) return new Paragraph({ heading: HEADINGS[heading[1].length - 1], children: runs(heading[2]) });
      return new Paragraph({ children: runs(block) });
    });
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
}
