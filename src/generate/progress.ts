import { performance } from "node:perf_hooks";

/** A progress bar on stderr: redrawn in place on a terminal, one line per tenth otherwise. */
export class Progress {
  private readonly started = performance.now();
  private lastTenth = -1;

  constructor(private readonly total: number, private readonly unit: string) {}

  elapsedSeconds(): number {
    return (performance.now() - this.started) / 1000;
  }

  update(done: number, note = ""): void {
    const share = this.total ? done / this.total : 1;
    const elapsed = this.elapsedSeconds();
    const left = share > 0 ? (elapsed / share) * (1 - share) : 0;
    const width = 30;
    const bar = "#".repeat(Math.round(share * width)).padEnd(width, ".");
    const line = `[${bar}] ${done}/${this.total} ${this.unit}  ${clock(elapsed)} elapsed, ~${clock(left)} left ${note}`;
    if (process.stderr.isTTY) {
      process.stderr.write(`\r${line.padEnd(process.stderr.columns ? process.stderr.columns - 1 : 100)}`);
      if (done === this.total) process.stderr.write("\n");
      return;
    }
    const tenth = Math.floor(share * 10);
    if (tenth !== this.lastTenth || done === this.total) {
      this.lastTenth = tenth;
      process.stderr.write(`${line}\n`);
    }
  }
}

export function clock(seconds: number): string {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}
