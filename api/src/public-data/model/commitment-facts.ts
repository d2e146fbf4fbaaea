import type { CommitmentDetail, StatusUpdate, TargetDateChange } from "@ldd/shared/commitments";
import { daysBetween } from "@ldd/shared/dates";
import { evidenceConfidence } from "@ldd/shared/vocabulary";
import { toIsoInstant } from "../../db/timestamps.ts";
import type { PublishedData } from "../select-published.ts";
import {
  byEffectiveThenRecorded,
  type CommitmentFacts,
  compareNames,
  compareText,
  groupBy,
  isOverdueAt,
  latestOnOrBefore,
  maxInstant,
} from "./facts.ts";

type Organisation = PublishedData["organisations"][number];

/**
 * Every published commitment of the group's authorities with its status and target-date histories,
 * described as it stands on `today`; sorted by authority, date committed and title.
 */
export function buildCommitmentFacts(
  data: PublishedData,
  organisationById: ReadonlyMap<string, Organisation>,
  authorityIds: ReadonlySet<string>,
  today: string,
): CommitmentFacts[] {
  const statusesByCommitment = groupBy(data.statusUpdates, (row) => row.commitmentId);
  const targetsByCommitment = groupBy(data.targetDateChanges, (row) => row.commitmentId);
  return data.commitments
    .filter((row) => authorityIds.has(row.authorityId))
    .map((row) => {
      const authority = organisationById.get(row.authorityId);
      const statuses: StatusUpdate[] = (statusesByCommitment.get(row.id) ?? [])
        .map((update) => ({
          status: update.status,
          phase: update.phase,
          effectiveDate: update.effectiveDate,
          note: update.note,
          evidenceUrls: update.evidenceUrls,
          confidence: evidenceConfidence(update.evidenceUrls, update.evidenceCheckedAt !== null),
          recordedAt: toIsoInstant(update.recordedAt),
        }))
        .sort(byEffectiveThenRecorded);
      const targets: TargetDateChange[] = (targetsByCommitment.get(row.id) ?? [])
        .map((change) => ({
          targetDate: change.targetDate,
          reason: change.reason,
          effectiveDate: change.effectiveDate,
          recordedAt: toIsoInstant(change.recordedAt),
        }))
        .sort(byEffectiveThenRecorded);
      const current = latestOnOrBefore(statuses, today);
      const originalTarget = targets[0]?.targetDate ?? null;
      const currentTarget = latestOnOrBefore(targets, today)?.targetDate ?? null;
      // The latest day anything happened to it: effective time, so it reads the same "as of" any date.
      const lastUpdateDate = [
        row.committedOn,
        ...statuses.map((s) => s.effectiveDate),
        ...targets.map((t) => t.effectiveDate),
      ]
        .sort()
        .at(-1) as string;
      const detail: CommitmentDetail = {
        id: row.id,
        authorityGss: authority?.gss ?? "",
        authorityName: authority?.name ?? "",
        title: row.title,
        partners: row.partners,
        mission: row.mission,
        impact: row.impact,
        principles: [...row.principles].sort((a, b) => a - b),
        lotiArea: row.lotiArea,
        committedOn: row.committedOn,
        originalTargetDate: originalTarget,
        targetDate: currentTarget,
        status: current?.status ?? "not_yet_reported",
        phase: current?.phase ?? null,
        statusDate: current?.effectiveDate ?? null,
        statusConfidence: current?.confidence ?? null,
        overdue: isOverdueAt({ statuses, targets }, today),
        rebaselines: Math.max(0, targets.length - 1),
        daysSlipped:
          originalTarget && currentTarget ? Math.max(0, daysBetween(originalTarget, currentTarget)) : 0,
        lastUpdateDate,
        daysSinceUpdate: Math.max(0, daysBetween(lastUpdateDate, today)),
        lastUpdatedAt:
          maxInstant([
            toIsoInstant(row.recordedAt),
            ...statuses.map((s) => s.recordedAt),
            ...targets.map((t) => t.recordedAt),
          ]) ?? toIsoInstant(row.recordedAt),
        statusHistory: statuses,
        targetDateHistory: targets,
      };
      return { detail, statuses, targets };
    })
    .sort(
      (a, b) =>
        compareNames(a.detail.authorityName, b.detail.authorityName) ||
        compareText(a.detail.committedOn, b.detail.committedOn) ||
        compareNames(a.detail.title, b.detail.title),
    );
}
