import type { LogLevel } from "./config";

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };
let threshold = ORDER[(process.env.LOG_LEVEL as LogLevel) in ORDER ? (process.env.LOG_LEVEL as LogLevel) : "info"];
let pretty = false;

/** Sets the level, and the format: readable lines for a developer's terminal, JSON lines elsewhere. */
export function configureLogger(options: { level: LogLevel; pretty: boolean }): void {
  threshold = ORDER[options.level];
  pretty = options.pretty;
}

function emit(level: Exclude<LogLevel, "silent">, message: string, fields?: Record<string, unknown>): void {
  if (ORDER[level] < threshold) return;
  const time = new Date().toISOString();
  const line = pretty
    ? `${time} ${level.toUpperCase().padEnd(5)} ${message}${fields ? ` ${JSON.stringify(fields)}` : ""}`
    : JSON.stringify({ time, level, message, ...fields });
  (level === "error" || level === "warn" ? process.stderr : process.stdout).write(line + "\n");
}

/** One line per event, filtered by LOG_LEVEL. */
export const logger = {
  debug: (message: string, fields?: Record<string, unknown>) => emit("debug", message, fields),
  info: (message: string, fields?: Record<string, unknown>) => emit("info", message, fields),
  warn: (message: string, fields?: Record<string, unknown>) => emit("warn", message, fields),
  error: (message: string, fields?: Record<string, unknown>) => emit("error", message, fields),
};
