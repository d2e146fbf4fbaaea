import type { ErrorBody, ErrorCode, ErrorIssue } from "@ldd/shared/errors";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type * as z from "zod";
import type { AppBindings } from "./types.ts";

/** What an error may carry besides its status, code and message. */
export interface ApiErrorDetails {
  /** Field-level problems: each names the field (`json.title`, `rows.3.status`) and what is wrong. */
  issues?: ErrorIssue[];
  /** On 409: the record (or submission) as it now stands, so the client can show what changed. */
  current?: unknown;
  /** Sent as Retry-After: when a refused request (429, 503) may be tried again. */
  retryAfterSeconds?: number;
}

/** An error a handler throws on purpose: it becomes the standard error body. */
export class ApiError extends Error {
  readonly issues?: ErrorIssue[];
  readonly current?: unknown;
  readonly retryAfterSeconds?: number;

  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    details: ApiErrorDetails = {},
  ) {
    super(message);
    this.name = "ApiError";
    this.issues = details.issues;
    this.current = details.current;
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
}

export function errorBody(
  status: number,
  code: ErrorCode,
  message: string,
  details: { issues?: ErrorIssue[]; current?: unknown; requestId?: string } = {},
): ErrorBody {
  const { issues, current, requestId } = details;
  return {
    error: {
      status,
      code,
      message,
      ...(issues ? { issues } : {}),
      ...(current !== undefined ? { current } : {}),
      ...(requestId ? { requestId } : {}),
    },
  };
}

export function issuesFrom(target: string, error: z.ZodError): ErrorIssue[] {
  return error.issues.map((issue) => ({
    path: [target, ...issue.path.map(String)].join("."),
    message: issue.message,
  }));
}

/** Seconds a client should wait before trying again after a 503 (the database is unavailable). */
export const RETRY_AFTER_SECONDS = 5;

export function errorResponse(c: Context<AppBindings>, error: ApiError): Response {
  c.header("Cache-Control", "no-store");
  const retryAfter = error.retryAfterSeconds ?? (error.status === 503 ? RETRY_AFTER_SECONDS : undefined);
  if (retryAfter !== undefined) c.header("Retry-After", String(Math.max(1, Math.ceil(retryAfter))));
  const { issues, current } = error;
  // The id the request's log line has: a reader who quotes it leads us to that line.
  const requestId = c.get("requestId") as string | undefined;
  return c.json(
    errorBody(error.status, error.code, error.message, { issues, current, requestId }),
    error.status,
  );
}
