import { writeFileSync } from "node:fs";
import type { Load } from "./load";

export interface ResultRow {
  operation: string;
  alone: Load;
  loaded: Load;
  apiRssMb: number | null;
  floorAlone: Load | null;
  floorLoaded: Load | null;
  floorRssMb: number | null;
  /** "equal", or where the floor's answer differed; null without a floor. */
  sameAnswer: string | null;
  statements: number | null;
  floorStatements: number | null;
}

const ratio = (row: ResultRow) => (row.floorLoaded?.requestsPerSecond ? Math.round((row.loaded.requestsPerSecond / row.floorLoaded.requestsPerSecond) * 100) / 100 : null);
const dash = (value: unknown) => (value === null || value === undefined ? "–" : String(value));

/** The table of the README: one row per operation, API against the floor. */
export function printTable(rows: ResultRow[], run: { communes: number; connections: number; machine: string }): void {
  const header = ["operation", `API req/s (${run.connections})`, "floor req/s", "API/floor", "API p50/p99 alone", `API p50/p99 at ${run.connections}`, "floor p50/p99 alone", "SQL per request (floor)", "API RSS MB", "errors"];
  const lines = rows.map((r) => [
    r.operation,
    r.loaded.requestsPerSecond,
    dash(r.floorLoaded?.requestsPerSecond),
    ratio(r) === null ? "–" : `${ratio(r)}x`,
    `${r.alone.p50} / ${r.alone.p99} ms`,
    `${r.loaded.p50} / ${r.loaded.p99} ms`,
    r.floorAlone ? `${r.floorAlone.p50} / ${r.floorAlone.p99} ms` : "–",
    `${dash(r.statements)} (${dash(r.floorStatements)})`,
    dash(r.apiRssMb),
    r.alone.errors + r.loaded.errors + (r.floorLoaded?.errors ?? 0) + (r.sameAnswer && r.sameAnswer !== "equal" ? " + answer differs" : ""),
  ]);
  const out = [`${run.communes} communes; ${run.machine}`, "", `| ${header.join(" | ")} |`, `| ${header.map((_, i) => (i === 0 ? "---" : "---:")).join(" | ")} |`, ...lines.map((l) => `| ${l.join(" | ")} |`)];
  process.stdout.write(`${out.join("\n")}\n`);
}

export function writeResults(file: string, rows: ResultRow[], run: Record<string, unknown>): void {
  writeFileSync(file, `${JSON.stringify({ ranAt: new Date().toISOString(), ...run, operations: rows.map((r) => ({ ...r, apiToFloor: ratio(r) })) }, null, 2)}\n`);
}
