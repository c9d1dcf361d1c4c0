import pino, { type DestinationStream, type Logger } from "pino";
import type { LogLevel } from "./config";
import { currentRequest } from "./request-scope";

type Fields = Record<string, unknown>;

/**
 * Secrets never reach a log line, whatever a caller passes: tokens, passwords, keys and the
 * Authorization header are replaced wherever they appear one or two levels down.
 */
const REDACTED = ["authorization", "password", "token", "secret", "jwt", "privateKey", "databaseUrl"].flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

/** Readable lines for a developer's terminal (pino-pretty is a development dependency); JSON lines otherwise. */
function destination(pretty: boolean): DestinationStream {
  if (pretty) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const prettify = require("pino-pretty") as (options: object) => DestinationStream;
      return prettify({ colorize: true, translateTime: "SYS:HH:MM:ss.l", ignore: "pid,hostname", messageKey: "message", sync: true });
    } catch {
      // A production install has no pino-pretty: JSON lines it is.
    }
  }
  return pino.destination({ dest: 1, sync: true });
}

function create(level: LogLevel, pretty: boolean, to?: DestinationStream): Logger {
  return pino(
    {
      level,
      messageKey: "message",
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED, censor: "[redacted]" },
      // Every line written while a request is served names it, so an error can be matched to its request.
      mixin: () => {
        const request = currentRequest();
        return request ? { requestId: request.requestId } : {};
      },
    },
    to ?? destination(pretty),
  );
}

const initial = process.env.LOG_LEVEL as LogLevel | undefined;
let instance = create(initial && ["debug", "info", "warn", "error", "silent"].includes(initial) ? initial : "info", false);

/**
 * Sets the level, and the format: readable lines for a developer's terminal, JSON lines elsewhere
 * (on standard output, or on `destination`: how tests read them).
 */
export function configureLogger(options: { level: LogLevel; pretty: boolean; destination?: DestinationStream }): void {
  instance = create(options.level, options.pretty, options.destination);
}

/** One line per event, filtered by LOG_LEVEL. */
export const logger = {
  debug: (message: string, fields?: Fields) => instance.debug(fields ?? {}, message),
  info: (message: string, fields?: Fields) => instance.info(fields ?? {}, message),
  warn: (message: string, fields?: Fields) => instance.warn(fields ?? {}, message),
  error: (message: string, fields?: Fields) => instance.error(fields ?? {}, message),
};
