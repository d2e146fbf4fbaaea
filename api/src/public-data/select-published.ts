import { toLondonDate } from "@ldd/shared/dates";
import { compareText } from "./model/facts.ts";
import type { PublishedHistory } from "./published-data.repository.ts";

/*
 * The time machine's two selections from the published history (docs/decisions/012-time-machine.md):
 * - which facts: the latest published version of each record and the published events not
 *   superseded, either as known now (`publishedBy` null) or as published by the end of a London
 *   day (`publishedBy` a date: what the public pages showed that day);
 * - which of those had happened by a date: facts whose effective date is on or after it drop out.
 */

type Row<K extends keyof PublishedHistory> = PublishedHistory[K] extends (infer T)[] ? T : never;
type Current<T> = Omit<T, "withdrawn" | "supersedesId">;

/** The facts a model is built from: one current version per record, and the standing events. */
export interface PublishedData {
  organisations: PublishedHistory["organisations"];
  membershipEvents: Current<Row<"membershipEvents">>[];
  signatures: Current<Row<"signatureVersions">>[];
  commitments: (Current<Row<"commitmentVersions">> & { id: string })[];
  /** Every selected version of each commitment, oldest first: for "what changed" in the feed. */
  commitmentVersions: Current<Row<"commitmentVersions">>[];
  statusUpdates: Current<Row<"statusUpdates">>[];
  targetDateChanges: Current<Row<"targetDateChanges">>[];
  partnerships: (Current<Row<"partnershipVersions">> & { id: string })[];
  partnershipAnswers: Row<"partnershipAnswers">[];
  demoData: boolean;
}

function latestVersions<T extends { version: number; withdrawn: boolean }>(
  rows: readonly T[],
  recordOf: (row: T) => string,
): T[] {
  const latest = new Map<string, T>();
  for (const row of rows) {
    const record = recordOf(row);
    const seen = latest.get(record);
    if (!seen || row.version > seen.version) latest.set(record, row);
  }
  return [...latest.values()].filter((row) => !row.withdrawn);
}

function standingEvents<T extends { id: string; supersedesId: string | null; withdrawn: boolean }>(
  rows: readonly T[],
): T[] {
  const superseded = new Set(rows.flatMap((row) => (row.supersedesId ? [row.supersedesId] : [])));
  return rows.filter((row) => !row.withdrawn && !superseded.has(row.id));
}

/*
 * Rows are passed on as loaded, not copied without their bookkeeping fields: at national scale a
 * copy of every event cost a third of the rebuild. The types leave those fields out.
 */

/** The published facts as known now (`publishedBy` null) or as published by the end of that London day. */
export function selectPublished(history: PublishedHistory, publishedBy: string | null): PublishedData {
  const visible = <T extends { publishedAt: string }>(rows: readonly T[]): T[] =>
    publishedBy === null
      ? [...rows]
      : rows.filter((row) => (toLondonDate(row.publishedAt) ?? "") <= publishedBy);
  const commitmentVersions = visible(history.commitmentVersions).sort(
    (a, b) => compareText(a.commitmentId, b.commitmentId) || a.version - b.version,
  );
  return {
    organisations: history.organisations,
    membershipEvents: standingEvents(visible(history.membershipEvents)),
    signatures: latestVersions(visible(history.signatureVersions), (row) => row.signatureId),
    commitments: latestVersions(commitmentVersions, (row) => row.commitmentId).map((row) => ({
      ...row,
      id: row.commitmentId,
    })),
    commitmentVersions: commitmentVersions.filter((row) => !row.withdrawn),
    statusUpdates: standingEvents(visible(history.statusUpdates)),
    targetDateChanges: standingEvents(visible(history.targetDateChanges)),
    partnerships: latestVersions(visible(history.partnershipVersions), (row) => row.partnershipId).map(
      (row) => ({ ...row, id: row.partnershipId }),
    ),
    partnershipAnswers: visible(history.partnershipAnswers),
    demoData: history.demoData,
  };
}

/**
 * The facts that had happened by the end of `date` (effective time): a commitment made later, a
 * status or target date effective later, a partnership starting later, a signature or membership
 * event dated later all drop out, so every part of the model shows the state on that date.
 */
export function restrictToDate(data: PublishedData, date: string): PublishedData {
  const commitments = data.commitments.filter((row) => row.committedOn <= date);
  const existing = new Set(commitments.map((row) => row.id));
  return {
    ...data,
    membershipEvents: data.membershipEvents.filter((row) => row.effectiveDate <= date),
    signatures: data.signatures.filter((row) => row.signedOn <= date),
    commitments,
    commitmentVersions: data.commitmentVersions.filter((row) => existing.has(row.commitmentId)),
    statusUpdates: data.statusUpdates.filter(
      (row) => row.effectiveDate <= date && existing.has(row.commitmentId),
    ),
    targetDateChanges: data.targetDateChanges.filter(
      (row) => row.effectiveDate <= date && existing.has(row.commitmentId),
    ),
    partnerships: data.partnerships.filter((row) => row.startDate <= date),
    // An answer says whether a partnership is true, so, like a correction, it counts in any view
    // of the records as known now; a view as published leaves out answers published later.
    partnershipAnswers: data.partnershipAnswers,
  };
}
