import type { CommitmentStatus, DeliveryPhase, PublicationState } from "@ldd/shared/vocabulary";
import type { CommitmentContent } from "@ldd/shared/workspace";
import { and, desc, eq, inArray, max } from "drizzle-orm";
import type { Database } from "../db/client.ts";
import {
  auditEntries,
  commitments,
  commitmentVersions,
  organisations,
  partnerships,
  partnershipVersions,
  signatures,
  signatureVersions,
  statusUpdates,
  targetDateChanges,
} from "../db/schema.ts";

/*
 * Changes not yet published, with what a reviewer (or LOTI's activity feed) needs to read them in
 * plain words: drafts, submissions waiting for review, and changes a reviewer returned.
 */

/** One unpublished row. */
export type PendingChange = {
  authorityId: string;
  authorityGss: string;
  authorityName: string;
  /** The row: a version of a record, or a dated event. */
  changeId: string;
  recordId: string;
  recordedAt: string;
  state: PendingState;
  /** What the reviewer said when they returned it. */
  reviewComment: string | null;
} & (
  | {
      recordType: "signature";
      signedOn: string;
      approverName: string | null;
      approverRole: string | null;
      commitmentUrl: string | null;
    }
  | ({ recordType: "commitment"; version: number } & CommitmentContent)
  | {
      recordType: "status_update";
      title: string;
      status: CommitmentStatus;
      phase: DeliveryPhase | null;
      effectiveDate: string;
      note: string | null;
      evidenceUrls: string[];
    }
  | {
      recordType: "target_date";
      title: string;
      targetDate: string;
      reason: string | null;
      effectiveDate: string;
    }
  | {
      recordType: "partnership";
      partnerName: string;
      version: number;
      startDate: string;
      endDate: string | null;
      purpose: string;
      commitmentIds: string[];
    }
);

export type PendingState = Exclude<PublicationState, "published">;
const authorityColumns = {
  authorityId: organisations.id,
  authorityGss: organisations.gss,
  authorityName: organisations.name,
};

/** Every submitted row of every authority: the review queue. */
export function listSubmittedChanges(db: Database): Promise<PendingChange[]> {
  return listPendingChanges(db, ["submitted"]);
}

/** Every row of every authority in one of these states. */
export async function listPendingChanges(
  db: Database,
  states: readonly PendingState[],
): Promise<PendingChange[]> {
  const signatureRows = await db
    .select({
      ...authorityColumns,
      changeId: signatureVersions.id,
      state: signatureVersions.publicationState,
      reviewComment: signatureVersions.reviewComment,
      recordId: signatures.id,
      recordedAt: signatureVersions.recordedAt,
      signedOn: signatureVersions.signedOn,
      approverName: signatureVersions.approverName,
      approverRole: signatureVersions.approverRole,
      commitmentUrl: signatureVersions.commitmentUrl,
    })
    .from(signatureVersions)
    .innerJoin(signatures, eq(signatures.id, signatureVersions.signatureId))
    .innerJoin(organisations, eq(organisations.id, signatures.authorityId))
    .where(inArray(signatureVersions.publicationState, [...states]));
  const commitmentRows = await db
    .select({
      ...authorityColumns,
      changeId: commitmentVersions.id,
      state: commitmentVersions.publicationState,
      reviewComment: commitmentVersions.reviewComment,
      recordId: commitments.id,
      recordedAt: commitmentVersions.recordedAt,
      version: commitmentVersions.version,
      title: commitmentVersions.title,
      partners: commitmentVersions.partners,
      mission: commitmentVersions.mission,
      impact: commitmentVersions.impact,
      principles: commitmentVersions.principles,
      lotiArea: commitmentVersions.lotiArea,
      committedOn: commitmentVersions.committedOn,
    })
    .from(commitmentVersions)
    .innerJoin(commitments, eq(commitments.id, commitmentVersions.commitmentId))
    .innerJoin(organisations, eq(organisations.id, commitments.authorityId))
    .where(inArray(commitmentVersions.publicationState, [...states]));
  const statusRows = await db
    .select({
      ...authorityColumns,
      changeId: statusUpdates.id,
      state: statusUpdates.publicationState,
      reviewComment: statusUpdates.reviewComment,
      recordId: commitments.id,
      recordedAt: statusUpdates.recordedAt,
      status: statusUpdates.status,
      phase: statusUpdates.phase,
      effectiveDate: statusUpdates.effectiveDate,
      note: statusUpdates.note,
      evidenceUrls: statusUpdates.evidenceUrls,
    })
    .from(statusUpdates)
    .innerJoin(commitments, eq(commitments.id, statusUpdates.commitmentId))
    .innerJoin(organisations, eq(organisations.id, commitments.authorityId))
    .where(inArray(statusUpdates.publicationState, [...states]));
  const targetRows = await db
    .select({
      ...authorityColumns,
      changeId: targetDateChanges.id,
      state: targetDateChanges.publicationState,
      reviewComment: targetDateChanges.reviewComment,
      recordId: commitments.id,
      recordedAt: targetDateChanges.recordedAt,
      targetDate: targetDateChanges.targetDate,
      reason: targetDateChanges.reason,
      effectiveDate: targetDateChanges.effectiveDate,
    })
    .from(targetDateChanges)
    .innerJoin(commitments, eq(commitments.id, targetDateChanges.commitmentId))
    .innerJoin(organisations, eq(organisations.id, commitments.authorityId))
    .where(inArray(targetDateChanges.publicationState, [...states]));
  const partner = db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .as("partner");
  const partnershipRows = await db
    .select({
      ...authorityColumns,
      changeId: partnershipVersions.id,
      state: partnershipVersions.publicationState,
      reviewComment: partnershipVersions.reviewComment,
      recordId: partnerships.id,
      recordedAt: partnershipVersions.recordedAt,
      partnerName: partner.name,
      version: partnershipVersions.version,
      startDate: partnershipVersions.startDate,
      endDate: partnershipVersions.endDate,
      purpose: partnershipVersions.purpose,
      commitmentIds: partnershipVersions.commitmentIds,
    })
    .from(partnershipVersions)
    .innerJoin(partnerships, eq(partnerships.id, partnershipVersions.partnershipId))
    .innerJoin(organisations, eq(organisations.id, partnerships.authorityId))
    .innerJoin(partner, eq(partner.id, partnershipVersions.partnerId))
    .where(inArray(partnershipVersions.publicationState, [...states]));

  // Status updates and target dates are described by their commitment's latest title.
  const commitmentIds = [...new Set([...statusRows, ...targetRows].map((row) => row.recordId))];
  const titles =
    commitmentIds.length === 0
      ? []
      : await db
          .selectDistinctOn([commitmentVersions.commitmentId], {
            id: commitmentVersions.commitmentId,
            title: commitmentVersions.title,
          })
          .from(commitmentVersions)
          .where(inArray(commitmentVersions.commitmentId, commitmentIds))
          .orderBy(commitmentVersions.commitmentId, desc(commitmentVersions.version));
  const titleOf = new Map(titles.map((row) => [row.id, row.title]));
  const title = (id: string) => titleOf.get(id) ?? "an untitled commitment";
  const gss = (value: string | null) => value ?? "";
  // Only rows in the states asked for were selected.
  const pending = (state: PublicationState) => state as PendingState;

  return [
    ...signatureRows.map((row) => ({
      ...row,
      authorityGss: gss(row.authorityGss),
      state: pending(row.state),
      recordType: "signature" as const,
    })),
    ...commitmentRows.map((row) => ({
      ...row,
      authorityGss: gss(row.authorityGss),
      state: pending(row.state),
      recordType: "commitment" as const,
    })),
    ...statusRows.map((row) => ({
      ...row,
      authorityGss: gss(row.authorityGss),
      state: pending(row.state),
      recordType: "status_update" as const,
      title: title(row.recordId),
    })),
    ...targetRows.map((row) => ({
      ...row,
      authorityGss: gss(row.authorityGss),
      state: pending(row.state),
      recordType: "target_date" as const,
      title: title(row.recordId),
    })),
    ...partnershipRows.map((row) => ({
      ...row,
      authorityGss: gss(row.authorityGss),
      state: pending(row.state),
      recordType: "partnership" as const,
    })),
  ];
}

/** When each authority last submitted, from the audit trail. */
export async function lastSubmittedAt(db: Database, authorityIds: string[]): Promise<Map<string, string>> {
  if (authorityIds.length === 0) return new Map();
  const rows = await db
    .select({ authorityId: auditEntries.authorityId, at: max(auditEntries.at) })
    .from(auditEntries)
    .where(and(eq(auditEntries.action, "submit"), inArray(auditEntries.authorityId, authorityIds)))
    .groupBy(auditEntries.authorityId);
  return new Map(
    rows.flatMap((row) => (row.authorityId && row.at ? [[row.authorityId, row.at] as const] : [])),
  );
}
