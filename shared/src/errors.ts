import * as z from "zod";

export const ErrorIssueSchema = z.object({
  /** Dotted path of the field, e.g. "query.status" or "body.evidenceUrls.0". */
  path: z.string(),
  message: z.string(),
});
export type ErrorIssue = z.infer<typeof ErrorIssueSchema>;

/** The one error body every route returns. */
export const ErrorBodySchema = z
  .object({
    error: z.object({
      status: z.number().int(),
      code: z.string(),
      message: z.string(),
      issues: z.array(ErrorIssueSchema).optional(),
      /** On 409 Conflict: the record as it now stands, so the form can show what changed. */
      current: z.unknown().optional(),
    }),
  })
  .meta({ id: "Error" });
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
