import * as z from "zod";
import { AsOfQuerySchema, ViewSchema } from "./as-of.ts";
import { GssCodeSchema, IsoDateSchema, IsoDateTimeSchema } from "./common.ts";
import { CommitmentStatusSchema, PrincipleNumberSchema, PublicationStateSchema } from "./vocabulary.ts";

/*
 * What LOTI leadership monitors: where every authority stands on each principle, what changed
 * between two dates, the activity feed, and what needs attention. The portfolio, the changes and
 * the public feed come from published data (anyone may read them, "as of" any date); what awaits
 * review and the feed of drafts and submissions are for reviewers and administrators.
 */

/* ------------------------------------------------------------------ portfolio */

export const MatrixCellSchema = z.object({
  principle: PrincipleNumberSchema,
  /** Commitments of the authority that serve this principle. */
  total: z.number().int(),
  byStatus: z.record(CommitmentStatusSchema, z.number().int()),
  overdue: z.number().int(),
});
export type MatrixCell = z.infer<typeof MatrixCellSchema>;

/** Authority × principle: counts of commitments by status in each cell. */
export const MatrixSchema = z
  .object({
    view: ViewSchema,
    rows: z.array(z.object({ gss: GssCodeSchema, name: z.string(), cells: z.array(MatrixCellSchema) })),
  })
  .meta({ id: "Matrix" });
export type Matrix = z.infer<typeof MatrixSchema>;

export const MatrixQuerySchema = z.strictObject({ ...AsOfQuerySchema.shape });

/* ------------------------------------------------------------------ changes and activity */

export const CHANGE_KINDS = [
  "signature",
  "membership",
  "commitment",
  "status",
  "target_date",
  "partnership",
] as const;
export const ChangeKindSchema = z.enum(CHANGE_KINDS);
export type ChangeKind = z.infer<typeof ChangeKindSchema>;

export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
  signature: "Signature",
  membership: "Programme membership",
  commitment: "Commitment",
  status: "Status",
  target_date: "Target date",
  partnership: "Partnership",
};

/**
 * One change to the records, in words and in values: what changed from what to what, and why.
 * `effectiveDate` is when it happened; `recordedAt` when we were told.
 */
export const ChangeSchema = z
  .object({
    /** Stable: the same change has the same id in every answer, feed and download. */
    id: z.string(),
    kind: ChangeKindSchema,
    /** A finer word for what happened, e.g. "joined", "left", "started", "ended", "moved". */
    action: z.string(),
    authorityGss: GssCodeSchema,
    authorityName: z.string(),
    /** The record to link to: the commitment for a status or target date, the partnership, or null. */
    recordType: z.enum(["commitment", "partnership", "signature", "membership"]),
    recordId: z.string().nullable(),
    /** What the record is called, e.g. a commitment's title or a partner's name. */
    recordTitle: z.string().nullable(),
    effectiveDate: IsoDateSchema,
    recordedAt: IsoDateTimeSchema,
    /** Plain words, e.g. "Status of “Open API for waste” changed from In progress to Done". */
    summary: z.string(),
    from: z.string().nullable(),
    to: z.string().nullable(),
    /** Why: the reason for a new target date, the note of a status update. */
    reason: z.string().nullable(),
    /** For a target date: days it moved (later is positive). */
    daysMoved: z.number().int().nullable(),
    /** Published for the public; LOTI's feed also shows drafts, submissions and returns. */
    state: PublicationStateSchema,
  })
  .meta({ id: "Change" });
export type Change = z.infer<typeof ChangeSchema>;

export const ChangeCountsSchema = z.object({
  signatures: z.number().int(),
  membershipJoins: z.number().int(),
  membershipLeaves: z.number().int(),
  newCommitments: z.number().int(),
  statusChanges: z.number().int(),
  targetDatesMoved: z.number().int(),
  partnershipsStarted: z.number().int(),
  partnershipsEnded: z.number().int(),
});
export type ChangeCounts = z.infer<typeof ChangeCountsSchema>;

const changeFilters = {
  authority: GssCodeSchema.optional(),
  kind: ChangeKindSchema.optional(),
};

/** What changed between two dates (effective time: from the end of `from` to the end of `to`). */
export const ChangesQuerySchema = z
  .strictObject({
    from: IsoDateSchema,
    to: IsoDateSchema,
    ...changeFilters,
    asPublished: AsOfQuerySchema.shape.asPublished,
  })
  .refine((query) => query.from <= query.to, {
    path: ["to"],
    message: "to must be on or after from",
  });
export type ChangesQuery = z.infer<typeof ChangesQuerySchema>;

export const ChangesSchema = z
  .object({
    from: IsoDateSchema,
    to: IsoDateSchema,
    counts: ChangeCountsSchema,
    /** Newest first (effective date, then recorded time). */
    changes: z.array(ChangeSchema),
  })
  .meta({ id: "Changes" });
export type Changes = z.infer<typeof ChangesSchema>;

/** The Atom and JSON feeds of published changes take the pages' filters. */
export const FeedQuerySchema = z.strictObject({ ...changeFilters });
export type FeedQuery = z.infer<typeof FeedQuerySchema>;

/** The activity feed: changes as they were recorded, newest first, filtered by recorded date. */
export const ActivityQuerySchema = z
  .strictObject({
    ...changeFilters,
    from: IsoDateSchema.optional().meta({ description: "Recorded on or after this date" }),
    to: IsoDateSchema.optional().meta({ description: "Recorded on or before this date" }),
    limit: z.coerce
      .number({ error: "limit must be a whole number from 1 to 500" })
      .int("limit must be a whole number from 1 to 500")
      .min(1, "limit must be a whole number from 1 to 500")
      .max(500, "limit must be a whole number from 1 to 500")
      .optional(),
  })
  .refine((query) => query.from === undefined || query.to === undefined || query.from <= query.to, {
    path: ["to"],
    message: "to must be on or after from",
  });
export type ActivityQuery = z.infer<typeof ActivityQuerySchema>;

export const ActivitySchema = z
  .object({ changes: z.array(ChangeSchema), total: z.number().int() })
  .meta({ id: "Activity" });
export type Activity = z.infer<typeof ActivitySchema>;

/* ------------------------------------------------------------------ attention (LOTI only) */

export const AttentionSchema = z
  .object({
    /** Submissions waiting for a reviewer, oldest first. */
    awaitingReview: z.array(
      z.object({
        authorityGss: GssCodeSchema,
        authorityName: z.string(),
        submittedAt: IsoDateTimeSchema,
        changes: z.number().int(),
      }),
    ),
    /** Changes a reviewer returned that the authority has not yet resubmitted, oldest first. */
    returned: z.array(
      z.object({
        authorityGss: GssCodeSchema,
        authorityName: z.string(),
        recordType: z.enum(["signature", "commitment", "status_update", "target_date", "partnership"]),
        recordId: z.string(),
        recordTitle: z.string().nullable(),
        comment: z.string().nullable(),
        recordedAt: IsoDateTimeSchema,
      }),
    ),
  })
  .meta({ id: "Attention" });
export type Attention = z.infer<typeof AttentionSchema>;

export const ATTENTION_LISTS = ["awaiting_review", "returned"] as const;
export type AttentionList = (typeof ATTENTION_LISTS)[number];

/** The attention lists as CSV: one list, or both (with a `list` column saying which). */
export const AttentionCsvQuerySchema = z.strictObject({
  list: z
    .enum(ATTENTION_LISTS, { error: `list must be one of ${ATTENTION_LISTS.join(", ")}` })
    .optional()
    .meta({ description: "Only this list; both when omitted" }),
});
export type AttentionCsvQuery = z.infer<typeof AttentionCsvQuerySchema>;
