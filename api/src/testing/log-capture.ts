import { createLogger, type Logger, type LogLevel } from "../lib/observability/logger.ts";

/** A line the app logged, as parsed from its JSON. */
export type LogLine = Record<string, unknown> & { level: string; msg: string; time: string };

/** A logger whose JSON lines are kept in memory, for tests to read back. */
export function captureLogs(level: LogLevel = "info"): {
  logger: Logger;
  /** Every line so far, parsed. */
  lines(): LogLine[];
  /** Every line so far, exactly as written. */
  text(): string;
} {
  const written: string[] = [];
  const logger = createLogger({
    level,
    format: "json",
    destination: { write: (line: string) => void written.push(line) },
  });
  return {
    logger,
    lines: () => written.map((line) => JSON.parse(line) as LogLine),
    text: () => written.join(""),
  };
}
