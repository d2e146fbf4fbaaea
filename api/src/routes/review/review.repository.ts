import type { CommitmentStatus, DeliveryPhase } from "@ldd/shared/vocabulary";
import { and, desc, eq, inArray, max } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
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
} from "../../db/schema.ts";

/** One submitted row, with what a reviewer needs to read it in plain words. */
export type SubmittedChange = {
  authorityId: string;
  authorityGss: string;
  authorityName: string;
  /** The submitted row: a version of a record, or a dated event. */
  changeId: string;
  recordId: string;
  recordedAt: string;
} & (
  | { recordType: "signature"; signedOn: string; approverName: string | null; approverRole: string | null }
  | { recordType: "commitment"; title: string; version: number }
  | {
      recordType: "status_update";
      title: string;
      status: CommitmentStatus;
      phase: DeliveryPhase | null;
      effectiveDate: string;
    }
  | { recordType: "target_date"; title: string; targetDate: string; reason: string | null }
  | {
      recordType: "partnership";
      partnerName: string;
      version: number;
      startDate: string;
      endDate: string | null;
    }
);

const submitted = "submitted";
const authorityColumns = {
  authorityId: organisations.id,
  authorityGss: organisations.gss,
  authorityName: organisations.name,
};

/** Every submitted row of every authority. */
export async function listSubmittedChanges(db: Database): Promise<SubmittedChange[]> {
  const signatureRows = await db
    .select({
      ...authorityColumns,
      changeId: signatureVersions.id,
      recordId: signatures.id,
      recordedAt: signatureVersions.recordedAt,
      signedOn: signatureVersions.signedOn,
      approverName: signatureVersions.approverName,
      approverRole: signatureVersions.approverRole,
    })
    .from(signatureVersions)
    .innerJoin(signatures, eq(signatures.id, signatureVersions.signatureId))
    .innerJoin(organisations, eq(organisations.id, signatures.authorityId))
    .where(eq(signatureVersions.publicationState, submitted));
  const commitmentRows = await db
    .select({
      ...authorityColumns,
      changeId: commitmentVersions.id,
      recordId: commitments.id,
      recordedAt: commitmentVersions.recordedAt,
      title: commitmentVersions.title,
      version: commitmentVersions.version,
    })
    .from(commitmentVersions)
    .innerJoin(commitments, eq(commitments.id, commitmentVersions.commitmentId))
    .innerJoin(organisations, eq(organisations.id, commitments.authorityId))
    .where(eq(commitmentVersions.publicationState, submitted));
  const statusRows = await db
    .select({
      ...authorityColumns,
      changeId: statusUpdates.id,
      recordId: commitments.id,
      recordedAt: statusUpdates.recordedAt,
      status: statusUpdates.status,
      phase: statusUpdates.phase,
      effectiveDate: statusUpdates.effectiveDate,
    })
    .from(statusUpdates)
    .innerJoin(commitments, eq(commitments.id, statusUpdates.commitmentId))
    .innerJoin(organisations, eq(organisations.id, commitments.authorityId))
    .where(eq(statusUpdates.publicationState, submitted));
  const targetRows = await db
    .select({
      ...authorityColumns,
      changeId: targetDateChanges.id,
      recordId: commitments.id,
      recordedAt: targetDateChanges.recordedAt,
      targetDate: targetDateChanges.targetDate,
      reason: targetDateChanges.reason,
    })
    .from(targetDateChanges)
    .innerJoin(commitments, eq(commitments.id, targetDateChanges.commitmentId))
    .innerJoin(organisations, eq(organisations.id, commitments.authorityId))
    .where(eq(targetDateChanges.publicationState, submitted));
  const partner = db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .as("partner");
  const partnershipRows = await db
    .select({
      ...authorityColumns,
      changeId: partnershipVersions.id,
      recordId: partnerships.id,
      recordedAt: partnershipVersions.recordedAt,
      partnerName: partner.name,
      version: partnershipVersions.version,
      startDate: partnershipVersions.startDate,
      endDate: partnershipVersions.endDate,
    })
    .from(partnershipVersions)
    .innerJoin(partnerships, eq(partnerships.id, partnershipVersions.partnershipId))
    .innerJoin(organisations, eq(organisations.id, partnerships.authorityId))
    .innerJoin(partner, eq(partner.id, partnershipVersions.partnerId))
    .where(eq(partnershipVersions.publicationState, submitted));

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

  return [
    ...signatureRows.map((row) => ({
      ...row,
      authorityGss: gss(row.authorityGss),
      recordType: "signature" as const,
    })),
    ...commitmentRows.map((row) => ({
      ...row,
      authorityGss: gss(row.authorityGss),
      recordType: "commitment" as const,
    })),
    ...statusRows.map((row) => ({
      ...row,
      authorityGss: gss(row.authorityGss),
      recordType: "status_update" as const,
      title: title(row.recordId),
    })),
    ...targetRows.map((row) => ({
      ...row,
      authorityGss: gss(row.authorityGss),
      recordType: "target_date" as const,
      title: title(row.recordId),
    })),
    ...partnershipRows.map((row) => ({
      ...row,
      authorityGss: gss(row.authorityGss),
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
