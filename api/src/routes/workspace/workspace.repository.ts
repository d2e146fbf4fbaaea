import type { Workspace } from "@ldd/shared/workspace";
import { eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import {
  commitments,
  commitmentVersions,
  partnerships,
  partnershipVersions,
  signatures,
  signatureVersions,
  statusUpdates,
  targetDateChanges,
} from "../../db/schema.ts";
import type { Authority } from "../../domain/authorities.ts";
import { loadCommitments } from "./commitments.repository.ts";
import { loadPartnerOrganisations, loadPartnerships } from "./partnerships.repository.ts";
import { loadSignature } from "./signature.repository.ts";

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
