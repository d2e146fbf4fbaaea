import * as z from "zod";
import { GssCodeSchema, IsoDateSchema, IsoDateTimeSchema } from "./common.ts";
import { CommitmentStatusSchema, DeliveryPhaseSchema } from "./vocabulary.ts";

export const StatusUpdateSchema = z
  .object({
    status: CommitmentStatusSchema,
    phase: DeliveryPhaseSchema.nullable(),
    effectiveDate: IsoDateSchema,
    note: z.string().nullable(),
    evidenceUrls: z.array(z.string()),
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
    /** Target date passed and not done, dropped or not applicable. */
    overdue: z.boolean(),
    lastUpdatedAt: IsoDateTimeSchema,
  })
  .meta({ id: "Commitment" });
export type Commitment = z.infer<typeof CommitmentSchema>;

export const CommitmentDetailSchema = CommitmentSchema.extend({
  statusHistory: z.array(StatusUpdateSchema),
  targetDateHistory: z.array(TargetDateChangeSchema),
}).meta({ id: "CommitmentDetail" });
export type CommitmentDetail = z.infer<typeof CommitmentDetailSchema>;

export const CommitmentListQuerySchema = z.object({
  authority: GssCodeSchema.optional(),
  principle: z.coerce
    .number({ error: "principle must be a whole number from 1 to 5" })
    .int("principle must be a whole number from 1 to 5")
    .min(1, "principle must be a whole number from 1 to 5")
    .max(5, "principle must be a whole number from 1 to 5")
    .optional(),
  status: CommitmentStatusSchema.optional(),
});
export type CommitmentListQuery = z.infer<typeof CommitmentListQuerySchema>;

export const CommitmentListSchema = z
  .object({ commitments: z.array(CommitmentSchema) })
  .meta({ id: "CommitmentList" });
export type CommitmentList = z.infer<typeof CommitmentListSchema>;
