import { randomUUID } from "node:crypto";
import type { PartnerOrganisation } from "@ldd/shared/partnerships";
import type { PartnerType, PublicationState } from "@ldd/shared/vocabulary";
import type {
  CommitmentInput,
  NewCommitmentInput,
  PartnerChoice,
  PartnershipInput,
  SignatureInput,
  StatusUpdateInput,
  TargetDateChangeInput,
  Workspace,
  WorkspaceCommitment,
  WorkspacePartnership,
  WorkspaceSignature,
} from "@ldd/shared/workspace";
import { and, asc, desc, eq, inArray, isNull, ne, or, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Database } from "../../db/client.ts";
import {
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
import { StaleVersionError } from "../../lib/conflict.ts";
import { ApiError } from "../../lib/errors.ts";
import { nextTurn } from "../../lib/next-turn.ts";
import { londonToday, toIsoInstant } from "../../public-data/dates.ts";
import { type CommitmentImportPlan, importRefused, TARGET_DATE_REASON } from "./commitment-spreadsheet.ts";

/*
 * The editor's view of one authority (drafts, submissions and returns included) and every write
 * an editor makes. Writes never overwrite a fact: they add a version or an event, and move the
 * head's `version` on with a compare-and-set so a save based on a stale version is refused
 * (docs/decisions/003-bitemporal-append-only-records.md).
 */

export interface Authority {
  id: string;
  gss: string;
  name: string;
}

export async function findAuthority(db: Database, gss: string): Promise<Authority | null> {
  const [row] = await db
    .select({ id: organisations.id, gss: organisations.gss, name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.gss, gss), eq(organisations.kind, "authority")));
  return row?.gss ? { id: row.id, gss: row.gss, name: row.name } : null;
}

/* ------------------------------------------------------------------ reading */

/** The reviewer's comment is shown only while the change it was about stands returned. */
const commentWhileReturned = (state: PublicationState, comment: string | null) =>
  state === "returned" ? comment : null;

export function toPartnerOrganisation(org: typeof organisations.$inferSelect): PartnerOrganisation {
  const isAuthority = org.kind === "authority";
  const type: PartnerType = isAuthority ? "other_council" : (org.partnerType ?? "public_body");
  return {
    id: org.id,
    name: org.name,
    type,
    canonicalIdScheme: isAuthority ? "gss" : org.canonicalIdScheme,
    canonicalId: isAuthority ? org.gss : org.canonicalId,
  };
}

export async function loadSignature(db: Database, authorityId: string): Promise<WorkspaceSignature | null> {
  const [row] = await db
    .select({ head: signatures, content: signatureVersions })
    .from(signatures)
    .innerJoin(signatureVersions, eq(signatureVersions.signatureId, signatures.id))
    .where(eq(signatures.authorityId, authorityId))
    .orderBy(desc(signatureVersions.version))
    .limit(1);
  if (!row || row.content.withdrawn) return null;
  return {
    id: row.head.id,
    version: row.head.version,
    state: row.content.publicationState,
    reviewComment: commentWhileReturned(row.content.publicationState, row.content.reviewComment),
    signedOn: row.content.signedOn,
    approverName: row.content.approverName,
    approverRole: row.content.approverRole,
    commitmentUrl: row.content.commitmentUrl,
  };
}

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
  // cap) and on PGlite each query holds the main thread (QUALITY R12).
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
    .where(inArray(commitmentVersions.commitmentId, ids()))
    .orderBy(commitmentVersions.commitmentId, desc(commitmentVersions.version));
  await nextTurn();
  const published = await db
    .selectDistinct({ id: commitmentVersions.commitmentId })
    .from(commitmentVersions)
    .where(
      and(
        inArray(commitmentVersions.commitmentId, ids()),
        eq(commitmentVersions.publicationState, "published"),
      ),
    );
  await nextTurn();
  const statuses = await db
    .select()
    .from(statusUpdates)
    .where(and(inArray(statusUpdates.commitmentId, ids()), eq(statusUpdates.withdrawn, false)))
    .orderBy(asc(statusUpdates.effectiveDate), asc(statusUpdates.recordedAt), asc(statusUpdates.id));
  await nextTurn();
  const targets = await db
    .select()
    .from(targetDateChanges)
    .where(and(inArray(targetDateChanges.commitmentId, ids()), eq(targetDateChanges.withdrawn, false)))
    .orderBy(
      asc(targetDateChanges.effectiveDate),
      asc(targetDateChanges.recordedAt),
      asc(targetDateChanges.id),
    );

  const contentById = new Map(latest.map((row) => [row.commitmentId, row]));
  const everPublished = new Set(published.map((row) => row.id));
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
        title: content.title,
        partners: content.partners,
        mission: content.mission,
        impact: content.impact,
        principles: content.principles,
        lotiArea: content.lotiArea,
        committedOn: content.committedOn,
        everPublished: everPublished.has(head.id),
        status: currentStatus?.status ?? "not_yet_reported",
        phase: currentStatus?.phase ?? null,
        targetDate: targetDateHistory.at(-1)?.targetDate ?? null,
        statusHistory,
        targetDateHistory,
      },
    ];
  });
}

export async function loadCommitment(
  db: Database,
  authorityId: string,
  id: string,
): Promise<WorkspaceCommitment | null> {
  const [commitment] = await loadCommitments(db, authorityId, id);
  return commitment ?? null;
}

export async function loadPartnerships(
  db: Database,
  authorityId: string,
  onlyId?: string,
): Promise<WorkspacePartnership[]> {
  const headFilter = onlyId
    ? and(eq(partnerships.authorityId, authorityId), eq(partnerships.id, onlyId))
    : eq(partnerships.authorityId, authorityId);
  const ids = () => db.select({ id: partnerships.id }).from(partnerships).where(headFilter);
  const heads = await db
    .select()
    .from(partnerships)
    .where(headFilter)
    .orderBy(asc(partnerships.createdAt), asc(partnerships.id));
  if (heads.length === 0) return [];
  const latest = await db
    .selectDistinctOn([partnershipVersions.partnershipId], {
      content: partnershipVersions,
      partner: organisations,
    })
    .from(partnershipVersions)
    .innerJoin(organisations, eq(organisations.id, partnershipVersions.partnerId))
    .where(inArray(partnershipVersions.partnershipId, ids()))
    .orderBy(partnershipVersions.partnershipId, desc(partnershipVersions.version));
  const published = await db
    .selectDistinct({ id: partnershipVersions.partnershipId })
    .from(partnershipVersions)
    .where(
      and(
        inArray(partnershipVersions.partnershipId, ids()),
        eq(partnershipVersions.publicationState, "published"),
      ),
    );
  const contentById = new Map(latest.map((row) => [row.content.partnershipId, row]));
  const everPublished = new Set(published.map((row) => row.id));
  return heads.flatMap((head) => {
    const found = contentById.get(head.id);
    if (!found || found.content.withdrawn) return [];
    const { content, partner } = found;
    return [
      {
        id: head.id,
        version: head.version,
        state: content.publicationState,
        reviewComment: commentWhileReturned(content.publicationState, content.reviewComment),
        partner: toPartnerOrganisation(partner),
        startDate: content.startDate,
        endDate: content.endDate,
        purpose: content.purpose,
        commitmentIds: content.commitmentIds,
        everPublished: everPublished.has(head.id),
      },
    ];
  });
}

export async function loadPartnership(
  db: Database,
  authorityId: string,
  id: string,
): Promise<WorkspacePartnership | null> {
  const [partnership] = await loadPartnerships(db, authorityId, id);
  return partnership ?? null;
}

/**
 * Organisations a partnership can name: every authority but this one, and the partners this
 * authority may know of. A partner another authority proposed stays that authority's own until a
 * partnership naming it is published: a draft or returned proposal never shows elsewhere.
 */
async function loadPartnerOrganisations(db: Database, authorityId: string): Promise<PartnerOrganisation[]> {
  const publishedPartner = db
    .select({ id: partnershipVersions.partnerId })
    .from(partnershipVersions)
    .where(eq(partnershipVersions.publicationState, "published"));
  const ownPartner = db
    .select({ id: partnershipVersions.partnerId })
    .from(partnershipVersions)
    .innerJoin(partnerships, eq(partnerships.id, partnershipVersions.partnershipId))
    .where(eq(partnerships.authorityId, authorityId));
  const rows = await db
    .select()
    .from(organisations)
    .where(
      or(
        and(
          eq(organisations.kind, "partner"),
          or(
            isNull(organisations.proposedByAuthorityId),
            eq(organisations.proposedByAuthorityId, authorityId),
            inArray(organisations.id, publishedPartner),
            inArray(organisations.id, ownPartner),
          ),
        ),
        and(eq(organisations.kind, "authority"), ne(organisations.id, authorityId)),
      ),
    )
    .orderBy(asc(organisations.name));
  return rows.map(toPartnerOrganisation);
}

/** Rows of the authority in each table of facts, counted by publication state. */
async function countByState(db: Database, authorityId: string) {
  const count = sql<number>`count(*)::int`;
  const commitmentIds = db
    .select({ id: commitments.id })
    .from(commitments)
    .where(eq(commitments.authorityId, authorityId));
  const groups = [
    await db
      .select({ state: signatureVersions.publicationState, count })
      .from(signatureVersions)
      .innerJoin(signatures, eq(signatures.id, signatureVersions.signatureId))
      .where(eq(signatures.authorityId, authorityId))
      .groupBy(signatureVersions.publicationState),
    await db
      .select({ state: commitmentVersions.publicationState, count })
      .from(commitmentVersions)
      .where(inArray(commitmentVersions.commitmentId, commitmentIds))
      .groupBy(commitmentVersions.publicationState),
    await db
      .select({ state: statusUpdates.publicationState, count })
      .from(statusUpdates)
      .where(inArray(statusUpdates.commitmentId, commitmentIds))
      .groupBy(statusUpdates.publicationState),
    await db
      .select({ state: targetDateChanges.publicationState, count })
      .from(targetDateChanges)
      .where(inArray(targetDateChanges.commitmentId, commitmentIds))
      .groupBy(targetDateChanges.publicationState),
    await db
      .select({ state: partnershipVersions.publicationState, count })
      .from(partnershipVersions)
      .innerJoin(partnerships, eq(partnerships.id, partnershipVersions.partnershipId))
      .where(eq(partnerships.authorityId, authorityId))
      .groupBy(partnershipVersions.publicationState),
  ];
  const totals = { drafts: 0, submitted: 0, returned: 0 };
  for (const row of groups.flat()) {
    if (row.state === "draft") totals.drafts += row.count;
    else if (row.state === "submitted") totals.submitted += row.count;
    else if (row.state === "returned") totals.returned += row.count;
  }
  return totals;
}

export async function loadWorkspace(db: Database, authority: Authority): Promise<Workspace> {
  return {
    authority: { gss: authority.gss, name: authority.name },
    signature: await loadSignature(db, authority.id),
    commitments: await loadCommitments(db, authority.id),
    partnerships: await loadPartnerships(db, authority.id),
    partnerOrganisations: await loadPartnerOrganisations(db, authority.id),
    pending: await countByState(db, authority.id),
  };
}

/* ------------------------------------------------------------------ compare-and-set */

type Head = typeof signatures | typeof commitments | typeof partnerships;

/**
 * Moves a head's version on by one if, and only if, it still has the version the editor saw:
 * `UPDATE … SET version = version + 1 WHERE id = $id AND version = $expected RETURNING version`.
 * A record of another authority is reported as missing (404), never as forbidden.
 */
async function bumpVersion(
  tx: Database,
  head: Head,
  recordType: "signature" | "commitment" | "partnership",
  id: string,
  authorityId: string,
  expectedVersion: number,
): Promise<number> {
  const mine = and(eq(head.id, id), eq(head.authorityId, authorityId));
  const [row] = await tx
    .update(head)
    .set({ version: sql`${head.version} + 1` })
    .where(and(mine, eq(head.version, expectedVersion)))
    .returning({ version: head.version });
  if (row) return row.version;
  const [exists] = await tx.select({ id: head.id }).from(head).where(mine);
  if (!exists) throw new ApiError(404, "not_found", `This authority has no ${recordType} with this id`);
  throw new StaleVersionError(recordType, id);
}

/** Locks the commitment and checks its version: for a write that moves it on by one. */
export function bumpCommitmentVersion(
  tx: Database,
  authorityId: string,
  id: string,
  expectedVersion: number,
) {
  return bumpVersion(tx, commitments, "commitment", id, authorityId, expectedVersion);
}

/* ------------------------------------------------------------------ writes */

const draft = { publicationState: "draft" as const, publishedAt: null };

/** What a write changed, for its audit entry: the record and its content before and after. */
export interface RecordChange {
  recordType: "signature" | "commitment" | "status_update" | "target_date" | "partnership";
  recordId: string;
  before: unknown;
  after: unknown;
  reason?: string | null;
}

export async function saveSignature(
  tx: Database,
  authorityId: string,
  input: SignatureInput,
  actorId: string,
): Promise<RecordChange & { created: boolean }> {
  let signatureId: string;
  let version: number;
  if (input.expectedVersion === 0) {
    // Two first saves racing: the unique authority_id lets one in; the other is stale.
    const [head] = await tx
      .insert(signatures)
      .values({ authorityId })
      .onConflictDoNothing({ target: signatures.authorityId })
      .returning({ id: signatures.id, version: signatures.version });
    if (!head) throw new StaleVersionError("signature", authorityId);
    signatureId = head.id;
    version = head.version;
  } else {
    const [head] = await tx
      .select({ id: signatures.id })
      .from(signatures)
      .where(eq(signatures.authorityId, authorityId));
    if (!head) throw new StaleVersionError("signature", authorityId);
    signatureId = head.id;
    version = await bumpVersion(tx, signatures, "signature", head.id, authorityId, input.expectedVersion);
  }
  const before = await loadSignature(tx, authorityId);
  const { expectedVersion: _expectedVersion, ...after } = input;
  await tx
    .insert(signatureVersions)
    .values({ signatureId, version, ...after, recordedBy: actorId, ...draft });
  return {
    created: input.expectedVersion === 0,
    recordType: "signature",
    recordId: signatureId,
    before: before && {
      signedOn: before.signedOn,
      approverName: before.approverName,
      approverRole: before.approverRole,
      commitmentUrl: before.commitmentUrl,
    },
    after,
  };
}

export async function findSignatureId(db: Database, authorityId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: signatures.id })
    .from(signatures)
    .where(eq(signatures.authorityId, authorityId));
  return row?.id ?? null;
}

type CommitmentContent = Omit<CommitmentInput, "expectedVersion">;

function commitmentContent(input: CommitmentContent) {
  return {
    title: input.title,
    partners: input.partners,
    mission: input.mission,
    impact: input.impact,
    principles: input.principles,
    lotiArea: input.lotiArea,
    committedOn: input.committedOn,
  };
}

async function latestCommitmentContent(tx: Database, commitmentId: string) {
  const [row] = await tx
    .select()
    .from(commitmentVersions)
    .where(eq(commitmentVersions.commitmentId, commitmentId))
    .orderBy(desc(commitmentVersions.version))
    .limit(1);
  return row ? commitmentContent(row) : null;
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
    .values({ commitmentId, version, ...commitmentContent(input), recordedBy: actorId, ...draft });
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
    after: { ...commitmentContent(input), targetDate: input.targetDate },
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
  return { recordType: "commitment", recordId: id, before, after: commitmentContent(input) };
}

type StatusReport = Omit<StatusUpdateInput, "expectedVersion">;

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
    .where(and(eq(statusUpdates.commitmentId, commitmentId), eq(statusUpdates.withdrawn, false)))
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
  return insertStatusUpdate(tx, commitmentId, input, actorId);
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
    .where(and(eq(targetDateChanges.commitmentId, commitmentId), eq(targetDateChanges.withdrawn, false)))
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
  return insertTargetDate(tx, commitmentId, input, londonToday(), actorId);
}

function invalidPartnership(path: string, message: string): ApiError {
  return new ApiError(400, "invalid_request", `Check ${path}`, { issues: [{ path, message }] });
}

/** The organisation a partnership names; "new" adds a partner organisation. */
async function resolvePartner(tx: Database, authorityId: string, choice: PartnerChoice): Promise<string> {
  if (choice.kind === "new") {
    const [existing] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(
        and(
          eq(organisations.kind, "partner"),
          sql`lower(${organisations.name}) = lower(${choice.name})`,
          eq(organisations.partnerType, choice.type),
        ),
      );
    if (existing) return existing.id;
    const [created] = await tx
      .insert(organisations)
      .values({
        kind: "partner",
        name: choice.name,
        partnerType: choice.type,
        proposedByAuthorityId: authorityId,
      })
      .returning({ id: organisations.id });
    if (!created) throw new Error("insert returned no row");
    return created.id;
  }
  const where: SQL | undefined =
    choice.kind === "authority"
      ? and(eq(organisations.gss, choice.gss), eq(organisations.kind, "authority"))
      : and(eq(organisations.id, choice.organisationId), ne(organisations.kind, "programme"));
  const [org] = await tx.select({ id: organisations.id }).from(organisations).where(where);
  const path = choice.kind === "authority" ? "json.partner.gss" : "json.partner.organisationId";
  if (!org) throw invalidPartnership(path, "Choose a partner from the list");
  if (org.id === authorityId)
    throw invalidPartnership(path, "Choose a partner other than your own authority");
  return org.id;
}

async function checkOwnCommitments(tx: Database, authorityId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const rows = await tx
    .select({ id: commitments.id })
    .from(commitments)
    .where(and(eq(commitments.authorityId, authorityId), inArray(commitments.id, ids)));
  const own = new Set(rows.map((row) => row.id));
  const index = ids.findIndex((id) => !own.has(id));
  if (index >= 0) {
    throw invalidPartnership(`json.commitmentIds.${index}`, "Choose one of your authority’s commitments");
  }
}

async function insertPartnershipVersion(
  tx: Database,
  authorityId: string,
  partnershipId: string,
  version: number,
  input: PartnershipInput,
  actorId: string,
): Promise<RecordChange> {
  await checkOwnCommitments(tx, authorityId, input.commitmentIds);
  const partnerId = await resolvePartner(tx, authorityId, input.partner);
  const [previous] = await tx
    .select({
      partnerId: partnershipVersions.partnerId,
      startDate: partnershipVersions.startDate,
      endDate: partnershipVersions.endDate,
      purpose: partnershipVersions.purpose,
      commitmentIds: partnershipVersions.commitmentIds,
    })
    .from(partnershipVersions)
    .where(eq(partnershipVersions.partnershipId, partnershipId))
    .orderBy(desc(partnershipVersions.version))
    .limit(1);
  const after = {
    partnerId,
    startDate: input.startDate,
    endDate: input.endDate,
    purpose: input.purpose,
    commitmentIds: [...new Set(input.commitmentIds)],
  };
  await tx
    .insert(partnershipVersions)
    .values({ partnershipId, version, ...after, recordedBy: actorId, ...draft });
  return { recordType: "partnership", recordId: partnershipId, before: previous ?? null, after };
}

export async function createPartnership(
  tx: Database,
  authorityId: string,
  input: PartnershipInput,
  actorId: string,
): Promise<RecordChange> {
  if (input.expectedVersion !== 0) {
    throw invalidPartnership("json.expectedVersion", "A new partnership starts from version 0");
  }
  const [head] = await tx.insert(partnerships).values({ authorityId }).returning({ id: partnerships.id });
  if (!head) throw new Error("insert returned no row");
  return insertPartnershipVersion(tx, authorityId, head.id, 1, input, actorId);
}

export async function savePartnershipVersion(
  tx: Database,
  authorityId: string,
  id: string,
  input: PartnershipInput,
  actorId: string,
): Promise<RecordChange> {
  const version = await bumpVersion(tx, partnerships, "partnership", id, authorityId, input.expectedVersion);
  return insertPartnershipVersion(tx, authorityId, id, version, input, actorId);
}

/* ------------------------------------------------------------------ publication state */

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

/* ------------------------------------------------------------------ spreadsheet import */

/** Rows per INSERT or UPDATE of an import: statements of bounded size (on PGlite each one holds the main thread). */
const IMPORT_ROWS_PER_STATEMENT = 50;

/** `items` in batches of IMPORT_ROWS_PER_STATEMENT, a turn of the event loop before each. */
async function inBatches<T>(items: readonly T[], write: (batch: T[]) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += IMPORT_ROWS_PER_STATEMENT) {
    await nextTurn();
    await write(items.slice(start, start + IMPORT_ROWS_PER_STATEMENT));
  }
}

function statusValues(commitmentId: string, input: StatusReport, actorId: string) {
  return {
    commitmentId,
    status: input.status,
    phase: input.phase,
    effectiveDate: input.effectiveDate,
    note: input.note === "" ? null : input.note,
    evidenceUrls: input.evidenceUrl === "" ? [] : [input.evidenceUrl],
    recordedBy: actorId,
    ...draft,
  };
}

/**
 * Writes a checked import plan with a few multi-row statements rather than several per row
 * (10,000 rows one by one held PGlite, and so the process, for 28 s). Every changed commitment's
 * version moves on with one compare-and-set per batch, `UPDATE … WHERE (id, version) IN (…)`; a
 * row whose commitment changed meanwhile fails the whole import, naming the row.
 */
export async function applyCommitmentImport(
  tx: Database,
  authorityId: string,
  plan: CommitmentImportPlan,
  actorId: string,
): Promise<string[]> {
  const today = londonToday();
  const newVersions = new Map<string, number>();
  await inBatches(plan.updates, async (batch) => {
    const expected = batch.map((update) => sql`(${update.id}::uuid, ${update.expectedVersion}::integer)`);
    const moved = await tx
      .update(commitments)
      .set({ version: sql`${commitments.version} + 1` })
      .where(
        and(
          eq(commitments.authorityId, authorityId),
          sql`(${commitments.id}, ${commitments.version}) in (${sql.join(expected, sql`, `)})`,
        ),
      )
      .returning({ id: commitments.id, version: commitments.version });
    for (const row of moved) newVersions.set(row.id, row.version);
    const stale = batch.filter((update) => !newVersions.has(update.id));
    if (stale.length > 0) {
      throw importRefused(
        stale.map((update) => ({
          path: `rows.${update.row}.version`,
          message: "This commitment changed since you exported it: export again and redo this row",
        })),
      );
    }
  });
  const versionOf = (id: string) => {
    const version = newVersions.get(id);
    if (version === undefined) throw new Error(`no new version for commitment ${id}`);
    return version;
  };

  const creates = plan.creates.map((create) => ({ ...create, id: randomUUID() }));
  await inBatches(creates, async (batch) => {
    await tx.insert(commitments).values(batch.map((create) => ({ id: create.id, authorityId })));
  });

  const contents = [
    ...creates.map((create) => ({ commitmentId: create.id, version: 1, content: create.input })),
    ...plan.updates.flatMap((update) =>
      update.content
        ? [{ commitmentId: update.id, version: versionOf(update.id), content: update.content }]
        : [],
    ),
  ];
  await inBatches(contents, async (batch) => {
    await tx.insert(commitmentVersions).values(
      batch.map(({ commitmentId, version, content }) => ({
        commitmentId,
        version,
        ...commitmentContent(content),
        recordedBy: actorId,
        ...draft,
      })),
    );
  });

  // A new commitment's original target date (no reason); a changed one is re-baselined today.
  const targets = [
    ...creates.map((create) => ({
      commitmentId: create.id,
      targetDate: create.input.targetDate,
      reason: null,
      effectiveDate: create.input.committedOn,
    })),
    ...plan.updates.flatMap((update) =>
      update.targetDate
        ? [
            {
              commitmentId: update.id,
              targetDate: update.targetDate,
              reason: TARGET_DATE_REASON,
              effectiveDate: today,
            },
          ]
        : [],
    ),
  ];
  await inBatches(targets, async (batch) => {
    await tx
      .insert(targetDateChanges)
      .values(batch.map((target) => ({ ...target, recordedBy: actorId, ...draft })));
  });

  const statuses = [
    ...creates.flatMap((create) => (create.status ? [statusValues(create.id, create.status, actorId)] : [])),
    ...plan.updates.flatMap((update) =>
      update.status ? [statusValues(update.id, update.status, actorId)] : [],
    ),
  ];
  await inBatches(statuses, async (batch) => {
    await tx.insert(statusUpdates).values(batch);
  });

  return [...creates.map((create) => create.id), ...plan.updates.map((update) => update.id)];
}
