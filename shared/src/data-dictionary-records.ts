/** The open data tables of records: authorities, signatures, membership events and commitments. */

import {
  authorityKey,
  type DataTable,
  GSS_PATTERN,
  LIST_SEPARATOR,
  recordedAt,
  toAuthorities,
} from "./data-dictionary-fields.ts";
import { COMMITMENT_STATUSES, DELIVERY_PHASES, EVIDENCE_CONFIDENCES, INNER_OUTER } from "./vocabulary.ts";

export const RECORD_TABLES = [
  {
    name: "authorities",
    title: "Authorities",
    description:
      "London's 33 local authorities (32 boroughs and the City of London), as they stand on the package's date.",
    primaryKey: ["gss_code"],
    foreignKeys: [],
    fields: [
      {
        name: "gss_code",
        title: "GSS code",
        type: "string",
        description: "The authority's ONS Government Statistical Service code, e.g. E09000012.",
        constraints: { required: true, unique: true, pattern: GSS_PATTERN },
      },
      {
        name: "name",
        title: "Name",
        type: "string",
        description: "The authority's name.",
        constraints: { required: true },
      },
      {
        name: "inner_outer_1963",
        title: "Inner or outer London (1963 Act)",
        type: "string",
        description: "Inner or outer London as the London Government Act 1963 defines them.",
        constraints: { required: true, enum: INNER_OUTER },
      },
      {
        name: "inner_outer_ons",
        title: "Inner or outer London (ONS)",
        type: "string",
        description:
          "Inner or outer London in the ONS statistical definition (it differs for Greenwich, Haringey and Newham).",
        constraints: { required: true, enum: INNER_OUTER },
      },
      {
        name: "signed_on",
        title: "Signed on",
        type: "date",
        description: "The date the authority signed the Local Digital Declaration; empty if it had not.",
      },
      {
        name: "loti_member",
        title: "LOTI member",
        type: "boolean",
        description: "Whether the authority was a member of LOTI on the package's date.",
        constraints: { required: true },
      },
      {
        name: "founding_member",
        title: "Founding LOTI member",
        type: "boolean",
        description: "Whether the authority joined LOTI at its launch on 10 June 2019.",
        constraints: { required: true },
      },
      {
        name: "commitment_count",
        title: "Commitments",
        type: "integer",
        description: "How many commitments the authority had made.",
        constraints: { required: true, minimum: 0 },
      },
      {
        name: "overdue_commitments",
        title: "Overdue commitments",
        type: "integer",
        description:
          "Commitments whose target date had passed and that were not done, dropped or not applicable.",
        constraints: { required: true, minimum: 0 },
      },
      {
        name: "active_partnerships",
        title: "Active partnerships",
        type: "integer",
        description: "Partnerships that had started and not ended on the package's date.",
        constraints: { required: true, minimum: 0 },
      },
      {
        name: "status_claims_self_declared",
        title: "Status claims: self-declared",
        type: "integer",
        description:
          "Commitments whose status on the package's date was reported without a link to evidence.",
        constraints: { required: true, minimum: 0 },
      },
      {
        name: "status_claims_evidenced",
        title: "Status claims: evidenced",
        type: "integer",
        description:
          "Commitments whose status on the package's date was reported with at least one link to evidence that no reviewer marked as checked.",
        constraints: { required: true, minimum: 0 },
      },
      {
        name: "status_claims_verified",
        title: "Status claims: verified",
        type: "integer",
        description:
          "Commitments whose status on the package's date came with evidence a LOTI reviewer checked when publishing it.",
        constraints: { required: true, minimum: 0 },
      },
      {
        name: "last_updated_at",
        title: "Last updated at",
        type: "datetime",
        description: "When anything about the authority was last recorded (UTC); empty if nothing was.",
      },
    ],
  },
  {
    name: "signatures",
    title: "Signatures",
    description:
      "Each signing authority's signature of the Local Digital Declaration and who approved it. Authorities that had not signed have no row.",
    primaryKey: ["authority_gss_code"],
    foreignKeys: [toAuthorities],
    fields: [
      authorityKey("The authority that signed."),
      {
        name: "signed_on",
        title: "Signed on",
        type: "date",
        description: "The date the Declaration was signed.",
        constraints: { required: true },
      },
      {
        name: "approver_name",
        title: "Approver",
        type: "string",
        description: "The name of the person who approved the signature, where published.",
      },
      {
        name: "approver_role",
        title: "Approver's role",
        type: "string",
        description: "The approver's role, e.g. Chief Executive, where published.",
      },
      {
        name: "commitment_url",
        title: "Commitment link",
        type: "string",
        format: "uri",
        description: "A link to the authority's published commitment to the Declaration, where there is one.",
      },
      recordedAt,
    ],
  },
  {
    name: "membership_events",
    title: "LOTI membership events",
    description:
      "Each authority joining or leaving LOTI, in date order. An authority is a member on a date if its latest event on or before that date is a join (founding or joined); a founding member is one that joined at LOTI’s launch.",
    primaryKey: ["authority_gss_code", "sequence"],
    foreignKeys: [toAuthorities],
    fields: [
      authorityKey("The authority that joined or left."),
      {
        name: "sequence",
        title: "Sequence",
        type: "integer",
        description: "The event's place in the authority's membership history, from 1 for the first.",
        constraints: { required: true, minimum: 1 },
      },
      {
        name: "event",
        title: "Event",
        type: "string",
        description:
          "Whether the authority joined LOTI at its launch (founding), joined later (joined) or left (left).",
        constraints: { required: true, enum: ["founding", "joined", "left"] },
      },
      {
        name: "effective_date",
        title: "Effective date",
        type: "date",
        description: "The date the authority joined or left.",
        constraints: { required: true },
      },
      {
        name: "reason",
        title: "Reason",
        type: "string",
        description:
          "Why, or where the record comes from, as the administrator who recorded it wrote it. Empty for events recorded before reasons were kept.",
      },
    ],
  },
  {
    name: "commitments",
    title: "Commitments",
    description:
      "Every commitment an authority made under the Declaration, with its status and target date as they stand on the package's date.",
    primaryKey: ["id"],
    foreignKeys: [toAuthorities],
    fields: [
      {
        name: "id",
        title: "Commitment id",
        type: "string",
        description: "The commitment's identifier; it never changes.",
        constraints: { required: true, unique: true },
      },
      authorityKey("The authority that made the commitment."),
      {
        name: "authority_name",
        title: "Authority",
        type: "string",
        description: "The authority's name (repeated for convenience).",
        constraints: { required: true },
      },
      {
        name: "title",
        title: "Title",
        type: "string",
        description: "What the authority committed to do.",
        constraints: { required: true },
      },
      {
        name: "partners",
        title: "Partners",
        type: "string",
        description:
          "Collaborators already agreed, as the authority wrote them (the Declaration's partners field).",
      },
      {
        name: "mission",
        title: "Mission",
        type: "string",
        description: "The mission the commitment serves, as the authority wrote it.",
      },
      {
        name: "impact",
        title: "Impact",
        type: "string",
        description: "The impact the authority expects, as it wrote it.",
      },
      {
        name: "principles",
        title: "Principles",
        type: "string",
        description: `The Declaration's principles (1 to 5) the commitment serves, in order, separated by "${LIST_SEPARATOR}".`,
        constraints: { pattern: "^[1-5](; [1-5])*$" },
      },
      {
        name: "loti_area",
        title: "LOTI area",
        type: "string",
        description: "LOTI's programme area for the commitment, where one is given.",
      },
      {
        name: "committed_on",
        title: "Committed on",
        type: "date",
        description: "The date the authority made the commitment.",
        constraints: { required: true },
      },
      {
        name: "original_target_date",
        title: "Original target date",
        type: "date",
        description: "The first target date set; empty if none was.",
      },
      {
        name: "target_date",
        title: "Current target date",
        type: "date",
        description: "The target date in force on the package's date; empty if none was set.",
      },
      {
        name: "rebaselines",
        title: "Re-baselines",
        type: "integer",
        description: "How many times the target date was moved after the original one.",
        constraints: { required: true, minimum: 0 },
      },
      {
        name: "days_slipped",
        title: "Days slipped",
        type: "integer",
        description:
          "Days from the original target date to the current one when it moved later; 0 otherwise.",
        constraints: { required: true, minimum: 0 },
      },
      {
        name: "status",
        title: "Status",
        type: "string",
        description:
          "The latest status on the package's date. not_yet_reported means no update had been published, which is not the same as not started.",
        constraints: { required: true, enum: COMMITMENT_STATUSES },
      },
      {
        name: "phase",
        title: "Delivery phase",
        type: "string",
        description: "The delivery phase given with the latest status, if any.",
        constraints: { enum: DELIVERY_PHASES },
      },
      {
        name: "status_date",
        title: "Status date",
        type: "date",
        description: "The effective date of the latest status; empty when none was reported.",
      },
      {
        name: "status_confidence",
        title: "Status confidence",
        type: "string",
        description:
          "How far the latest status can be trusted: self_declared (no evidence), evidenced (a link to evidence) or verified (a LOTI reviewer checked the evidence when publishing it); empty when none was reported.",
        constraints: { enum: EVIDENCE_CONFIDENCES },
      },
      {
        name: "overdue",
        title: "Overdue",
        type: "boolean",
        description:
          "Whether the target date had passed on the package's date and the status was not done, dropped or not applicable.",
        constraints: { required: true },
      },
      {
        name: "last_update_date",
        title: "Last update",
        type: "date",
        description:
          "The latest effective date of anything about the commitment (status, target date or the commitment itself).",
        constraints: { required: true },
      },
      {
        name: "days_since_update",
        title: "Days since update",
        type: "integer",
        description: "Days from the last update to the package's date.",
        constraints: { required: true, minimum: 0 },
      },
      {
        name: "last_updated_at",
        title: "Last recorded at",
        type: "datetime",
        description: "When anything about the commitment was last recorded (UTC).",
        constraints: { required: true },
      },
    ],
  },
] as const satisfies readonly DataTable[];
