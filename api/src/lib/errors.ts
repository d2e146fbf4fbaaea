import type { ErrorBody, ErrorIssue } from "@ldd/shared/errors";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type * as z from "zod";

/** An error a handler throws on purpose: it becomes the standard error body. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly issues?: ErrorIssue[],
    /** Sent as Retry-After: when a refused request (429, 503) may be tried again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export function errorBody(status: number, code: string, message: string, issues?: ErrorIssue[]): ErrorBody {
  return { error: { status, code, message, ...(issues ? { issues } : {}) } };
}

export function issuesFrom(target: string, error: z.ZodError): ErrorIssue[] {
  return error.issues.map((issue) => ({
    path: [target, ...issue.path.map(String)].join("."),
    message: issue.message,
  }));
}

export function errorResponse(c: Context, error: ApiError): Response {
  c.header("Cache-Control", "no-store");
  if (error.retryAfterSeconds !== undefined) {
    c.header("Retry-After", String(Math.max(1, Math.ceil(error.retryAfterSeconds))));
  }
  return c.json(errorBody(error.status, error.code, error.message, error.issues), error.status);
}
