import * as z from "zod";
import { hasCredentials } from "./links.ts";

/** A calendar date, YYYY-MM-DD, that exists in the calendar. */
export const IsoDateSchema = z.iso.date({ error: "Enter a real date in the form YYYY-MM-DD" });
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** An instant, ISO 8601 with offset. */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });

/** A calendar month, YYYY-MM. */
export const IsoMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Enter a month as YYYY-MM");

/** ONS GSS code of a local authority district, e.g. E09000012. */
export const GssCodeSchema = z
  .string()
  .regex(/^[EWSN]\d{8}$/, "A GSS code is a letter E, W, S or N then 8 digits, e.g. E09000012")
  .meta({ description: "ONS GSS code", example: "E09000012" });

/**
 * A link a user entered. Only http(s) is allowed: `javascript:` and `data:` links are refused
 * with a message that says so, and so are links with a user name or password (docs/quality.md, R9).
 */
export const HttpUrlSchema = z
  .string()
  .trim()
  .max(2000, "A link must be 2,000 characters or fewer")
  .pipe(z.url({ protocol: /^https?$/, error: "Enter a link that starts with http:// or https://" }))
  .refine((link) => !hasCredentials(link), {
    error: "Enter a link without a user name or password (nothing between // and @)",
  });

/** Query-string boolean: "true" or "false". */
export const QueryBooleanSchema = z
  .enum(["true", "false"], { error: "Use true or false" })
  .transform((value) => value === "true");
