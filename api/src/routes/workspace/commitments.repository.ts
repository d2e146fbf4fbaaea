import { getLondonToday } from "@ldd/shared/dates";
import {
  type CommitmentContent,
  type CommitmentInput,
  type NewCommitmentInput,
  pickCommitmentContent,
  type StatusUpdateInput,
  type TargetDateChangeInput,
  type WorkspaceCommitment,
} from "@ldd/shared/workspace";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { commitments, commitmentVersions, statusUpdates, targetDateChanges } from "../../db/schema.ts";
import { toIsoInstant } from "../../db/timestamps.ts";
import { changePublicationState } from "../../domain/publication.ts";
import { nextTurn } from "../../lib/next-turn.ts";
import { InvalidFieldError } from "../../lib/record-outcomes.ts";
import {
  bumpCommitmentVersion,
  commentWhileReturned,
  draft,
  type RecordChange,
  standing,
} from "./record-versions.ts";

/** Rows grouped by their commitment, in order (Map.groupBy needs Node 21). */
function byCommitment<T extends { commitmentId: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.commitmentId);
    if (group) group.push(row);
    else groups.set(row.commitmentId, [row]);
  }
  return groups;
}

/** Every commitment of the authority (or just `onlyId`), with its whole status and target history. */
export async function loadCommitments(
  db: Database,
  authorityId: string,
  onlyId?: string,
): Promise<WorkspaceCommitment[]> {
  const headFilter = onlyId
    ? and(eq(commitments.authorityId, authorityId), eq(commitments.id, onlyId))
    : eq(commitments.authorityId, authorityId);
  const ids = () => db.select({ id: commitments.id }).from(commitments).where(headFilter);
  // Sequential on purpose: inside a transaction every query shares one connection. A turn of the
  // event loop between them, as an authority may have hundreds of commitments (an import at the
  // cap) and on PGlite each query holds the main thread (docs/quality.md, R12).
  const heads = await db
    .select()
    .from(commitments)
    .where(headFilter)
    .orderBy(asc(commitments.createdAt), asc(commitments.id));
  if (heads.length === 0) return [];
  await nextTurn();
  const latest = await db
    .selectDistinctOn([commitmentVersions.commitmentId])
    .from(commitmentVersions)
    .where(and(inArray(commitmentVersions.commitmentId, ids()), standing(commitmentVersions)))
    .orderBy(commitmentVersions.commitmentId, desc(commitmentVersions.version));
  await nextTurn();
  const published = await db
    .selectDistinctOn([commitmentVersions.commitmentId])
    .from(commitmentVersions)
    .where(
      and(
        inArray(commitmentVersions.commitmentId, ids()),
        eq(commitmentVersions.publicationState, "published"),
      ),
    )
    .orderBy(commitmentVersions.commitmentId, desc(commitmentVersions.version));
  await nextTurn();
  const statuses = await db
    .select()
    .from(statusUpdates)
    .where(
      and(
        inArray(statusUpdates.commitmentId, ids()),
        eq(statusUpdates.withdrawn, false),
        standing(statusUpdates),
      ),
    )
    .orderBy(asc(statusUpdates.effectiveDate), asc(statusUpdates.recordedAt), asc(statusUpdates.id));
  await nextTurn();
  const targets = await db
    .select()
    .from(targetDateChanges)
    .where(
      and(
        inArray(targetDateChanges.commitmentId, ids()),
        eq(targetDateChanges.withdrawn, false),
        standing(targetDateChanges),
      ),
    )
    .orderBy(
      asc(targetDateChanges.effectiveDate),
      asc(targetDateChanges.recordedAt),
      asc(targetDateChanges.id),
    );

  const contentById = new Map(latest.map((row) => [row.commitmentId, row]));
  const publishedById = new Map(published.map((row) => [row.commitmentId, row]));
  // Grouped once (in their order), not filtered again for every commitment.
  const statusesOf = byCommitment(statuses);
  const targetsOf = byCommitment(targets);
  return heads.flatMap((head) => {
    const content = contentById.get(head.id);
    if (!content || content.withdrawn) return [];
    const statusHistory = (statusesOf.get(head.id) ?? []).map((row) => ({
      id: row.id,
      state: row.publicationState,
      status: row.status,
      phase: row.phase,
      effectiveDate: row.effectiveDate,
      note: row.note,
      evidenceUrls: row.evidenceUrls,
      evidenceChecked: row.evidenceCheckedAt !== null,
      recordedAt: toIsoInstant(row.recordedAt),
      reviewComment: commentWhileReturned(row.publicationState, row.reviewComment),
    }));
    const targetDateHistory = (targetsOf.get(head.id) ?? []).map((row) => ({
      id: row.id,
      state: row.publicationState,
      targetDate: row.targetDate,
      reason: row.reason,
      effectiveDate: row.effectiveDate,
      recordedAt: toIsoInstant(row.recordedAt),
      reviewComment: commentWhileReturned(row.publicationState, row.reviewComment),
    }));
    const currentStatus = statusHistory.at(-1);
    return [
      {
        id: head.id,
        version: head.version,
        state: content.publicationState,
        reviewComment: commentWhileReturned(content.publicationState, content.reviewComment),
        ...pickCommitmentContent(content),
        changeId: content.id,
        everPublished: publishedById.has(head.id),
        published: publicContent(publishedById.get(head.id)),
        status: currentStatus?.status ?? "not_yet_reported",
        phase: currentStatus?.phase ?? null,
        targetDate: targetDateHistory.at(-1)?.targetDate ?? null,
        statusHistory,
        targetDateHistory,
      },
    ];
  });
}

function publicContent(row: typeof commitmentVersions.$inferSelect | undefined): CommitmentContent | null {
  return row && !row.withdrawn ? pickCommitmentContent(row) : null;
}

export async function loadCommitment(
  db: Database,
  authorityId: string,
  id: string,
): Promise<WorkspaceCommitment | null> {
  const [commitment] = await loadCommitments(db, authorityId, id);
  return commitment ?? null;
}

async function latestCommitmentContent(tx: Database, commitmentId: string) {
  const [row] = await tx
    .select()
    .from(commitmentVersions)
    .where(and(eq(commitmentVersions.commitmentId, commitmentId), standing(commitmentVersions)))
    .orderBy(desc(commitmentVersions.version))
    .limit(1);
  return row ? pickCommitmentContent(row) : null;
}

export async function insertCommitmentVersion(
  tx: Database,
  commitmentId: string,
  version: number,
  input: CommitmentContent,
  actorId: string,
): Promise<void> {
  await tx
    .insert(commitmentVersions)
    .values({ commitmentId, version, ...pickCommitmentContent(input), recordedBy: actorId, ...draft });
}

/** A new commitment: its head, a first draft version and its original target date (no reason). */
export async function createCommitment(
  tx: Database,
  authorityId: string,
  input: NewCommitmentInput,
  actorId: string,
): Promise<RecordChange> {
  const [head] = await tx.insert(commitments).values({ authorityId }).returning({ id: commitments.id });
  if (!head) throw new Error("insert returned no row");
  await insertCommitmentVersion(tx, head.id, 1, input, actorId);
  await insertTargetDate(
    tx,
    head.id,
    { targetDate: input.targetDate, reason: null },
    input.committedOn,
    actorId,
  );
  return {
    recordType: "commitment",
    recordId: head.id,
    before: null,
    after: { ...pickCommitmentContent(input), targetDate: input.targetDate },
  };
}

export async function saveCommitmentVersion(
  tx: Database,
  authorityId: string,
  id: string,
  input: CommitmentInput,
  actorId: string,
): Promise<RecordChange> {
  const version = await bumpCommitmentVersion(tx, authorityId, id, input.expectedVersion);
  const before = await latestCommitmentContent(tx, id);
  await insertCommitmentVersion(tx, id, version, input, actorId);
  return { recordType: "commitment", recordId: id, before, after: pickCommitmentContent(input) };
}

export type StatusReport = Omit<StatusUpdateInput, "expectedVersion">;

async function latestStatusUpdate(tx: Database, commitmentId: string) {
  const [row] = await tx
    .select({
      status: statusUpdates.status,
      phase: statusUpdates.phase,
      effectiveDate: statusUpdates.effectiveDate,
      note: statusUpdates.note,
      evidenceUrls: statusUpdates.evidenceUrls,
    })
    .from(statusUpdates)
    .where(
      and(
        eq(statusUpdates.commitmentId, commitmentId),
        eq(statusUpdates.withdrawn, false),
        standing(statusUpdates),
      ),
    )
    .orderBy(desc(statusUpdates.effectiveDate), desc(statusUpdates.recordedAt), desc(statusUpdates.id))
    .limit(1);
  return row ?? null;
}

export async function insertStatusUpdate(
  tx: Database,
  commitmentId: string,
  input: StatusReport,
  actorId: string,
): Promise<RecordChange> {
  const before = await latestStatusUpdate(tx, commitmentId);
  const values = statusValues(commitmentId, input, actorId);
  const { status, phase, effectiveDate, note, evidenceUrls } = values;
  const after = { status, phase, effectiveDate, note, evidenceUrls };
  const [row] = await tx.insert(statusUpdates).values(values).returning({ id: statusUpdates.id });
  if (!row) throw new Error("insert returned no row");
  return { recordType: "status_update", recordId: row.id, before, after };
}

export async function reportStatus(
  tx: Database,
  authorityId: string,
  commitmentId: string,
  input: StatusUpdateInput,
  actorId: string,
): Promise<RecordChange> {
  await bumpCommitmentVersion(tx, authorityId, commitmentId, input.expectedVersion);
  await withdrawReplaced(tx, authorityId, commitmentId, input.replaces);
  return insertStatusUpdate(tx, commitmentId, input, actorId);
}

/**
 * A correction of a returned (or draft) status update or target date withdraws the change it
 * corrects, in the same save: only the correction goes to review, and the public never sees both.
 */
async function withdrawReplaced(
  tx: Database,
  authorityId: string,
  commitmentId: string,
  replaces: string | null,
): Promise<void> {
  if (replaces === null) return;
  const moved = await changePublicationState(tx, authorityId, {
    from: ["draft", "returned"],
    to: "withdrawn",
    changeIds: [replaces],
  });
  if (moved.count !== 1 || moved.recordIds[0] !== commitmentId) {
    throw new InvalidFieldError(
      "replaces",
      "The change you are correcting is no longer a draft or returned: go back to your records and start again",
    );
  }
}

export async function insertTargetDate(
  tx: Database,
  commitmentId: string,
  change: { targetDate: string; reason: string | null },
  effectiveDate: string,
  actorId: string,
): Promise<RecordChange> {
  const [before] = await tx
    .select({ targetDate: targetDateChanges.targetDate, effectiveDate: targetDateChanges.effectiveDate })
    .from(targetDateChanges)
    .where(
      and(
        eq(targetDateChanges.commitmentId, commitmentId),
        eq(targetDateChanges.withdrawn, false),
        standing(targetDateChanges),
      ),
    )
    .orderBy(
      desc(targetDateChanges.effectiveDate),
      desc(targetDateChanges.recordedAt),
      desc(targetDateChanges.id),
    )
    .limit(1);
  const after = { targetDate: change.targetDate, reason: change.reason, effectiveDate };
  const [row] = await tx
    .insert(targetDateChanges)
    .values({ commitmentId, ...after, recordedBy: actorId, ...draft })
    .returning({ id: targetDateChanges.id });
  if (!row) throw new Error("insert returned no row");
  return {
    recordType: "target_date",
    recordId: row.id,
    before: before ?? null,
    after,
    reason: change.reason,
  };
}

/** A re-baselined target date, effective today (the day the editor says it changed). */
export async function changeTargetDate(
  tx: Database,
  authorityId: string,
  commitmentId: string,
  input: TargetDateChangeInput,
  actorId: string,
): Promise<RecordChange> {
  await bumpCommitmentVersion(tx, authorityId, commitmentId, input.expectedVersion);
  await withdrawReplaced(tx, authorityId, commitmentId, input.replaces);
  return insertTargetDate(tx, commitmentId, input, getLondonToday(), actorId);
}

export function statusValues(commitmentId: string, input: StatusReport, actorId: string) {
  return {
    commitmentId,
    status: input.status,
    phase: input.phase,
    effectiveDate: input.effectiveDate,
    note: input.note === "" ? null : input.note,
    evidenceUrls: input.evidenceUrls,
    supersedesId: input.replaces,
    recordedBy: actorId,
    ...draft,
  };
}
