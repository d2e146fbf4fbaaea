import * as z from "zod";
import { IsoDateSchema, QueryBooleanSchema } from "./common.ts";

/*
 * Every public read can be asked for the state on a past date (the "time machine"). Two kinds of
 * time (docs/decisions/003 and 012):
 * - as known: the state on `asOf` as we know it now: the latest published version of each fact
 *   whose effective date is on or before `asOf` (a correction recorded later moves the answer);
 * - as published (`asPublished=true`): what the public pages showed on `asOf`: only facts
 *   published on or before that day, so a board paper's figures can be reproduced exactly.
 */
export const AsOfQuerySchema = z.object({
  asOf: IsoDateSchema.optional().meta({
    description:
      "Show the state at the end of this date (YYYY-MM-DD), up to today. Omitted: today. A date before any data gives an empty state.",
  }),
  asPublished: QueryBooleanSchema.optional().meta({
    description:
      "true: what the public pages showed on `asOf` (facts published by then). Omitted or false: the state on `asOf` as known now, corrections included.",
  }),
});
export type AsOfQuery = z.infer<typeof AsOfQuerySchema>;

/** Which state a response shows. */
export const ViewSchema = z.object({
  /** The date the state is for (today when no `asOf` was asked for). */
  asOf: IsoDateSchema,
  /** True when only facts published by `asOf` count. */
  asPublished: z.boolean(),
});
export type View = z.infer<typeof ViewSchema>;
