import type { ProfileData } from "@ldd/shared/authorities";
import { formatLongDate, toLondonDate } from "@ldd/shared/dates";
import type { Change } from "@ldd/shared/leadership";
import { COMMITMENT_STATUS_LABELS, DELIVERY_PHASE_LABELS } from "@ldd/shared/vocabulary";
import type { ReviewQueue } from "@ldd/shared/workspace";
import { toIsoInstant } from "../db/timestamps.ts";
import type { PendingChange } from "./pending-changes.ts";
import { fieldChanges } from "./review-diff.ts";

/** One submitted change in the words a reviewer reads. */
export function describeChange(change: PendingChange): string {
  switch (change.recordType) {
    case "signature": {
      const approver = [change.approverName, change.approverRole].filter(Boolean).join(", ");
      return `Declaration signed on ${formatLongDate(change.signedOn)}${approver ? `, approved by ${approver}` : ""}`;
    }
    case "commitment":
      return change.version === 1
        ? `New commitment “${change.title}”`
        : `Commitment “${change.title}” changed`;
    case "status_update": {
      const phase = change.phase ? ` (${DELIVERY_PHASE_LABELS[change.phase]})` : "";
      return `Status of “${change.title}” set to ${COMMITMENT_STATUS_LABELS[change.status]}${phase} on ${formatLongDate(change.effectiveDate)}`;
    }
    case "target_date":
      return change.reason === null
        ? `Target date of “${change.title}” set to ${formatLongDate(change.targetDate)}`
        : `Target date of “${change.title}” moved to ${formatLongDate(change.targetDate)}: ${change.reason}`;
    case "partnership": {
      if (change.endDate !== null) {
        return `Partnership with ${change.partnerName} from ${formatLongDate(change.startDate)}, ending ${formatLongDate(change.endDate)}`;
      }
      const verb = change.version === 1 ? "New partnership" : "Partnership changed";
      return `${verb} with ${change.partnerName} from ${formatLongDate(change.startDate)}`;
    }
  }
}

const ORDER = ["signature", "commitment", "target_date", "status_update", "partnership"] as const;

/** One submission per authority, oldest first; within it, records in a reading order. */
export function buildReviewQueue(
  changes: readonly PendingChange[],
  submittedAt: ReadonlyMap<string, string>,
  /** What the public sees now of an authority: the "before" of each change. */
  publishedProfile: (gss: string) => ProfileData | undefined = () => undefined,
): ReviewQueue {
  const byAuthority = new Map<string, PendingChange[]>();
  for (const change of changes) {
    const list = byAuthority.get(change.authorityId) ?? [];
    list.push(change);
    byAuthority.set(change.authorityId, list);
  }
  const submissions = [...byAuthority.entries()].map(([authorityId, list]) => {
    list.sort(
      (a, b) =>
        ORDER.indexOf(a.recordType) - ORDER.indexOf(b.recordType) || a.recordedAt.localeCompare(b.recordedAt),
    );
    const latestRecorded =
      list
        .map((c) => c.recordedAt)
        .sort()
        .at(-1) ?? "";
    const at = toIsoInstant(submittedAt.get(authorityId) ?? latestRecorded);
    const first = list[0];
    return {
      authorityGss: first?.authorityGss ?? "",
      authorityName: first?.authorityName ?? "",
      submittedAt: at,
      changes: list.map((change) => ({
        id: change.changeId,
        recordType: change.recordType,
        recordId: change.recordId,
        description: describeChange(change),
        fields: fieldChanges(change, publishedProfile(change.authorityGss)),
        evidenceUrls: change.recordType === "status_update" ? change.evidenceUrls : [],
        submittedAt: at,
      })),
    };
  });
  submissions.sort(
    (a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.authorityName.localeCompare(b.authorityName),
  );
  return { submissions };
}

/**
 * An unpublished change as a line of LOTI's activity feed, in the same shape as a published one.
 * Edits and target dates have no date of their own in the world: they count on the day recorded.
 */
export function pendingToChange(change: PendingChange): Change {
  const recordedAt = toIsoInstant(change.recordedAt);
  const recordedOn = toLondonDate(recordedAt) ?? "";
  const returned =
    change.state === "returned" && change.reviewComment ? ` (returned: ${change.reviewComment})` : "";
  const common = {
    id: `${change.state}:${change.recordType}:${change.changeId}`,
    authorityGss: change.authorityGss,
    authorityName: change.authorityName,
    recordId: change.recordId,
    recordedAt,
    summary: `${describeChange(change)}${returned}`,
    state: change.state,
    from: null,
    reason: null,
    daysMoved: null,
  };
  switch (change.recordType) {
    case "signature":
      return {
        ...common,
        kind: "signature",
        action: "signed",
        recordType: "signature",
        recordTitle: null,
        effectiveDate: change.signedOn,
        to: change.signedOn,
      };
    case "commitment":
      return {
        ...common,
        kind: "commitment",
        action: change.version === 1 ? "committed" : "edited",
        recordType: "commitment",
        recordTitle: change.title,
        effectiveDate: recordedOn,
        to: change.title,
      };
    case "status_update": {
      const phase = change.phase ? ` (${DELIVERY_PHASE_LABELS[change.phase]})` : "";
      return {
        ...common,
        kind: "status",
        action: "changed",
        recordType: "commitment",
        recordTitle: change.title,
        effectiveDate: change.effectiveDate,
        to: `${COMMITMENT_STATUS_LABELS[change.status]}${phase}`,
      };
    }
    case "target_date":
      return {
        ...common,
        kind: "target_date",
        action: "moved",
        recordType: "commitment",
        recordTitle: change.title,
        effectiveDate: recordedOn,
        to: change.targetDate,
        reason: change.reason,
      };
    case "partnership":
      return {
        ...common,
        kind: "partnership",
        action: change.endDate === null ? "started" : "ended",
        recordType: "partnership",
        recordTitle: change.partnerName,
        effectiveDate: change.endDate ?? change.startDate,
        to: change.endDate ?? change.startDate,
      };
  }
}
