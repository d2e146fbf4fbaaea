import * as z from "zod";
import { GssCodeSchema, HttpUrlSchema, IsoDateSchema, IsoDateTimeSchema } from "./common.ts";
import { dateFieldSchema } from "./date-input.ts";
import { PartnerChoiceSchema } from "./partner-choice.ts";
import { PartnerOrganisationSchema } from "./partnerships.ts";
import { LOTI_AREA_IDS } from "./reference-data.ts";
import {
  CommitmentStatusSchema,
  DeliveryPhaseSchema,
  PrincipleNumberSchema,
  PublicationStateSchema,
} from "./vocabulary.ts";

/*
 * The self-reporting contract: what a borough editor sends and sees, what a LOTI reviewer
 * publishes or returns. Every change is a draft until submitted, and public only once published.
 * Every record carries a `version`; a save must say which version it was based on
 * (`expectedVersion`) and a stale one is refused with 409 and the current record.
 */

const text = (max: number, field: string) =>
  z
    .string()
    .trim()
    .max(max, `${field} must be ${max.toLocaleString("en-GB")} characters or fewer`);
const requiredText = (max: number, message: string, field: string) => text(max, field).min(1, message);

/** The version the form was based on: 0 for a record that does not exist yet. */
export const ExpectedVersionSchema = z.number({ error: "The form is missing its version" }).int().min(0);

export const SignatureInputSchema = z.object({
  signedOn: dateFieldSchema("Date signed"),
  approverName: requiredText(200, "Enter the senior approver’s name", "The approver’s name"),
  approverRole: requiredText(200, "Enter the senior approver’s role", "The approver’s role"),
  commitmentUrl: HttpUrlSchema,
  expectedVersion: ExpectedVersionSchema,
});
export type SignatureInput = z.infer<typeof SignatureInputSchema>;

const commitmentFields = {
  title: requiredText(200, "Enter a title", "The title"),
  partners: text(2000, "Partners").default(""),
  mission: requiredText(
    4000,
    "Enter the mission: what will be delivered in the year, and how",
    "The mission",
  ),
  impact: requiredText(4000, "Enter the impact: how specific users will benefit", "The impact"),
  principles: z
    .array(PrincipleNumberSchema)
    .min(1, "Choose at least one principle")
    .refine((list) => new Set(list).size === list.length, "Choose each principle once"),
  lotiArea: z
    .enum(LOTI_AREA_IDS as [string, ...string[]], { error: "Choose a LOTI area of work" })
    .nullable(),
  committedOn: dateFieldSchema("Date of the commitment"),
};

/**
 * A commitment's content: the Declaration's four fields (title, partners, mission, impact) and
 * what this dashboard adds (principles, LOTI area, date committed). One list for every place that
 * copies content from one shape to another.
 */
export const CommitmentContentSchema = z.object(commitmentFields);
export type CommitmentContent = z.infer<typeof CommitmentContentSchema>;
export const COMMITMENT_CONTENT_FIELDS = CommitmentContentSchema.keyof().options;

/** What each content field is called on screen. */
export const COMMITMENT_FIELD_LABELS: Record<keyof CommitmentContent, string> = {
  title: "Title",
  partners: "Partners",
  mission: "Mission",
  impact: "Impact",
  principles: "Principles",
  lotiArea: "LOTI area of work",
  committedOn: "Date committed",
};

/** The content fields of anything that has them, and nothing else. */
export function pickCommitmentContent(source: CommitmentContent): CommitmentContent {
  return {
    title: source.title,
    partners: source.partners,
    mission: source.mission,
    impact: source.impact,
    principles: source.principles,
    lotiArea: source.lotiArea,
    committedOn: source.committedOn,
  };
}

export const CommitmentInputSchema = z.object({
  ...commitmentFields,
  expectedVersion: ExpectedVersionSchema,
});
export type CommitmentInput = z.infer<typeof CommitmentInputSchema>;

export const NewCommitmentInputSchema = z
  .object({ ...commitmentFields, targetDate: dateFieldSchema("Target date") })
  .refine((value) => value.targetDate >= value.committedOn, {
    path: ["targetDate"],
    message: "The target date must be on or after the date of the commitment",
  });
export type NewCommitmentInput = z.infer<typeof NewCommitmentInputSchema>;

/** Links to evidence one status update may give. */
export const MAX_EVIDENCE_LINKS = 10;

/**
 * The returned (or draft) change a new one corrects, by its id: the old one is withdrawn in the
 * same save, so only the correction goes to review and the public never sees both.
 */
const ReplacesSchema = z.uuid("Not a change id").nullable().default(null);

/** Statuses an editor can report ("not yet reported" is the absence of a report). */
export const ReportableStatusSchema = CommitmentStatusSchema.exclude(["not_yet_reported"], {
  error: "Choose a status",
});

export const StatusUpdateInputSchema = z
  .object({
    status: ReportableStatusSchema,
    phase: DeliveryPhaseSchema.nullable(),
    effectiveDate: dateFieldSchema("Date of this status"),
    note: text(2000, "The note").default(""),
    /** Links to evidence, in the order given; empty when there is none. */
    evidenceUrls: z
      .array(HttpUrlSchema)
      .max(MAX_EVIDENCE_LINKS, `Give ${MAX_EVIDENCE_LINKS} links to evidence or fewer`)
      .refine((links) => new Set(links).size === links.length, "Give each link to evidence once")
      .default([]),
    /** A returned status update this one corrects: it is withdrawn, so the public never sees both. */
    replaces: ReplacesSchema,
    expectedVersion: ExpectedVersionSchema,
  })
  .refine((value) => value.status !== "dropped" || value.note.length > 0, {
    path: ["note"],
    message: "Say why the commitment was dropped",
  });
export type StatusUpdateInput = z.infer<typeof StatusUpdateInputSchema>;

export const TargetDateChangeInputSchema = z.object({
  targetDate: dateFieldSchema("New target date"),
  reason: requiredText(1000, "Explain why the target date changed", "The reason"),
  replaces: ReplacesSchema,
  expectedVersion: ExpectedVersionSchema,
});
export type TargetDateChangeInput = z.infer<typeof TargetDateChangeInputSchema>;

export const PartnershipInputSchema = z
  .object({
    partner: PartnerChoiceSchema,
    startDate: dateFieldSchema("Start date"),
    endDate: dateFieldSchema("End date").nullable(),
    purpose: requiredText(2000, "Say what the partnership is for", "The purpose"),
    commitmentIds: z.array(z.uuid()).default([]),
    expectedVersion: ExpectedVersionSchema,
  })
  .refine((value) => value.endDate === null || value.endDate >= value.startDate, {
    path: ["endDate"],
    message: "The end date must be on or after the start date",
  });
export type PartnershipInput = z.infer<typeof PartnershipInputSchema>;

/**
 * The changes a reviewer decides on, by the ids the review queue gave them: a reviewer publishes
 * or returns what they saw, never a change submitted after they read the queue.
 */
const ChangeIdsSchema = z
  .array(z.uuid("Not a change id"))
  .min(1, "Choose at least one change")
  .max(5_000, "Decide on 5,000 changes or fewer at once")
  .refine((ids) => new Set(ids).size === ids.length, "Name each change once");

export const PublishSubmissionInputSchema = z
  .object({
    changeIds: ChangeIdsSchema,
    /**
     * Status updates among `changeIds` whose evidence the reviewer opened and checked: the public
     * sees their claim as "verified" rather than "evidenced".
     */
    evidenceCheckedIds: z.array(z.uuid("Not a change id")).max(5_000).default([]),
  })
  .refine((value) => value.evidenceCheckedIds.every((id) => value.changeIds.includes(id)), {
    path: ["evidenceCheckedIds"],
    message: "Tick “evidence checked” only for changes you publish",
  });
export type PublishSubmissionInput = z.infer<typeof PublishSubmissionInputSchema>;

export const ReturnSubmissionInputSchema = z.object({
  comment: requiredText(2000, "Explain what needs to change", "The comment"),
  changeIds: ChangeIdsSchema,
});
export type ReturnSubmissionInput = z.infer<typeof ReturnSubmissionInputSchema>;

/** Submit every draft of the authority, or only the drafts named (e.g. "save and submit" one status). */
export const SubmitChangesInputSchema = z.object({ changeIds: ChangeIdsSchema.optional() });
export type SubmitChangesInput = z.infer<typeof SubmitChangesInputSchema>;

/* ------------------------------------------------------------------ what editors see */

const recordState = {
  /** The record's version: send it back as expectedVersion. */
  version: z.number().int(),
  /** State of the latest version of the content: drafts and returns show here. */
  state: PublicationStateSchema,
  /** The reviewer's comment when the latest change was returned. */
  reviewComment: z.string().nullable(),
};

const signatureContent = {
  signedOn: IsoDateSchema,
  approverName: z.string().nullable(),
  approverRole: z.string().nullable(),
  commitmentUrl: z.string().nullable(),
};

export const WorkspaceSignatureSchema = z
  .object({
    id: z.string(),
    ...recordState,
    ...signatureContent,
    /** What the public sees now; null until a version is published. */
    published: z.object(signatureContent).nullable(),
    /** The id of the latest version (the change), to withdraw it while it is a draft or returned. */
    changeId: z.string(),
  })
  .meta({ id: "WorkspaceSignature" });
export type WorkspaceSignature = z.infer<typeof WorkspaceSignatureSchema>;

export const WorkspaceStatusUpdateSchema = z.object({
  id: z.string(),
  state: PublicationStateSchema,
  status: CommitmentStatusSchema,
  phase: DeliveryPhaseSchema.nullable(),
  effectiveDate: IsoDateSchema,
  note: z.string().nullable(),
  evidenceUrls: z.array(z.string()),
  /** A reviewer checked the evidence when publishing it. */
  evidenceChecked: z.boolean(),
  recordedAt: IsoDateTimeSchema,
  reviewComment: z.string().nullable(),
});
export type WorkspaceStatusUpdate = z.infer<typeof WorkspaceStatusUpdateSchema>;

export const WorkspaceTargetDateSchema = z.object({
  id: z.string(),
  state: PublicationStateSchema,
  targetDate: IsoDateSchema,
  reason: z.string().nullable(),
  effectiveDate: IsoDateSchema,
  recordedAt: IsoDateTimeSchema,
  reviewComment: z.string().nullable(),
});
export type WorkspaceTargetDate = z.infer<typeof WorkspaceTargetDateSchema>;

const commitmentContentView = {
  title: z.string(),
  partners: z.string(),
  mission: z.string(),
  impact: z.string(),
  principles: z.array(z.number().int().min(1).max(5)),
  lotiArea: z.string().nullable(),
  committedOn: IsoDateSchema,
};

export const WorkspaceCommitmentSchema = z
  .object({
    id: z.string(),
    ...recordState,
    ...commitmentContentView,
    /** The id of the latest version of the content (the change). */
    changeId: z.string(),
    /** Whether any version of this commitment has been published. */
    everPublished: z.boolean(),
    /** The content the public sees now; null until a version is published. */
    published: z.object(commitmentContentView).nullable(),
    /** The latest status and target date, drafts included. */
    status: CommitmentStatusSchema,
    phase: DeliveryPhaseSchema.nullable(),
    targetDate: IsoDateSchema.nullable(),
    statusHistory: z.array(WorkspaceStatusUpdateSchema),
    targetDateHistory: z.array(WorkspaceTargetDateSchema),
  })
  .meta({ id: "WorkspaceCommitment" });
export type WorkspaceCommitment = z.infer<typeof WorkspaceCommitmentSchema>;

export const WorkspacePartnershipSchema = z
  .object({
    id: z.string(),
    ...recordState,
    partner: PartnerOrganisationSchema,
    startDate: IsoDateSchema,
    endDate: IsoDateSchema.nullable(),
    purpose: z.string(),
    commitmentIds: z.array(z.string()),
    everPublished: z.boolean(),
    /** The id of the latest version (the change). */
    changeId: z.string(),
    /** What the public sees now; null until a version is published. */
    published: z
      .object({
        partnerName: z.string(),
        startDate: IsoDateSchema,
        endDate: IsoDateSchema.nullable(),
        purpose: z.string(),
      })
      .nullable(),
  })
  .meta({ id: "WorkspacePartnership" });
export type WorkspacePartnership = z.infer<typeof WorkspacePartnershipSchema>;

export const WorkspaceSchema = z
  .object({
    authority: z.object({ gss: GssCodeSchema, name: z.string() }),
    signature: WorkspaceSignatureSchema.nullable(),
    commitments: z.array(WorkspaceCommitmentSchema),
    partnerships: z.array(WorkspacePartnershipSchema),
    /** Organisations a partnership can name (partners and the other authorities). */
    partnerOrganisations: z.array(PartnerOrganisationSchema),
    pending: z.object({
      drafts: z.number().int(),
      submitted: z.number().int(),
      returned: z.number().int(),
    }),
  })
  .meta({ id: "Workspace" });
export type Workspace = z.infer<typeof WorkspaceSchema>;

/* ------------------------------------------------------------------ review */

export const RECORD_TYPES = [
  "signature",
  "commitment",
  "status_update",
  "target_date",
  "partnership",
] as const;
export const RecordTypeSchema = z.enum(RECORD_TYPES);
export type RecordType = z.infer<typeof RecordTypeSchema>;

/** One field a submitted change sets: what the public sees now, and what it would see once published. */
export const ReviewFieldChangeSchema = z.object({
  field: z.string(),
  label: z.string(),
  /** The published value in words; null when nothing is published yet (a new record). */
  before: z.string().nullable(),
  /** The submitted value in words; null when the change clears it. */
  after: z.string().nullable(),
});
export type ReviewFieldChange = z.infer<typeof ReviewFieldChangeSchema>;

export const ReviewChangeSchema = z.object({
  /** This change (a version or an event): name it to publish or return it. */
  id: z.string(),
  recordType: RecordTypeSchema,
  /** The record a reader would look for: the commitment for a status update, for instance. */
  recordId: z.string(),
  /** Plain words, e.g. "Status of “Open API for waste” set to Done on 20 November 2026". */
  description: z.string(),
  /** Every field the change sets that differs from what is published, before → after. */
  fields: z.array(ReviewFieldChangeSchema),
  /** A status update's links to evidence, for the reviewer to open and tick "evidence checked". */
  evidenceUrls: z.array(z.string()),
  submittedAt: IsoDateTimeSchema,
});

export const ReviewQueueSchema = z
  .object({
    submissions: z.array(
      z.object({
        authorityGss: GssCodeSchema,
        authorityName: z.string(),
        submittedAt: IsoDateTimeSchema,
        changes: z.array(ReviewChangeSchema),
      }),
    ),
  })
  .meta({ id: "ReviewQueue" });
export type ReviewQueue = z.infer<typeof ReviewQueueSchema>;

export const ReviewOutcomeSchema = z.object({ count: z.number().int() }).meta({ id: "ReviewOutcome" });
