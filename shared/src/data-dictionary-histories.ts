/** The open data tables of histories: status updates, target dates (the slippage ledger) and partnerships. */

import {
  authorityKey,
  type DataTable,
  LIST_SEPARATOR,
  recordedAt,
  toAuthorities,
  toCommitments,
} from "./data-dictionary-fields.ts";
import {
  CANONICAL_ID_SCHEMES,
  COMMITMENT_STATUSES,
  CONFIRMATION_STATES,
  DELIVERY_PHASES,
  EVIDENCE_CONFIDENCES,
  PARTNER_TYPES,
} from "./vocabulary.ts";

export const HISTORY_TABLES = [
  {
    name: "status_history",
    title: "Status history",
    description:
      "Every published status update of every commitment, in effective-date order. The current status is the latest one.",
    primaryKey: ["commitment_id", "sequence"],
    foreignKeys: [toCommitments],
    fields: [
      {
        name: "commitment_id",
        title: "Commitment id",
        type: "string",
        description: "The commitment the update is for.",
        constraints: { required: true },
      },
      {
        name: "sequence",
        title: "Sequence",
        type: "integer",
        description:
          "The update's place in the commitment's history in this package, from 1 for the earliest (by effective date, then by when it was recorded).",
        constraints: { required: true, minimum: 1 },
      },
      {
        name: "status",
        title: "Status",
        type: "string",
        description: "The status reported.",
        constraints: { required: true, enum: COMMITMENT_STATUSES.filter((s) => s !== "not_yet_reported") },
      },
      {
        name: "phase",
        title: "Delivery phase",
        type: "string",
        description: "The delivery phase reported with the status, if any.",
        constraints: { enum: DELIVERY_PHASES },
      },
      {
        name: "effective_date",
        title: "Effective date",
        type: "date",
        description: "The date the status took effect.",
        constraints: { required: true },
      },
      {
        name: "note",
        title: "Note",
        type: "string",
        description: "What the authority said about the update.",
      },
      {
        name: "evidence_urls",
        title: "Evidence links",
        type: "string",
        description: `Links to evidence for the update, separated by "${LIST_SEPARATOR}".`,
      },
      {
        name: "confidence",
        title: "Confidence",
        type: "string",
        description:
          "self_declared: no link to evidence; evidenced: at least one link; verified: a LOTI reviewer checked the evidence when publishing the update.",
        constraints: { required: true, enum: EVIDENCE_CONFIDENCES },
      },
      recordedAt,
    ],
  },
  {
    name: "target_date_history",
    title: "Target-date history",
    description:
      "The slippage ledger: every target date each commitment has had, the original first, each re-baseline with its reason.",
    primaryKey: ["commitment_id", "sequence"],
    foreignKeys: [toCommitments],
    fields: [
      {
        name: "commitment_id",
        title: "Commitment id",
        type: "string",
        description: "The commitment the target date is for.",
        constraints: { required: true },
      },
      {
        name: "sequence",
        title: "Sequence",
        type: "integer",
        description:
          "The target date's place in the commitment's history in this package: 1 is the original, each later one a re-baseline.",
        constraints: { required: true, minimum: 1 },
      },
      {
        name: "target_date",
        title: "Target date",
        type: "date",
        description: "The target date set.",
        constraints: { required: true },
      },
      {
        name: "reason",
        title: "Reason",
        type: "string",
        description: "Why the target date was moved; empty for the original target date.",
      },
      {
        name: "effective_date",
        title: "Effective date",
        type: "date",
        description: "The date this target date was set.",
        constraints: { required: true },
      },
      {
        name: "days_moved",
        title: "Days moved",
        type: "integer",
        description:
          "Days from the previous target date to this one (negative when brought forward); empty for the original.",
      },
      recordedAt,
    ],
  },
  {
    name: "partnerships",
    title: "Partnerships",
    description:
      "Partnerships the authorities report with suppliers, universities, non-profits, public bodies and other councils, active or ended.",
    primaryKey: ["id"],
    foreignKeys: [toAuthorities],
    fields: [
      {
        name: "id",
        title: "Partnership id",
        type: "string",
        description: "The partnership's identifier; it never changes.",
        constraints: { required: true, unique: true },
      },
      authorityKey("The authority that reported the partnership."),
      {
        name: "authority_name",
        title: "Authority",
        type: "string",
        description: "The authority's name (repeated for convenience).",
        constraints: { required: true },
      },
      {
        name: "partner_organisation_id",
        title: "Partner organisation id",
        type: "string",
        description:
          "The partner organisation's identifier in this dataset: the same partner has the same id in every row.",
        constraints: { required: true },
      },
      {
        name: "partner_name",
        title: "Partner",
        type: "string",
        description: "The partner organisation's name.",
        constraints: { required: true },
      },
      {
        name: "partner_type",
        title: "Partner type",
        type: "string",
        description: "What kind of organisation the partner is.",
        constraints: { required: true, enum: PARTNER_TYPES },
      },
      {
        name: "partner_id_scheme",
        title: "Partner identifier scheme",
        type: "string",
        description:
          "The register the partner's identifier comes from (Companies House, UKPRN, charity number or GSS code), where known.",
        constraints: { enum: CANONICAL_ID_SCHEMES },
      },
      {
        name: "partner_id",
        title: "Partner identifier",
        type: "string",
        description: "The partner's identifier in that register.",
      },
      {
        name: "start_date",
        title: "Start date",
        type: "date",
        description: "The date the partnership started.",
        constraints: { required: true },
      },
      {
        name: "end_date",
        title: "End date",
        type: "date",
        description: "The date the partnership ended or ends; empty if open-ended.",
      },
      {
        name: "active",
        title: "Active",
        type: "boolean",
        description: "Whether the partnership had started and not ended on the package's date.",
        constraints: { required: true },
      },
      {
        name: "purpose",
        title: "Purpose",
        type: "string",
        description: "What the partnership is for.",
      },
      {
        name: "commitment_ids",
        title: "Commitment ids",
        type: "string",
        description: `The commitments the partnership supports (ids in the commitments table), separated by "${LIST_SEPARATOR}".`,
      },
      {
        name: "confirmation",
        title: "Confirmation",
        type: "string",
        description:
          "Where a partnership between two authorities stands with the partner authority: awaiting (not yet answered, or changed since it was), confirmed or disputed by the partner; not_needed when the partner is not one of the authorities.",
        constraints: { required: true, enum: CONFIRMATION_STATES },
      },
      {
        name: "confirmation_authority_gss_code",
        title: "Partner authority GSS code",
        type: "string",
        description:
          "The partner authority asked to confirm the partnership; empty when no answer is needed.",
      },
      {
        name: "confirmation_date",
        title: "Confirmation date",
        type: "date",
        description:
          "The date the partner authority confirmed or disputed the partnership; empty while awaiting.",
      },
      {
        name: "confirmation_comment",
        title: "Confirmation comment",
        type: "string",
        description:
          "What the partner authority said with its answer, such as why it disputes the partnership.",
      },
    ],
  },
] as const satisfies readonly DataTable[];
