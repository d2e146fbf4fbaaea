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
    /** On 409: the record (or submission) as it now stands, so the client can show what changed. */
    readonly current?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export function errorBody(
  status: number,
  code: string,
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

export function errorResponse(c: Context, error: ApiError): Response {
  c.header("Cache-Control", "no-store");
  return c.json(
    errorBody(error.status, error.code, error.message, error.issues, error.current),
    error.status,
  );
}
