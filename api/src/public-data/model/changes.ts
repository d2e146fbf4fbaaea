import { daysBetween, formatLongDate, toLondonDate } from "@ldd/shared/dates";
import type { Change, ChangeCounts } from "@ldd/shared/leadership";
import {
  COMMITMENT_STATUS_LABELS,
  type CommitmentStatus,
  DELIVERY_PHASE_LABELS,
  type DeliveryPhase,
} from "@ldd/shared/vocabulary";
import { COMMITMENT_CONTENT_FIELDS } from "@ldd/shared/workspace";
import { toIsoInstant } from "../../db/timestamps.ts";
import type { PublishedData } from "../select-published.ts";
import { byEffectiveThenRecorded, compareText, groupBy } from "./facts.ts";

/*
 * Every published change as a line a reader understands, derived from the published facts: a
 * signature, a membership join or leave, a new or edited commitment, a status change (from → to),
 * a target date moved (by how many days, and why), a partnership started or ended. The changes
 * between two dates, the activity feed and its Atom/JSON feeds are all views of this one list.
 */

/** A change and the London day the public first saw it (for "as published" counts). */
export type DerivedChange = Change & { publishedOn: string };

export const statusLabel = (status: CommitmentStatus, phase: DeliveryPhase | null) =>
  phase
    ? `${COMMITMENT_STATUS_LABELS[status]} (${DELIVERY_PHASE_LABELS[phase]})`
    : COMMITMENT_STATUS_LABELS[status];
/** The London day of a stored instant. */
export const publishedOn = (publishedAt: string) => toLondonDate(toIsoInstant(publishedAt)) ?? "";

export function deriveChanges(data: PublishedData): DerivedChange[] {
  const organisationById = new Map(data.organisations.map((org) => [org.id, org]));
  const authority = (organisationId: string) => {
    const org = organisationById.get(organisationId);
    return org?.kind === "authority" && org.gss ? { gss: org.gss, name: org.name } : null;
  };
  const changes: DerivedChange[] = [];
  const add = (
    organisationId: string,
    change: Omit<DerivedChange, "authorityGss" | "authorityName" | "state" | "recordedAt" | "publishedOn"> & {
      recordedAt: string;
      publishedAt: string;
    },
  ) => {
    const who = authority(organisationId);
    if (!who) return;
    // Built field by field, not spread: this runs for every published fact (docs/benchmarks.md).
    changes.push({
      id: change.id,
      kind: change.kind,
      action: change.action,
      authorityGss: who.gss,
      authorityName: who.name,
      recordType: change.recordType,
      recordId: change.recordId,
      recordTitle: change.recordTitle,
      effectiveDate: change.effectiveDate,
      from: change.from,
      to: change.to,
      reason: change.reason,
      daysMoved: change.daysMoved,
      summary: change.summary,
      state: "published",
      recordedAt: toIsoInstant(change.recordedAt),
      publishedOn: publishedOn(change.publishedAt),
    });
  };
  const none = { from: null, to: null, reason: null, daysMoved: null };

  for (const signature of data.signatures) {
    add(signature.authorityId, {
      ...none,
      id: `signature:${signature.signatureId}`,
      kind: "signature",
      action: "signed",
      recordType: "signature",
      recordId: signature.signatureId,
      recordTitle: null,
      effectiveDate: signature.signedOn,
      to: signature.signedOn,
      summary: `Signed the Local Digital Declaration on ${formatLongDate(signature.signedOn)}`,
      recordedAt: signature.recordedAt,
      publishedAt: signature.publishedAt,
    });
  }

  for (const event of data.membershipEvents) {
    add(event.organisationId, {
      ...none,
      id: `membership:${event.id}`,
      kind: "membership",
      // A founding join is a join: the counts and filters know "joined" and "left".
      action: event.kind === "left" ? "left" : "joined",
      recordType: "membership",
      recordId: null,
      recordTitle: null,
      effectiveDate: event.effectiveDate,
      summary:
        event.kind === "left"
          ? "Left LOTI"
          : event.kind === "founding"
            ? "Joined LOTI at its launch (founding member)"
            : "Joined LOTI",
      recordedAt: event.recordedAt,
      publishedAt: event.publishedAt,
    });
  }

  const commitmentById = new Map(data.commitments.map((c) => [c.id, c]));
  for (const versions of groupBy(data.commitmentVersions, (v) => v.commitmentId).values()) {
    versions.forEach((version, index) => {
      const current = commitmentById.get(version.commitmentId);
      if (!current) return;
      const previous = versions[index - 1];
      if (!previous) {
        add(current.authorityId, {
          ...none,
          id: `commitment:${version.commitmentId}`,
          kind: "commitment",
          action: "committed",
          recordType: "commitment",
          recordId: version.commitmentId,
          recordTitle: current.title,
          effectiveDate: version.committedOn,
          to: version.title,
          summary: `Committed to “${version.title}”`,
          recordedAt: version.recordedAt,
          publishedAt: version.publishedAt,
        });
        return;
      }
      const changed = COMMITMENT_CONTENT_FIELDS.filter(
        (field) => JSON.stringify(previous[field]) !== JSON.stringify(version[field]),
      );
      if (changed.length === 0) return;
      add(current.authorityId, {
        ...none,
        id: `commitment:${version.commitmentId}:v${version.version}`,
        kind: "commitment",
        action: "edited",
        recordType: "commitment",
        recordId: version.commitmentId,
        recordTitle: current.title,
        // An edit has no date of its own in the world: it happened when it was recorded.
        effectiveDate: publishedOn(version.recordedAt),
        from: changed.includes("title") ? previous.title : null,
        to: changed.includes("title") ? version.title : null,
        reason: `Changed: ${changed.join(", ")}`,
        summary: `“${version.title}” edited (${changed.join(", ")})`,
        recordedAt: version.recordedAt,
        publishedAt: version.publishedAt,
      });
    });
  }

  const statusesByCommitment = groupBy(data.statusUpdates, (s) => s.commitmentId);
  const targetsByCommitment = groupBy(data.targetDateChanges, (t) => t.commitmentId);
  for (const commitment of data.commitments) {
    let previous = statusLabel("not_yet_reported", null);
    for (const update of [...(statusesByCommitment.get(commitment.id) ?? [])].sort(byEffectiveThenRecorded)) {
      const label = statusLabel(update.status, update.phase);
      add(commitment.authorityId, {
        id: `status:${update.id}`,
        kind: "status",
        action: "changed",
        recordType: "commitment",
        recordId: commitment.id,
        recordTitle: commitment.title,
        effectiveDate: update.effectiveDate,
        from: previous,
        to: label,
        reason: update.note,
        daysMoved: null,
        summary: `Status of “${commitment.title}” ${previous === label ? "confirmed as" : `changed from ${previous} to`} ${label}`,
        recordedAt: update.recordedAt,
        publishedAt: update.publishedAt,
      });
      previous = label;
    }
    const targets = [...(targetsByCommitment.get(commitment.id) ?? [])].sort(byEffectiveThenRecorded);
    targets.forEach((change, index) => {
      const before = targets[index - 1];
      if (!before) return; // The original target date comes with the commitment.
      const days = daysBetween(before.targetDate, change.targetDate);
      add(commitment.authorityId, {
        id: `target_date:${change.id}`,
        kind: "target_date",
        action: days > 0 ? "moved later" : days < 0 ? "moved earlier" : "confirmed",
        recordType: "commitment",
        recordId: commitment.id,
        recordTitle: commitment.title,
        effectiveDate: change.effectiveDate,
        from: before.targetDate,
        to: change.targetDate,
        reason: change.reason,
        daysMoved: days,
        summary: `Target date of “${commitment.title}” moved from ${formatLongDate(before.targetDate)} to ${formatLongDate(change.targetDate)}`,
        recordedAt: change.recordedAt,
        publishedAt: change.publishedAt,
      });
    });
  }

  for (const partnership of data.partnerships) {
    const partner = organisationById.get(partnership.partnerId);
    const partnerName = partner?.name ?? "a partner";
    const common = {
      ...none,
      kind: "partnership" as const,
      recordType: "partnership" as const,
      recordId: partnership.id,
      recordTitle: partnerName,
      reason: partnership.purpose,
      recordedAt: partnership.recordedAt,
      publishedAt: partnership.publishedAt,
    };
    add(partnership.authorityId, {
      ...common,
      id: `partnership:${partnership.id}:start`,
      action: "started",
      effectiveDate: partnership.startDate,
      summary: `Partnership with ${partnerName} started`,
    });
    if (partnership.endDate) {
      add(partnership.authorityId, {
        ...common,
        id: `partnership:${partnership.id}:end`,
        action: "ended",
        effectiveDate: partnership.endDate,
        summary: `Partnership with ${partnerName} ended`,
      });
    }
  }
  return changes;
}

/** Newest first by when it happened, then by when it was recorded. */
export const byEffectiveNewestFirst = (a: Change, b: Change) =>
  compareText(b.effectiveDate, a.effectiveDate) || compareText(b.recordedAt, a.recordedAt);

/** Newest first by when it was recorded. */
export const byRecordedNewestFirst = (a: Change, b: Change) =>
  compareText(b.recordedAt, a.recordedAt) || compareText(b.effectiveDate, a.effectiveDate);

export function countChanges(changes: readonly Change[]): ChangeCounts {
  const count = (test: (change: Change) => boolean) => changes.filter(test).length;
  return {
    signatures: count((c) => c.kind === "signature"),
    membershipJoins: count((c) => c.kind === "membership" && c.action === "joined"),
    membershipLeaves: count((c) => c.kind === "membership" && c.action === "left"),
    newCommitments: count((c) => c.kind === "commitment" && c.action === "committed"),
    statusChanges: count((c) => c.kind === "status"),
    targetDatesMoved: count((c) => c.kind === "target_date"),
    partnershipsStarted: count((c) => c.kind === "partnership" && c.action === "started"),
    partnershipsEnded: count((c) => c.kind === "partnership" && c.action === "ended"),
  };
}
