import type { PublicationState } from "@ldd/shared/vocabulary";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Database } from "../db/client.ts";
import {
  commitments,
  commitmentVersions,
  partnerships,
  partnershipVersions,
  signatures,
  signatureVersions,
  statusUpdates,
  targetDateChanges,
} from "../db/schema.ts";

export interface StateChange {
  from: PublicationState[];
  to: PublicationState;
  reviewComment?: string;
  /** Only these rows (versions or events), when given: a reviewer's decision names what it covers. */
  changeIds?: readonly string[];
}

/**
 * Moves every row of the authority in one of `from` states to `to`, in every table of facts, and
 * says which records moved (the commitment for its status updates and target dates).
 */
export async function changePublicationState(
  tx: Database,
  authorityId: string,
  change: StateChange,
): Promise<{ count: number; recordIds: string[]; changeIds: string[] }> {
  const changeIds = change.changeIds;
  const only = (id: AnyPgColumn) => (changeIds ? inArray(id, [...changeIds]) : undefined);
  const set = {
    publicationState: change.to,
    ...(change.to === "published" ? { publishedAt: sql`now()` } : {}),
    ...(change.reviewComment !== undefined ? { reviewComment: change.reviewComment } : {}),
  };
  const commitmentIds = tx
    .select({ id: commitments.id })
    .from(commitments)
    .where(eq(commitments.authorityId, authorityId));
  const signatureIds = tx
    .select({ id: signatures.id })
    .from(signatures)
    .where(eq(signatures.authorityId, authorityId));
  const partnershipIds = tx
    .select({ id: partnerships.id })
    .from(partnerships)
    .where(eq(partnerships.authorityId, authorityId));
  const moved = [
    ...(await tx
      .update(signatureVersions)
      .set(set)
      .where(
        and(
          inArray(signatureVersions.signatureId, signatureIds),
          inArray(signatureVersions.publicationState, change.from),
          only(signatureVersions.id),
        ),
      )
      .returning({ recordId: signatureVersions.signatureId, changeId: signatureVersions.id })),
    ...(await tx
      .update(commitmentVersions)
      .set(set)
      .where(
        and(
          inArray(commitmentVersions.commitmentId, commitmentIds),
          inArray(commitmentVersions.publicationState, change.from),
          only(commitmentVersions.id),
        ),
      )
      .returning({ recordId: commitmentVersions.commitmentId, changeId: commitmentVersions.id })),
    ...(await tx
      .update(statusUpdates)
      .set(set)
      .where(
        and(
          inArray(statusUpdates.commitmentId, commitmentIds),
          inArray(statusUpdates.publicationState, change.from),
          only(statusUpdates.id),
        ),
      )
      .returning({ recordId: statusUpdates.commitmentId, changeId: statusUpdates.id })),
    ...(await tx
      .update(targetDateChanges)
      .set(set)
      .where(
        and(
          inArray(targetDateChanges.commitmentId, commitmentIds),
          inArray(targetDateChanges.publicationState, change.from),
          only(targetDateChanges.id),
        ),
      )
      .returning({ recordId: targetDateChanges.commitmentId, changeId: targetDateChanges.id })),
    ...(await tx
      .update(partnershipVersions)
      .set(set)
      .where(
        and(
          inArray(partnershipVersions.partnershipId, partnershipIds),
          inArray(partnershipVersions.publicationState, change.from),
          only(partnershipVersions.id),
        ),
      )
      .returning({ recordId: partnershipVersions.partnershipId, changeId: partnershipVersions.id })),
  ];
  return {
    count: moved.length,
    recordIds: [...new Set(moved.map((row) => row.recordId))].sort(),
    changeIds: moved.map((row) => row.changeId).sort(),
  };
}

const VERSIONED = {
  signature: { table: signatureVersions, record: signatureVersions.signatureId },
  commitment: { table: commitmentVersions, record: commitmentVersions.commitmentId },
  partnership: { table: partnershipVersions, record: partnershipVersions.partnershipId },
} as const;

/**
 * A new version holds the record's whole content, so it replaces the record's earlier drafts and
 * returned versions: they are withdrawn, and the reviewer receives one change for the record, the
 * latest (docs/decisions/017). Events (status updates, target dates) stand alone and are
 * withdrawn only when a correction names them.
 */
export async function withdrawEarlierVersions(
  tx: Database,
  change: { recordType: string; recordId: string },
): Promise<void> {
  if (!(change.recordType in VERSIONED)) return;
  const { table, record } = VERSIONED[change.recordType as keyof typeof VERSIONED];
  const latest = tx
    .select({ version: sql<number>`max(${table.version})` })
    .from(table)
    .where(eq(record, change.recordId));
  await tx
    .update(table)
    .set({ publicationState: "withdrawn" })
    .where(
      and(
        eq(record, change.recordId),
        inArray(table.publicationState, ["draft", "returned"]),
        sql`${table.version} < (${latest})`,
      ),
    );
}

/**
 * The reviewer checked the evidence of these status updates as they published them: their claims
 * become "verified". Only updates with at least one link can be checked; the ids of those marked
 * are returned (the others are status updates without evidence, or other kinds of change).
 */
export async function markEvidenceChecked(
  tx: Database,
  changeIds: readonly string[],
  reviewerId: string,
): Promise<string[]> {
  if (changeIds.length === 0) return [];
  const rows = await tx
    .update(statusUpdates)
    .set({ evidenceCheckedAt: sql`now()`, evidenceCheckedBy: reviewerId })
    .where(
      and(
        inArray(statusUpdates.id, [...changeIds]),
        eq(statusUpdates.publicationState, "published"),
        sql`cardinality(${statusUpdates.evidenceUrls}) > 0`,
      ),
    )
    .returning({ id: statusUpdates.id });
  return rows.map((row) => row.id).sort();
}

/**
 * The state of one of the authority's changes (a version or event) by its id; null when the
 * authority has no change with this id, so another authority's ids reveal nothing (404).
 */
export async function findChangeState(
  tx: Database,
  authorityId: string,
  changeId: string,
): Promise<PublicationState | null> {
  const commitmentIds = tx
    .select({ id: commitments.id })
    .from(commitments)
    .where(eq(commitments.authorityId, authorityId));
  const found = [
    ...(await tx
      .select({ state: signatureVersions.publicationState })
      .from(signatureVersions)
      .innerJoin(signatures, eq(signatures.id, signatureVersions.signatureId))
      .where(and(eq(signatureVersions.id, changeId), eq(signatures.authorityId, authorityId)))),
    ...(await tx
      .select({ state: commitmentVersions.publicationState })
      .from(commitmentVersions)
      .where(
        and(eq(commitmentVersions.id, changeId), inArray(commitmentVersions.commitmentId, commitmentIds)),
      )),
    ...(await tx
      .select({ state: statusUpdates.publicationState })
      .from(statusUpdates)
      .where(and(eq(statusUpdates.id, changeId), inArray(statusUpdates.commitmentId, commitmentIds)))),
    ...(await tx
      .select({ state: targetDateChanges.publicationState })
      .from(targetDateChanges)
      .where(
        and(eq(targetDateChanges.id, changeId), inArray(targetDateChanges.commitmentId, commitmentIds)),
      )),
    ...(await tx
      .select({ state: partnershipVersions.publicationState })
      .from(partnershipVersions)
      .innerJoin(partnerships, eq(partnerships.id, partnershipVersions.partnershipId))
      .where(and(eq(partnershipVersions.id, changeId), eq(partnerships.authorityId, authorityId)))),
  ];
  return found[0]?.state ?? null;
}
