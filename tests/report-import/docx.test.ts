import { parseReportText, type ParsedReport } from "../../src/report-import";
import JSZip from "jszip";
import { MAX_DOCX_BYTES, readDocxText } from "../../src/report-import/docx";
import { seedText } from "../fixtures/seeds";
import { seedDocx } from "./seed-docx";

/** What an official checks in a draft: everything but character offsets, which refer to each source's own text. */
function draftOf(report: ParsedReport) {
  return {
    header: { number: report.header.documentNumber?.written ?? null, issuer: report.header.issuingBody?.name ?? null, date: report.header.date?.iso ?? null, place: report.header.place?.text ?? null },
    title: report.title?.text ?? null,
    period: report.period ? [report.period.kind, report.period.start, report.period.end] : null,
    bases: report.legalBases.citations.map((c) => c.reference ?? c.citedAs),
    respondsTo: report.respondsTo?.citation.reference ?? null,
    sections: report.sections.map((s) => [s.numbering, s.level]),
    recipients: report.recipients.map((r) => r.name),
    signer: report.signature?.signer?.text ?? null,
    signing: report.signature?.lines.map((l) => [l.mode, l.text]) ?? [],
    figures: report.figures.map((f) => [f.text, f.kind, f.label?.text ?? null]),
  };
}

describe("Word reports (.docx)", () => {
  it.each(["000", "001", "002", "003", "004"])("reads seed report %s as a .docx into the same draft as its text", async (seed) => {
    // given a seed report kept as a Word file
    const text = seedText(seed);
    const docx = await seedDocx(text);
    // when its text is extracted and parsed
    const extracted = await readDocxText(docx);
    const fromDocx = parseReportText(extracted);
    // then the draft is the one its text gives, and every figure's span points into the extracted text
    expect(draftOf(fromDocx)).toEqual(draftOf(parseReportText(text)));
    for (const figure of fromDocx.figures) expect(extracted.slice(figure.span.start, figure.span.end)).toBe(figure.text);
  });

  it("refuses bytes that are not a Word file as NOT_A_DOCX", async () => {
    await expect(readDocxText(Buffer.from("Báo cáo số 12/BC-UBND, not a zip"))).rejects.toMatchObject({ reason: "NOT_A_DOCX" });
  });
});

describe("Word files that would exhaust the server", () => {
  it("refuses a .docx whose entries unpack to more than MAX_DOCX_UNPACKED_BYTES, before inflating them", async () => {
    // given a small zip declaring one entry of 100 MB of zeros (deflate packs it ~1 000 to 1)
    const bomb = new JSZip();
    bomb.file("word/document.xml", Buffer.alloc(100 * 1024 * 1024));
    const bytes = await bomb.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    expect(bytes.length).toBeLessThan(MAX_DOCX_BYTES);
    // when it is read, then it is refused as too long
    await expect(readDocxText(bytes)).rejects.toMatchObject({ reason: "TOO_LONG" });
  });
});
