import * as z from "zod";
import { IsoDateTimeSchema } from "./common.ts";
import { PublicationStateSchema } from "./vocabulary.ts";
import { ReviewFieldChangeSchema } from "./workspace.ts";

/* A record's history, as its editors, reviewers and administrators read it (docs/decisions/017). */

export const AuditEntrySchema = z
  .object({
    id: z.number().int(),
    at: IsoDateTimeSchema,
    actorName: z.string().nullable(),
    actorRole: z.string().nullable(),
    action: z.string(),
    recordType: z.string(),
    recordId: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    reason: z.string().nullable(),
  })
  .meta({ id: "AuditEntry" });
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/**
 * One version of a record, or one dated event of a commitment (a status report, a target date):
 * who recorded it, when, why, where it is on its way to the public, and every value it changed,
 * before → after. Demo, imported and hand-entered records alike: it is read from the records
 * themselves, not only from the audit trail.
 */
export const HistoryVersionSchema = z
  .object({
    /** The version or event (the change id the review queue uses). */
    id: z.string(),
    kind: z.enum(["content", "status", "target_date"]),
    recordedAt: IsoDateTimeSchema,
    /** Who recorded it; null for data loaded by the system (reference and demo data). */
    recordedBy: z.string().nullable(),
    state: PublicationStateSchema,
    publishedAt: IsoDateTimeSchema.nullable(),
    /** Why: the reason for a moved target date, the note of a status report. */
    reason: z.string().nullable(),
    /** In plain words, e.g. "Version 3" or "Status report for 20 November 2026". */
    label: z.string(),
    /** Each value that differs from the version or event before it (all of them for the first). */
    fields: z.array(ReviewFieldChangeSchema),
  })
  .meta({ id: "HistoryVersion" });
export type HistoryVersion = z.infer<typeof HistoryVersionSchema>;

export const HistorySchema = z
  .object({
    /** Every version and event of the record, newest first. */
    versions: z.array(HistoryVersionSchema),
    /** The audit trail: every request that touched the record (saves, submissions, reviews), newest first. */
    entries: z.array(AuditEntrySchema),
  })
  .meta({ id: "History" });
