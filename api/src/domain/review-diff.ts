import type { ProfileData } from "@ldd/shared/authorities";
import { daysBetween, formatLongDate } from "@ldd/shared/dates";
import { LOTI_AREAS } from "@ldd/shared/reference-data";
import {
  COMMITMENT_STATUS_LABELS,
  type CommitmentStatus,
  DELIVERY_PHASE_LABELS,
  type DeliveryPhase,
} from "@ldd/shared/vocabulary";
import {
  COMMITMENT_CONTENT_FIELDS,
  COMMITMENT_FIELD_LABELS,
  type CommitmentContent,
  type ReviewFieldChange,
} from "@ldd/shared/workspace";
import type { PendingChange } from "./pending-changes.ts";

/*
 * What a reviewer needs to decide on a change: for every field it sets, the value the public sees
 * now (from the published profile) and the value it would see once published, in words. Fields a
 * change leaves as they are are not listed; a new record lists every field it sets.
 */

type Value = string | null;
export const date = (value: string | null | undefined): Value => (value ? formatLongDate(value) : null);
export const list = (values: readonly string[] | undefined): Value =>
  values && values.length > 0 ? values.join("\n") : null;
export const statusWords = (status: CommitmentStatus, phase: DeliveryPhase | null) =>
  phase
    ? `${COMMITMENT_STATUS_LABELS[status]} (${DELIVERY_PHASE_LABELS[phase]})`
    : COMMITMENT_STATUS_LABELS[status];
const loti = (id: string | null) => (id ? (LOTI_AREAS.find((area) => area.id === id)?.title ?? id) : null);

export function contentWords(field: keyof CommitmentContent, content: CommitmentContent): Value {
  switch (field) {
    case "principles":
      return content.principles.length > 0 ? [...content.principles].sort().join(", ") : null;
    case "lotiArea":
      return loti(content.lotiArea);
    case "committedOn":
      return date(content.committedOn);
    default:
      return content[field] === "" ? null : content[field];
  }
}

/** Only the fields whose words differ (a new record: every field with a value). */
export function differing(
  fields: { field: string; label: string; before: Value; after: Value }[],
): ReviewFieldChange[] {
  return fields.filter((f) => f.before !== f.after);
}

/** "14 days later", "3 days earlier": how far a target date moved. */
export function daysMoved(before: string | null, after: string): Value {
  const days = before ? daysBetween(before, after) : null;
  if (days === null) return null;
  return `${Math.abs(days)} day${Math.abs(days) === 1 ? "" : "s"} ${days >= 0 ? "later" : "earlier"}`;
}

/** The fields of a signature that differ between two versions (the first has none before it). */
export interface SignatureFields {
  signedOn: string;
  approverName: string | null;
  approverRole: string | null;
  commitmentUrl: string | null;
}
export function signatureChanges(
  before: SignatureFields | null | undefined,
  after: SignatureFields,
): ReviewFieldChange[] {
  return differing([
    { field: "signedOn", label: "Date signed", before: date(before?.signedOn), after: date(after.signedOn) },
    {
      field: "approverName",
      label: "Approved by",
      before: before?.approverName ?? null,
      after: after.approverName,
    },
    {
      field: "approverRole",
      label: "Approver's role",
      before: before?.approverRole ?? null,
      after: after.approverRole,
    },
    {
      field: "commitmentUrl",
      label: "Commitment on the Local Digital website",
      before: before?.commitmentUrl ?? null,
      after: after.commitmentUrl,
    },
  ]);
}

export function fieldChanges(change: PendingChange, published: ProfileData | undefined): ReviewFieldChange[] {
  switch (change.recordType) {
    case "signature":
      return signatureChanges(published?.signature ?? null, change);
    case "commitment": {
      const now = published?.commitments.find((c) => c.id === change.recordId);
      return differing(
        COMMITMENT_CONTENT_FIELDS.map((field) => ({
          field,
          label: COMMITMENT_FIELD_LABELS[field],
          before: now ? contentWords(field, now) : null,
          after: contentWords(field, change),
        })),
      );
    }
    case "status_update": {
      const now = published?.commitments.find((c) => c.id === change.recordId);
      const latest = now?.statusHistory.at(-1);
      return [
        {
          field: "status",
          label: "Status",
          before: now ? statusWords(now.status, now.phase) : null,
          after: statusWords(change.status, change.phase),
        },
        {
          field: "effectiveDate",
          label: "Since",
          before: date(now?.statusDate),
          after: date(change.effectiveDate),
        },
        { field: "note", label: "Note", before: latest?.note ?? null, after: change.note },
        {
          field: "evidenceUrls",
          label: "Evidence",
          before: list(latest?.evidenceUrls),
          after: list(change.evidenceUrls),
        },
      ];
    }
    case "target_date": {
      const now = published?.commitments.find((c) => c.id === change.recordId);
      const before = now?.targetDate ?? null;
      return [
        { field: "targetDate", label: "Target date", before: date(before), after: date(change.targetDate) },
        { field: "daysMoved", label: "Moved by", before: null, after: daysMoved(before, change.targetDate) },
        { field: "reason", label: "Reason", before: null, after: change.reason },
      ];
    }
    case "partnership": {
      const now = published?.partnerships.find((p) => p.id === change.recordId);
      const titleOf = (id: string) => published?.commitments.find((c) => c.id === id)?.title ?? id;
      return differing([
        { field: "partner", label: "Partner", before: now?.partner.name ?? null, after: change.partnerName },
        {
          field: "startDate",
          label: "Start date",
          before: date(now?.startDate),
          after: date(change.startDate),
        },
        { field: "endDate", label: "End date", before: date(now?.endDate), after: date(change.endDate) },
        { field: "purpose", label: "Purpose", before: now?.purpose ?? null, after: change.purpose || null },
        {
          field: "commitmentIds",
          label: "Commitments it serves",
          before: list(now?.commitmentIds.map(titleOf)),
          after: list(change.commitmentIds.map(titleOf)),
        },
      ]);
    }
  }
}
