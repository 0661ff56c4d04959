/**
 * The application logger (pino). Personal text never goes to logs: request bodies are never
 * logged, and the redaction list below removes fields that could carry answers or tokens.
 */
import { type Logger, pino } from "pino";

export type { Logger };

export const REDACTED_PATHS = ["req.headers.cookie", "req.headers.authorization", "*.password", "*.answers", "*.token", "*.body"];

/** @example createLogger("info").info("started") */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino({ level, redact: { paths: REDACTED_PATHS, censor: "[redacted]" } }, destination as never);
}
