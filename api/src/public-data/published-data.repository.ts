import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../db/client.ts";
import {
  commitments,
  commitmentVersions,
  membershipEvents,
  organisations,
  partnerships,
  partnershipVersions,
  SETTING_KEYS,
  settings,
  signatures,
  signatureVersions,
  statusUpdates,
  targetDateChanges,
} from "../db/schema.ts";

/** Everything the public may see: the latest published version of each fact. */
export interface PublishedData {
  organisations: (typeof organisations.$inferSelect)[];
  membershipEvents: {
    organisationId: string;
    kind: "joined" | "left";
    effectiveDate: string;
    recordedAt: string;
  }[];
  signatures: {
    authorityId: string;
    signedOn: string;
    approverName: string | null;
    approverRole: string | null;
    commitmentUrl: string | null;
    recordedAt: string;
  }[];
  commitments: {
    id: string;
    authorityId: string;
    title: string;
    partners: string;
    mission: string;
    impact: string;
    principles: number[];
    lotiArea: string | null;
    committedOn: string;
    recordedAt: string;
  }[];
  statusUpdates: {
    commitmentId: string;
    status: (typeof statusUpdates.$inferSelect)["status"];
    phase: (typeof statusUpdates.$inferSelect)["phase"];
    effectiveDate: string;
    note: string | null;
    evidenceUrls: string[];
    recordedAt: string;
  }[];
  targetDateChanges: {
    commitmentId: string;
    targetDate: string;
    reason: string | null;
    effectiveDate: string;
    recordedAt: string;
  }[];
  partnerships: {
    id: string;
    authorityId: string;
    partnerId: string;
    startDate: string;
    endDate: string | null;
    purpose: string;
    commitmentIds: string[];
    recordedAt: string;
  }[];
  demoData: boolean;
}

const published = "published";

/** Events that a later published event supersedes are left out. */
function notSuperseded(table: typeof statusUpdates | typeof targetDateChanges | typeof membershipEvents) {
  return sql`NOT EXISTS (SELECT 1 FROM ${table} AS later WHERE later.supersedes_id = ${table.id} AND later.publication_state = ${published})`;
}

export async function loadPublishedData(db: Database): Promise<PublishedData> {
  const [orgRows, memberRows, signatureRows, commitmentRows, statusRows, targetRows, partnershipRows, demo] =
    await Promise.all([
      db.select().from(organisations),
      db
        .select({
          organisationId: membershipEvents.organisationId,
          kind: membershipEvents.kind,
          effectiveDate: membershipEvents.effectiveDate,
          recordedAt: membershipEvents.recordedAt,
        })
        .from(membershipEvents)
        .where(
          and(
            eq(membershipEvents.publicationState, published),
            eq(membershipEvents.withdrawn, false),
            notSuperseded(membershipEvents),
          ),
        ),
      db
        .selectDistinctOn([signatureVersions.signatureId], {
          authorityId: signatures.authorityId,
          signedOn: signatureVersions.signedOn,
          approverName: signatureVersions.approverName,
          approverRole: signatureVersions.approverRole,
          commitmentUrl: signatureVersions.commitmentUrl,
          recordedAt: signatureVersions.recordedAt,
          withdrawn: signatureVersions.withdrawn,
        })
        .from(signatureVersions)
        .innerJoin(signatures, eq(signatures.id, signatureVersions.signatureId))
        .where(eq(signatureVersions.publicationState, published))
        .orderBy(signatureVersions.signatureId, desc(signatureVersions.version)),
      db
        .selectDistinctOn([commitmentVersions.commitmentId], {
          id: commitments.id,
          authorityId: commitments.authorityId,
          title: commitmentVersions.title,
          partners: commitmentVersions.partners,
          mission: commitmentVersions.mission,
          impact: commitmentVersions.impact,
          principles: commitmentVersions.principles,
          lotiArea: commitmentVersions.lotiArea,
          committedOn: commitmentVersions.committedOn,
          recordedAt: commitmentVersions.recordedAt,
          withdrawn: commitmentVersions.withdrawn,
        })
        .from(commitmentVersions)
        .innerJoin(commitments, eq(commitments.id, commitmentVersions.commitmentId))
        .where(eq(commitmentVersions.publicationState, published))
        .orderBy(commitmentVersions.commitmentId, desc(commitmentVersions.version)),
      db
        .select({
          commitmentId: statusUpdates.commitmentId,
          status: statusUpdates.status,
          phase: statusUpdates.phase,
          effectiveDate: statusUpdates.effectiveDate,
          note: statusUpdates.note,
          evidenceUrls: statusUpdates.evidenceUrls,
          recordedAt: statusUpdates.recordedAt,
        })
        .from(statusUpdates)
        .where(
          and(
            eq(statusUpdates.publicationState, published),
            eq(statusUpdates.withdrawn, false),
            notSuperseded(statusUpdates),
          ),
        ),
      db
        .select({
          commitmentId: targetDateChanges.commitmentId,
          targetDate: targetDateChanges.targetDate,
          reason: targetDateChanges.reason,
          effectiveDate: targetDateChanges.effectiveDate,
          recordedAt: targetDateChanges.recordedAt,
        })
        .from(targetDateChanges)
        .where(
          and(
            eq(targetDateChanges.publicationState, published),
            eq(targetDateChanges.withdrawn, false),
            notSuperseded(targetDateChanges),
          ),
        ),
      db
        .selectDistinctOn([partnershipVersions.partnershipId], {
          id: partnerships.id,
          authorityId: partnerships.authorityId,
          partnerId: partnershipVersions.partnerId,
          startDate: partnershipVersions.startDate,
          endDate: partnershipVersions.endDate,
          purpose: partnershipVersions.purpose,
          commitmentIds: partnershipVersions.commitmentIds,
          recordedAt: partnershipVersions.recordedAt,
          withdrawn: partnershipVersions.withdrawn,
        })
        .from(partnershipVersions)
        .innerJoin(partnerships, eq(partnerships.id, partnershipVersions.partnershipId))
        .where(eq(partnershipVersions.publicationState, published))
        .orderBy(partnershipVersions.partnershipId, desc(partnershipVersions.version)),
      db
        .select()
        .from(settings)
        .where(inArray(settings.key, [SETTING_KEYS.demoDataLoadedAt])),
    ]);

  return {
    organisations: orgRows,
    membershipEvents: memberRows,
    signatures: signatureRows.filter((row) => !row.withdrawn),
    commitments: commitmentRows.filter((row) => !row.withdrawn),
    statusUpdates: statusRows,
    targetDateChanges: targetRows,
    partnerships: partnershipRows.filter((row) => !row.withdrawn),
    demoData: demo.length > 0,
  };
}
