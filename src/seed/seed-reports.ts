import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { EntityManager } from "typeorm";
import type { Document } from "../modules/document/document.entity";
import { resolveIssuer } from "../modules/document/issuer-resolver";
import { writeRecipients, writeSections } from "../modules/report/report-content";
import { ReportFigure } from "../modules/report/report-figure.entity";
import { ReportSection } from "../modules/report/report-section.entity";
import { figureRow, figuresInBodies, flatSections } from "../modules/report/report-text";
import { parseReportText } from "../report-import";
import { recordSeedEvent } from "./seed-audit";

/**
 * The folder of the five seed reports (tests/fixtures/seeds of the repository), found upwards from
 * this file so that ts-node and the compiled dist/ both reach it; null in an installation without
 * the repository's tests, where the demo reports then keep their metadata only.
 */
export function seedReportsFolder(from = __dirname): string | null {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, "tests", "fixtures", "seeds");
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

/**
 * Gives each stored seed report ("report:NNN") its text: sections, recipients and figures, read by
 * the same parser as importReport, and links every figure to the demo measurement taken from
 * exactly its span, so an auditor's trace starts from a real sentence of a real report.
 * A report that already has sections is left alone.
 */
export async function seedReportContent(manager: EntityManager, documents: Map<string, Document>): Promise<void> {
  const folder = seedReportsFolder();
  if (!folder) return;
  for (const file of readdirSync(folder).filter((name) => name.endsWith(".txt")).sort()) {
    const report = documents.get(`report:${file.slice(0, 3)}`);
    if (!report || (await manager.getRepository(ReportSection).existsBy({ reportId: report.id }))) continue;
    const text = readFileSync(join(folder, file), "utf8");
    const parsed = parseReportText(text);
    const sections = await writeSections(manager, report.id, flatSections(parsed, text));
    const measured: Array<{ id: string; start: number; end: number }> = await manager.query(
      `SELECT id, source_span_start AS start, source_span_end AS "end" FROM measurement WHERE source_document_id = $1`,
      [report.id],
    );
    const measurementAt = new Map(measured.map((m) => [`${m.start}:${m.end}`, m.id]));
    const figures = manager.getRepository(ReportFigure);
    for (const [position, figure] of figuresInBodies(parsed, sections).entries()) {
      const measurementId = measurementAt.get(`${figure.span.start}:${figure.span.end}`) ?? null;
      const row = figureRow(figure, sections[figure.sectionIndex!]);
      const saved = await figures.save(figures.create({ reportId: report.id, sectionId: sections[figure.sectionIndex!].id, position, ...row, measurementId }));
      if (measurementId) await recordSeedEvent(manager, "ReportFigure", saved, report.issuerId);
    }
    const [{ path }] = await manager.query(`SELECT l.path FROM locality l JOIN organisation o ON o.locality_id = l.id WHERE o.id = $1`, [report.issuerId]);
    const recipients = [];
    for (const recipient of parsed.recipients) {
      recipients.push({ organisationId: await resolveIssuer(manager, { issuerName: recipient.name, issuerCode: null }, path), name: recipient.name.slice(0, 300), purpose: recipient.purpose?.slice(0, 100) ?? null });
    }
    await writeRecipients(manager, report.id, recipients);
    await manager.query(`UPDATE document SET body_text = $2 WHERE id = $1`, [report.id, text]);
  }
}
