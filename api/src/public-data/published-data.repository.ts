import type { MembershipEventKind, PartnershipAnswer, PublicationState } from "@ldd/shared/vocabulary";
import { and, asc, eq, inArray, or, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Database } from "../db/client.ts";
import {
  commitments,
  commitmentVersions,
  membershipEvents,
  organisations,
  partnershipAnswers,
  partnerships,
  partnershipVersions,
  SETTING_KEYS,
  settings,
  signatures,
  signatureVersions,
  statusUpdates,
  targetDateChanges,
} from "../db/schema.ts";

/*
 * Everything the public may ever have seen: every published version of each record and every
 * published event, with when it was published. The time machine selects from it (see
 * select-published.ts): the latest version of each fact for "as known", or only what was
 * published by a date for "as published" (docs/decisions/012-time-machine.md).
 */

/** Set on every published row; `publishedAt` says when the public first saw it. */
interface Published {
  recordedAt: string;
  publishedAt: string;
  withdrawn: boolean;
}

/** A dated event that a later event may supersede. */
interface Event extends Published {
  id: string;
  supersedesId: string | null;
}

export interface PublishedHistory {
  organisations: (typeof organisations.$inferSelect)[];
  membershipEvents: (Event & {
    organisationId: string;
    kind: MembershipEventKind;
    effectiveDate: string;
    reason: string | null;
  })[];
  signatureVersions: (Published & {
    signatureId: string;
    authorityId: string;
    version: number;
    signedOn: string;
    approverName: string | null;
    approverRole: string | null;
    commitmentUrl: string | null;
  })[];
  commitmentVersions: (Published & {
    commitmentId: string;
    authorityId: string;
    version: number;
    title: string;
    partners: string;
    mission: string;
    impact: string;
    principles: number[];
    lotiArea: string | null;
    committedOn: string;
  })[];
  statusUpdates: (Event & {
    commitmentId: string;
    status: (typeof statusUpdates.$inferSelect)["status"];
    phase: (typeof statusUpdates.$inferSelect)["phase"];
    effectiveDate: string;
    note: string | null;
    evidenceUrls: string[];
    /** When a reviewer checked the evidence as they published it (a "verified" claim). */
    evidenceCheckedAt: string | null;
  })[];
  targetDateChanges: (Event & {
    commitmentId: string;
    targetDate: string;
    reason: string | null;
    effectiveDate: string;
  })[];
  partnershipVersions: (Published & {
    partnershipId: string;
    authorityId: string;
    version: number;
    partnerId: string;
    startDate: string;
    endDate: string | null;
    purpose: string;
    commitmentIds: string[];
  })[];
  /** Partner authorities' answers to partnerships, oldest first. */
  partnershipAnswers: (Omit<Published, "withdrawn"> & {
    partnershipId: string;
    partnershipVersion: number;
    answer: PartnershipAnswer;
    comment: string | null;
  })[];
  demoData: boolean;
}

const published = "published";
/** A published row always has its time; the fallback only keeps the types honest. */
const publishedAtOf = <T extends { publishedAt: string | null; recordedAt: string }>(row: T) => ({
  ...row,
  publishedAt: row.publishedAt ?? row.recordedAt,
});

/**
 * Which rows to load: by default every published row. A preview (an editor's own authority with
 * its pending changes applied) loads one authority's rows in the states given, as if they were
 * published, and the published partnerships of others that name it.
 */
export interface HistoryScope {
  authorityId: string;
  states: readonly PublicationState[];
}

/** How many rows a load read: the size of a rebuild, for its log line. */
export function countPublishedRows(history: PublishedHistory): number {
  return Object.values(history).reduce<number>(
    (rows, table) => rows + (Array.isArray(table) ? table.length : 0),
    0,
  );
}

export async function loadPublishedHistory(db: Database, scope?: HistoryScope): Promise<PublishedHistory> {
  const inScope = (state: AnyPgColumn, ...owner: SQL[]) =>
    scope ? and(inArray(state, [...scope.states]), ...owner) : eq(state, published);
  const ownCommitment = (column: AnyPgColumn) =>
    inArray(
      column,
      db
        .select({ id: commitments.id })
        .from(commitments)
        .where(eq(commitments.authorityId, scope?.authorityId ?? "")),
    );
  const authorityId = scope?.authorityId ?? "";
  // Sequential: on PGlite every statement holds the main thread, and a rebuild must leave room
  // for readers between them.
  const orgRows = await db.select().from(organisations);
  const memberRows = await db
    .select({
      id: membershipEvents.id,
      organisationId: membershipEvents.organisationId,
      kind: membershipEvents.kind,
      effectiveDate: membershipEvents.effectiveDate,
      reason: membershipEvents.reason,
      supersedesId: membershipEvents.supersedesId,
      withdrawn: membershipEvents.withdrawn,
      recordedAt: membershipEvents.recordedAt,
      publishedAt: membershipEvents.publishedAt,
    })
    .from(membershipEvents)
    .where(
      scope
        ? and(
            eq(membershipEvents.publicationState, published),
            eq(membershipEvents.organisationId, authorityId),
          )
        : eq(membershipEvents.publicationState, published),
    );
  const signatureRows = await db
    .select({
      signatureId: signatureVersions.signatureId,
      authorityId: signatures.authorityId,
      version: signatureVersions.version,
      signedOn: signatureVersions.signedOn,
      approverName: signatureVersions.approverName,
      approverRole: signatureVersions.approverRole,
      commitmentUrl: signatureVersions.commitmentUrl,
      withdrawn: signatureVersions.withdrawn,
      recordedAt: signatureVersions.recordedAt,
      publishedAt: signatureVersions.publishedAt,
    })
    .from(signatureVersions)
    .innerJoin(signatures, eq(signatures.id, signatureVersions.signatureId))
    .where(inScope(signatureVersions.publicationState, eq(signatures.authorityId, authorityId)));
  const commitmentRows = await db
    .select({
      commitmentId: commitmentVersions.commitmentId,
      authorityId: commitments.authorityId,
      version: commitmentVersions.version,
      title: commitmentVersions.title,
      partners: commitmentVersions.partners,
      mission: commitmentVersions.mission,
      impact: commitmentVersions.impact,
      principles: commitmentVersions.principles,
      lotiArea: commitmentVersions.lotiArea,
      committedOn: commitmentVersions.committedOn,
      withdrawn: commitmentVersions.withdrawn,
      recordedAt: commitmentVersions.recordedAt,
      publishedAt: commitmentVersions.publishedAt,
    })
    .from(commitmentVersions)
    .innerJoin(commitments, eq(commitments.id, commitmentVersions.commitmentId))
    .where(inScope(commitmentVersions.publicationState, eq(commitments.authorityId, authorityId)));
  const statusRows = await db
    .select({
      id: statusUpdates.id,
      commitmentId: statusUpdates.commitmentId,
      status: statusUpdates.status,
      phase: statusUpdates.phase,
      effectiveDate: statusUpdates.effectiveDate,
      note: statusUpdates.note,
      evidenceUrls: statusUpdates.evidenceUrls,
      evidenceCheckedAt: statusUpdates.evidenceCheckedAt,
      supersedesId: statusUpdates.supersedesId,
      withdrawn: statusUpdates.withdrawn,
      recordedAt: statusUpdates.recordedAt,
      publishedAt: statusUpdates.publishedAt,
    })
    .from(statusUpdates)
    .where(inScope(statusUpdates.publicationState, ownCommitment(statusUpdates.commitmentId)));
  const targetRows = await db
    .select({
      id: targetDateChanges.id,
      commitmentId: targetDateChanges.commitmentId,
      targetDate: targetDateChanges.targetDate,
      reason: targetDateChanges.reason,
      effectiveDate: targetDateChanges.effectiveDate,
      supersedesId: targetDateChanges.supersedesId,
      withdrawn: targetDateChanges.withdrawn,
      recordedAt: targetDateChanges.recordedAt,
      publishedAt: targetDateChanges.publishedAt,
    })
    .from(targetDateChanges)
    .where(inScope(targetDateChanges.publicationState, ownCommitment(targetDateChanges.commitmentId)));
  const partnershipRows = await db
    .select({
      partnershipId: partnershipVersions.partnershipId,
      authorityId: partnerships.authorityId,
      version: partnershipVersions.version,
      partnerId: partnershipVersions.partnerId,
      startDate: partnershipVersions.startDate,
      endDate: partnershipVersions.endDate,
      purpose: partnershipVersions.purpose,
      commitmentIds: partnershipVersions.commitmentIds,
      withdrawn: partnershipVersions.withdrawn,
      recordedAt: partnershipVersions.recordedAt,
      publishedAt: partnershipVersions.publishedAt,
    })
    .from(partnershipVersions)
    .innerJoin(partnerships, eq(partnerships.id, partnershipVersions.partnershipId))
    .where(
      scope
        ? or(
            inScope(partnershipVersions.publicationState, eq(partnerships.authorityId, authorityId)),
            and(
              eq(partnershipVersions.publicationState, published),
              eq(partnershipVersions.partnerId, authorityId),
            ),
          )
        : eq(partnershipVersions.publicationState, published),
    );
  const answerRows = await db
    .select({
      partnershipId: partnershipAnswers.partnershipId,
      partnershipVersion: partnershipAnswers.partnershipVersion,
      answer: partnershipAnswers.answer,
      comment: partnershipAnswers.comment,
      recordedAt: partnershipAnswers.recordedAt,
      publishedAt: partnershipAnswers.publishedAt,
    })
    .from(partnershipAnswers)
    .where(eq(partnershipAnswers.publicationState, published))
    .orderBy(asc(partnershipAnswers.recordedAt));
  const demo = await db.select().from(settings).where(eq(settings.key, SETTING_KEYS.demoDataLoadedAt));

  return {
    organisations: orgRows,
    membershipEvents: memberRows.map(publishedAtOf),
    signatureVersions: signatureRows.map(publishedAtOf),
    commitmentVersions: commitmentRows.map(publishedAtOf),
    statusUpdates: statusRows.map(publishedAtOf),
    targetDateChanges: targetRows.map(publishedAtOf),
    partnershipVersions: partnershipRows.map(publishedAtOf),
    partnershipAnswers: answerRows.map(publishedAtOf),
    demoData: demo.length > 0,
  };
}
