import * as z from "zod";
import { GssCodeSchema, IsoDateSchema, IsoDateTimeSchema } from "./common.ts";
import { PartnershipAnswerSchema } from "./vocabulary.ts";

/*
 * Two-sided partnerships: a partnership one authority reports with another appears on both
 * profiles, and the other authority's editors confirm or dispute it. The public sees "reported by
 * Hackney, confirmed by Camden", "disputed by Camden" or "awaiting confirmation". An answer is
 * about the published version it was given for (`partnershipVersion`): a stale one is refused with
 * 409, and a later published change to the partnership asks again.
 */

export const PartnershipAnswerInputSchema = z
  .object({
    answer: PartnershipAnswerSchema,
    comment: z.string().trim().max(1000, "The comment must be 1,000 characters or fewer").default(""),
    /** The published version of the partnership the editor read. */
    partnershipVersion: z.number({ error: "The form is missing the partnership's version" }).int().min(1),
  })
  .refine((value) => value.answer !== "disputed" || value.comment.length > 0, {
    path: ["comment"],
    message: "Say what is wrong with the partnership, so the other authority can correct it",
  });
export type PartnershipAnswerInput = z.infer<typeof PartnershipAnswerInputSchema>;

export const IncomingPartnershipSchema = z
  .object({
    id: z.string(),
    /** The authority that reported the partnership. */
    reportedBy: z.object({ gss: GssCodeSchema, name: z.string() }),
    startDate: IsoDateSchema,
    endDate: IsoDateSchema.nullable(),
    purpose: z.string(),
    /** The published version: send it back as partnershipVersion. */
    version: z.number().int(),
    /** The answer to this version; "awaiting" when there is none (or only to an earlier version). */
    state: z.enum(["awaiting", "confirmed", "disputed"]),
    comment: z.string().nullable(),
    answeredAt: IsoDateTimeSchema.nullable(),
    /** Who answered, by name. */
    answeredBy: z.string().nullable(),
    /** This authority answered an earlier version, before the reporting authority changed it. */
    answeredEarlierVersion: z.boolean(),
  })
  .meta({ id: "IncomingPartnership" });
export type IncomingPartnership = z.infer<typeof IncomingPartnershipSchema>;

export const IncomingPartnershipListSchema = z
  .object({
    authority: z.object({ gss: GssCodeSchema, name: z.string() }),
    /** Published partnerships other authorities report with this one, awaiting an answer first. */
    partnerships: z.array(IncomingPartnershipSchema),
  })
  .meta({ id: "IncomingPartnershipList" });
export type IncomingPartnershipList = z.infer<typeof IncomingPartnershipListSchema>;
