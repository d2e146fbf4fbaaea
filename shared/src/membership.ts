import * as z from "zod";
import { GssCodeSchema, IsoDateSchema, IsoDateTimeSchema } from "./common.ts";
import { dateFieldSchema } from "./date-input.ts";
import { formatLongDate } from "./dates.ts";
import { LOTI_LAUNCH_DATE } from "./reference-data.ts";
import { MembershipEventKindSchema } from "./vocabulary.ts";
import { ExpectedVersionSchema } from "./workspace.ts";

/*
 * Programme (LOTI) membership as administrators record it: dated joins and leaves, each with a
 * reason. Events are never edited: a mistake is withdrawn, with a reason, and recorded again.
 * An authority's membership has one version, the number of events ever recorded for it, which a
 * change names (`expectedVersion`): a stale one is refused with 409 and the membership as it stands.
 */

const reason = z
  .string({ error: "Say why, or where the record comes from" })
  .trim()
  .min(1, "Say why, or where the record comes from")
  .max(1000, "The reason must be 1,000 characters or fewer");

export const MembershipEventInputSchema = z
  .object({
    kind: MembershipEventKindSchema,
    effectiveDate: dateFieldSchema("Date"),
    reason,
    expectedVersion: ExpectedVersionSchema,
  })
  .refine((value) => value.kind !== "founding" || value.effectiveDate === LOTI_LAUNCH_DATE, {
    path: ["kind"],
    message: `A founding member joined at LOTI’s launch, on ${formatLongDate(LOTI_LAUNCH_DATE)}: for a later date, choose “Joined”`,
  });
export type MembershipEventInput = z.infer<typeof MembershipEventInputSchema>;

export const MembershipWithdrawalInputSchema = z.object({ reason, expectedVersion: ExpectedVersionSchema });
export type MembershipWithdrawalInput = z.infer<typeof MembershipWithdrawalInputSchema>;

export const MembershipParamsSchema = z.object({ gss: GssCodeSchema });
export const MembershipEventParamsSchema = z.object({ gss: GssCodeSchema, id: z.uuid("Not an event id") });

export const RecordedMembershipEventSchema = z
  .object({
    id: z.string(),
    kind: MembershipEventKindSchema,
    effectiveDate: IsoDateSchema,
    reason: z.string().nullable(),
    recordedAt: IsoDateTimeSchema,
    /** Who recorded it; null for reference and demo data. */
    recordedBy: z.string().nullable(),
  })
  .meta({ id: "RecordedMembershipEvent" });
export type RecordedMembershipEvent = z.infer<typeof RecordedMembershipEventSchema>;

export const AuthorityMembershipSchema = z
  .object({
    authority: z.object({ gss: GssCodeSchema, name: z.string() }),
    /** Send it back as expectedVersion. */
    version: z.number().int(),
    member: z.boolean(),
    foundingMember: z.boolean(),
    /** The events standing (withdrawn ones left out), oldest first. */
    events: z.array(RecordedMembershipEventSchema),
  })
  .meta({ id: "AuthorityMembership" });
export type AuthorityMembership = z.infer<typeof AuthorityMembershipSchema>;

export const MembershipOverviewSchema = z
  .object({
    authorities: z.array(
      z.object({
        gss: GssCodeSchema,
        name: z.string(),
        member: z.boolean(),
        foundingMember: z.boolean(),
        events: z.number().int(),
      }),
    ),
  })
  .meta({ id: "MembershipOverview" });
export type MembershipOverview = z.infer<typeof MembershipOverviewSchema>;

export interface MembershipStep {
  kind: z.infer<typeof MembershipEventKindSchema>;
  effectiveDate: string;
}

/**
 * Checks that a membership history makes sense, oldest first: it starts with a join, joins and
 * leaves alternate, and only the first event can be a founding one. Returns the problem in plain
 * words, or null.
 */
export function checkMembershipSequence(name: string, events: readonly MembershipStep[]): string | null {
  let member = false;
  for (const [index, event] of events.entries()) {
    const on = formatLongDate(event.effectiveDate);
    if (event.kind === "founding" && index > 0) {
      return `${name} can only be a founding member if it joined at launch, before anything else is recorded`;
    }
    if (event.kind === "left" && !member)
      return `${name} was not a member on ${on}, so it cannot have left then`;
    if (event.kind !== "left" && member) return `${name} was already a member on ${on}`;
    member = event.kind !== "left";
  }
  return null;
}
