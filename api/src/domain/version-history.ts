import { formatLongDate } from "@ldd/shared/dates";
import type { HistoryVersion } from "@ldd/shared/history";
import type { CommitmentStatus, DeliveryPhase, PublicationState } from "@ldd/shared/vocabulary";
import {
  COMMITMENT_CONTENT_FIELDS,
  COMMITMENT_FIELD_LABELS,
  type CommitmentContent,
  type ReviewFieldChange,
} from "@ldd/shared/workspace";
import { toIsoInstant } from "../db/timestamps.ts";
import {
  contentWords,
  date,
  daysMoved,
  differing,
  list,
  type SignatureFields,
  signatureChanges,
  statusWords,
} from "./review-diff.ts";

/*
 * A record's history in the words of the review queue: each version or event with who recorded
 * it, when, why and every value it changed from the one before (docs/decisions/017). Pure: the
 * rows in, the history out, newest first.
 */

/** What every version and event row has in common. */
export interface HistoryRow {
  id: string;
  recordedAt: string;
  recordedBy: string | null;
  state: PublicationState;
  publishedAt: string | null;
}

function describe<T extends HistoryRow>(
  rows: readonly T[],
  kind: HistoryVersion["kind"],
  label: (row: T, index: number) => string,
  fields: (row: T, before: T | undefined) => ReviewFieldChange[],
  reason: (row: T) => string | null = () => null,
): HistoryVersion[] {
  return rows.map((row, index) => ({
    id: row.id,
    kind,
    recordedAt: toIsoInstant(row.recordedAt),
    recordedBy: row.recordedBy,
    state: row.state,
    publishedAt: row.publishedAt ? toIsoInstant(row.publishedAt) : null,
    reason: reason(row),
    label: label(row, index),
    fields: fields(row, rows[index - 1]),
  }));
}

/** Versions of a commitment's content, oldest first in, each against the one before. */
export function describeContentVersions(
  rows: readonly (HistoryRow & { version: number; content: CommitmentContent })[],
): HistoryVersion[] {
  return describe(
    rows,
    "content",
    (row) => (row.version === 1 ? "The commitment recorded" : `Version ${row.version} of the commitment`),
    (row, before) =>
      differing(
        COMMITMENT_CONTENT_FIELDS.map((field) => ({
          field,
          label: COMMITMENT_FIELD_LABELS[field],
          before: before ? contentWords(field, before.content) : null,
          after: contentWords(field, row.content),
        })),
      ),
  );
}

/** Status reports in the order they happened (effective date, then recorded). */
export function describeStatusEvents(
  rows: readonly (HistoryRow & {
    status: CommitmentStatus;
    phase: DeliveryPhase | null;
    effectiveDate: string;
    note: string | null;
    evidenceUrls: string[];
    evidenceChecked: boolean;
  })[],
): HistoryVersion[] {
  return describe(
    rows,
    "status",
    (row) => `Status report for ${formatLongDate(row.effectiveDate)}`,
    (row, before) => [
      {
        field: "status",
        label: "Status",
        before: before ? statusWords(before.status, before.phase) : null,
        after: statusWords(row.status, row.phase),
      },
      ...differing([
        {
          field: "effectiveDate",
          label: "Since",
          before: date(before?.effectiveDate),
          after: date(row.effectiveDate),
        },
        {
          field: "evidenceUrls",
          label: "Evidence",
          before: list(before?.evidenceUrls),
          after: list(row.evidenceUrls),
        },
      ]),
      ...(row.evidenceChecked
        ? [{ field: "evidenceChecked", label: "Evidence checked", before: null, after: "Yes, by a reviewer" }]
        : []),
    ],
    (row) => row.note,
  );
}

/** Target dates in the order they were set: the original, then each re-baseline. */
export function describeTargetEvents(
  rows: readonly (HistoryRow & { targetDate: string; reason: string | null; effectiveDate: string })[],
): HistoryVersion[] {
  return describe(
    rows,
    "target_date",
    (row, index) =>
      index === 0 ? "The original target date" : `Target date moved on ${formatLongDate(row.effectiveDate)}`,
    (row, before) => [
      {
        field: "targetDate",
        label: "Target date",
        before: date(before?.targetDate),
        after: date(row.targetDate),
      },
      ...(before
        ? [
            {
              field: "daysMoved",
              label: "Moved by",
              before: null,
              after: daysMoved(before.targetDate, row.targetDate),
            },
          ]
        : []),
    ],
    (row) => row.reason,
  );
}

/** Versions of a signature. */
export function describeSignatureVersions(
  rows: readonly (HistoryRow & SignatureFields & { version: number })[],
): HistoryVersion[] {
  return describe(
    rows,
    "content",
    (row) => (row.version === 1 ? "The signature recorded" : `Version ${row.version} of the signature`),
    (row, before) => signatureChanges(before, row),
  );
}

/** Versions of a partnership. */
export function describePartnershipVersions(
  rows: readonly (HistoryRow & {
    version: number;
    partnerName: string;
    startDate: string;
    endDate: string | null;
    purpose: string;
    commitmentTitles: string[];
  })[],
): HistoryVersion[] {
  return describe(
    rows,
    "content",
    (row) => (row.version === 1 ? "The partnership recorded" : `Version ${row.version} of the partnership`),
    (row, before) =>
      differing([
        { field: "partner", label: "Partner", before: before?.partnerName ?? null, after: row.partnerName },
        {
          field: "startDate",
          label: "Start date",
          before: date(before?.startDate),
          after: date(row.startDate),
        },
        { field: "endDate", label: "End date", before: date(before?.endDate), after: date(row.endDate) },
        { field: "purpose", label: "Purpose", before: before?.purpose || null, after: row.purpose || null },
        {
          field: "commitmentIds",
          label: "Commitments it serves",
          before: list(before?.commitmentTitles),
          after: list(row.commitmentTitles),
        },
      ]),
  );
}

/** Newest first: by when it was recorded, then by the order it happened in. */
export function newestFirst(versions: readonly HistoryVersion[]): HistoryVersion[] {
  return versions
    .map((version, index) => ({ version, index }))
    .sort((a, b) => b.version.recordedAt.localeCompare(a.version.recordedAt) || b.index - a.index)
    .map(({ version }) => version);
}
