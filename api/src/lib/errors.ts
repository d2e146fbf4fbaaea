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

/** Seconds a client should wait before trying again after a 503 (the database is unavailable). */
export const RETRY_AFTER_SECONDS = 5;

export function errorResponse(c: Context, error: ApiError): Response {
  c.header("Cache-Control", "no-store");
  if (error.status === 503) c.header("Retry-After", String(RETRY_AFTER_SECONDS));
  return c.json(errorBody(error.status, error.code, error.message, error.issues), error.status);
}
