import * as z from "zod";

export const ErrorIssueSchema = z.object({
  /** Dotted path of the field, e.g. "query.status" or "body.evidenceUrls.0". */
  path: z.string(),
  message: z.string(),
});
export type ErrorIssue = z.infer<typeof ErrorIssueSchema>;

/**
 * Every `error.code` the API sends, one word per kind of problem. Clients branch on the code, never
 * on the message (which is for people and may be reworded).
 */
export const ERROR_CODES = [
  /** 400: the request does not match the route's schema; `issues` names each field. */
  "invalid_request",
  /** 400: the body is not JSON, or another problem reading the request. */
  "malformed_request",
  /** 400: an editor submitted with nothing to submit. */
  "nothing_to_submit",
  /** 401: no valid session; sign in. */
  "signed_out",
  /** 401: the email address or password is not right (one answer for both). */
  "invalid_credentials",
  /** 403: signed in, but this account may not do this. */
  "forbidden",
  /** 403: a mutation sent from another site (CSRF defence). */
  "cross_origin",
  /** 404: no such route, authority or record (or not this authority's). */
  "not_found",
  /** 409: the record changed since `expectedVersion`; `current` holds it now. */
  "conflict",
  /** 409: a named change is no longer waiting for review; `current` holds the submission. */
  "submission_changed",
  /** 409: an account with this email address exists. */
  "email_taken",
  /** 409: administrators cannot disable their own account. */
  "own_account",
  /** 413: the body is too large. */
  "payload_too_large",
  /** 415: a mutation whose body is not JSON. */
  "unsupported_media_type",
  /** 422: a spreadsheet import with problems; nothing was imported. */
  "invalid_import",
  /** 429: too many failed sign-ins for this account or from this client; see Retry-After. */
  "too_many_attempts",
  /** 500: a fault on our side (never with details). */
  "internal_error",
  /** 503: the database cannot be reached just now; see Retry-After. */
  "unavailable",
  /** 503: the database did not answer in time. */
  "timeout",
  /** 503: too much work of this kind at once (e.g. password checks); see Retry-After. */
  "busy",
] as const;
export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** The one error body every route returns. */
export const ErrorBodySchema = z
  .object({
    error: z.object({
      status: z.number().int(),
      code: ErrorCodeSchema,
      message: z.string(),
      issues: z.array(ErrorIssueSchema).optional(),
      /** On 409 Conflict: the record as it now stands, so the form can show what changed. */
      current: z.unknown().optional(),
      /** The request's id, also sent as X-Request-Id and in the server's log line: quote it when reporting a problem. */
      requestId: z.string().optional(),
    }),
  })
  .meta({ id: "Error" });
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
