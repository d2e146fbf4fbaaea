import type { ErrorBody, ErrorCode, ErrorIssue } from "@ldd/shared/errors";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type * as z from "zod";

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
  issues?: ErrorIssue[],
  current?: unknown,
): ErrorBody {
  return {
    error: {
      status,
      code,
      message,
      ...(issues ? { issues } : {}),
      ...(current !== undefined ? { current } : {}),
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

export function errorResponse(c: Context, error: ApiError): Response {
  c.header("Cache-Control", "no-store");
  const retryAfter = error.retryAfterSeconds ?? (error.status === 503 ? RETRY_AFTER_SECONDS : undefined);
  if (retryAfter !== undefined) c.header("Retry-After", String(Math.max(1, Math.ceil(retryAfter))));
  return c.json(
    errorBody(error.status, error.code, error.message, error.issues, error.current),
    error.status,
  );
}
