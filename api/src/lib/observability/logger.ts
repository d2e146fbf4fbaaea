import { isatty } from "node:tty";
import { type DestinationStream, type Logger, pino } from "pino";
import pretty from "pino-pretty";

/*
 * The one logger (docs/decisions/015-logs-request-ids-and-metrics.md): pino, one JSON object a
 * line in production, readable lines on a developer's terminal. What is logged is chosen where it
 * is logged, field by field; never a request's headers, cookies or body. The redaction below is a
 * second lock on the same door, and errors are logged without the query parameters Drizzle puts
 * in its messages (a session token's hash, a password hash).
 */

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export const LOG_FORMATS = ["json", "pretty"] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];
export type { Logger };

export interface LoggerOptions {
  level: LogLevel;
  format: LogFormat;
  /** Where lines go; standard output when omitted. Tests pass a stream to read them back. */
  destination?: DestinationStream | NodeJS.WritableStream;
}

/**
 * Never logged, whatever a caller passes by mistake. Top-level fields only: paths with wildcards
 * ("*.password") more than doubled the cost of every line (docs/benchmarks.md, "Cost of logging").
 */
const REDACTED_PATHS = ["password", "token", "cookie", "authorization", "headers", "body"];

interface SerializedError {
  type: string;
  message: string;
  code?: string;
  stack?: string;
  cause?: SerializedError;
}

/** Drizzle's wrapper: its message and stack repeat the statement's parameters. */
function isQueryError(error: Error): error is Error & { query: string; params: unknown } {
  return "query" in error && "params" in error && typeof (error as { query: unknown }).query === "string";
}

/** An error, its code and its causes, without the parameters of a failed query. */
export function serializeError(error: unknown, depth = 0): SerializedError {
  if (!(error instanceof Error)) return { type: typeof error, message: String(error) };
  const code = (error as { code?: unknown }).code;
  let { message, stack } = error;
  if (isQueryError(error)) {
    const safe = `Failed query: ${error.query}`;
    stack = stack?.replace(message, safe);
    message = safe;
  }
  return {
    type: error.name,
    message,
    ...(typeof code === "string" ? { code } : {}),
    ...(stack ? { stack } : {}),
    ...(error.cause !== undefined && depth < 4 ? { cause: serializeError(error.cause, depth + 1) } : {}),
  };
}

/** A logger at `level` writing `format` lines to `destination` (standard output by default). */
export function createLogger(options: LoggerOptions): Logger {
  const settings = {
    level: options.level,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    serializers: { err: serializeError },
    redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
  };
  if (options.format === "pretty") {
    const destination = options.destination ?? 1;
    return pino(
      settings,
      pretty({
        destination,
        sync: true,
        colorize: destination === 1 && isatty(1),
        singleLine: true,
        translateTime: "SYS:HH:MM:ss.l",
        // A request's method, route and status are its message already.
        ignore: "pid,hostname,method,route,status",
      }),
    );
  }
  return pino(settings, options.destination ?? pino.destination({ dest: 1, sync: true }));
}

/**
 * The app's logger for one request: each line names the request's id. A plain object rather than
 * a pino child, which costs more to make than most requests log.
 */
export class RequestLog {
  constructor(
    private readonly logger: Logger,
    readonly requestId: string,
  ) {}
  info(fields: object, message: string): void {
    this.logger.info({ reqId: this.requestId, ...fields }, message);
  }
  warn(fields: object, message: string): void {
    this.logger.warn({ reqId: this.requestId, ...fields }, message);
  }
  error(fields: object, message: string): void {
    this.logger.error({ reqId: this.requestId, ...fields }, message);
  }
}

/** Logs nothing: the default when a caller (a test) gives no logger. */
export const silentLogger = (): Logger => pino({ level: "silent" });
