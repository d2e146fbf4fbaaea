import type { CommitmentDetail, StatusUpdate, TargetDateChange } from "@ldd/shared/commitments";
import { toIsoInstant } from "../../db/timestamps.ts";
import type { PublishedData } from "../published-data.repository.ts";
import {
  byEffectiveThenRecorded,
  type CommitmentFacts,
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
        originalTargetDate: targets[0]?.targetDate ?? null,
        targetDate: latestOnOrBefore(targets, today)?.targetDate ?? null,
        status: current?.status ?? "not_yet_reported",
        phase: current?.phase ?? null,
        statusDate: current?.effectiveDate ?? null,
        overdue: isOverdueAt({ statuses, targets }, today),
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
        a.detail.authorityName.localeCompare(b.detail.authorityName, "en-GB") ||
        a.detail.committedOn.localeCompare(b.detail.committedOn) ||
        a.detail.title.localeCompare(b.detail.title, "en-GB"),
    );
}
