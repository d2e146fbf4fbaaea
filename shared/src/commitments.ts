import * as z from "zod";
import { AsOfQuerySchema, ViewSchema } from "./as-of.ts";
import { GssCodeSchema, IsoDateSchema, IsoDateTimeSchema, QueryBooleanSchema } from "./common.ts";
import { CommitmentStatusSchema, DeliveryPhaseSchema, EvidenceConfidenceSchema } from "./vocabulary.ts";

export const StatusUpdateSchema = z
  .object({
    status: CommitmentStatusSchema,
    phase: DeliveryPhaseSchema.nullable(),
    effectiveDate: IsoDateSchema,
    note: z.string().nullable(),
    evidenceUrls: z.array(z.string()),
    /** Self-declared (no evidence), evidenced (a link) or verified (a reviewer checked it). */
    confidence: EvidenceConfidenceSchema,
    recordedAt: IsoDateTimeSchema,
  })
  .meta({ id: "StatusUpdate" });
export type StatusUpdate = z.infer<typeof StatusUpdateSchema>;

export const TargetDateChangeSchema = z
  .object({
    targetDate: IsoDateSchema,
    /** Null for the original target date; a re-baseline always has a reason. */
    reason: z.string().nullable(),
    effectiveDate: IsoDateSchema,
    recordedAt: IsoDateTimeSchema,
  })
  .meta({ id: "TargetDateChange" });
export type TargetDateChange = z.infer<typeof TargetDateChangeSchema>;

export const CommitmentSchema = z
  .object({
    id: z.string(),
    authorityGss: GssCodeSchema,
    authorityName: z.string(),
    title: z.string(),
    /** The Declaration's "partners" field: collaborators already agreed, as written. */
    partners: z.string(),
    mission: z.string(),
    impact: z.string(),
    principles: z.array(z.number().int().min(1).max(5)),
    lotiArea: z.string().nullable(),
    committedOn: IsoDateSchema,
    originalTargetDate: IsoDateSchema.nullable(),
    targetDate: IsoDateSchema.nullable(),
    status: CommitmentStatusSchema,
    phase: DeliveryPhaseSchema.nullable(),
    statusDate: IsoDateSchema.nullable(),
    /** The confidence of the current status claim; null while no status is reported. */
    statusConfidence: EvidenceConfidenceSchema.nullable(),
    /** Target date passed and not done, dropped or not applicable. */
    overdue: z.boolean(),
    /** How many times the target date was moved after the original one. */
    rebaselines: z.number().int(),
    /** Days from the original target date to the current one, when it moved later; 0 otherwise. */
    daysSlipped: z.number().int(),
    /** The latest date anything happened to it (status, target date, or the commitment itself). */
    lastUpdateDate: IsoDateSchema,
    /** Days from `lastUpdateDate` to the view's date. */
    daysSinceUpdate: z.number().int(),
    lastUpdatedAt: IsoDateTimeSchema,
  })
  .meta({ id: "Commitment" });
export type Commitment = z.infer<typeof CommitmentSchema>;

export const CommitmentDetailSchema = CommitmentSchema.extend({
  statusHistory: z.array(StatusUpdateSchema),
  targetDateHistory: z.array(TargetDateChangeSchema),
}).meta({ id: "CommitmentDetail" });
export type CommitmentDetail = z.infer<typeof CommitmentDetailSchema>;

export const COMMITMENT_SORTS = [
  "authority",
  "title",
  "target_date",
  "days_slipped",
  "days_since_update",
  "committed_on",
] as const;

export const CommitmentListQuerySchema = z.strictObject({
  authority: GssCodeSchema.optional(),
  principle: z.coerce
    .number({ error: "principle must be a whole number from 1 to 5" })
    .int("principle must be a whole number from 1 to 5")
    .min(1, "principle must be a whole number from 1 to 5")
    .max(5, "principle must be a whole number from 1 to 5")
    .optional(),
  status: CommitmentStatusSchema.optional(),
  overdue: QueryBooleanSchema.optional().meta({ description: "Target date passed and not closed" }),
  stale_days: z.coerce
    .number({ error: "stale_days must be a whole number of days from 1 to 3650" })
    .int("stale_days must be a whole number of days from 1 to 3650")
    .min(1, "stale_days must be a whole number of days from 1 to 3650")
    .max(3650, "stale_days must be a whole number of days from 1 to 3650")
    .optional()
    .meta({ description: "Open commitments with no update for at least this many days" }),
  slipped: QueryBooleanSchema.optional().meta({ description: "Target date moved later than the original" }),
  sort: z
    .enum([...COMMITMENT_SORTS, ...COMMITMENT_SORTS.map((sort) => `-${sort}` as const)], {
      error: `sort must be one of ${COMMITMENT_SORTS.join(", ")}, with - in front for descending order`,
    })
    .optional(),
  ...AsOfQuerySchema.shape,
});
export type CommitmentListQuery = z.infer<typeof CommitmentListQuerySchema>;

export const CommitmentListSchema = z
  .object({ view: ViewSchema, commitments: z.array(CommitmentSchema) })
  .meta({ id: "CommitmentList" });
export type CommitmentList = z.infer<typeof CommitmentListSchema>;
