import type { PartnerChoice } from "@ldd/shared/partner-choice";
import { partnerNameKey } from "@ldd/shared/partner-identifiers";
import type { PartnerOrganisation } from "@ldd/shared/partnerships";
import type { PartnershipInput, WorkspacePartnership } from "@ldd/shared/workspace";
import { and, asc, desc, eq, inArray, isNull, ne, or, type SQL, sql } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { commitments, organisations, partnerships, partnershipVersions } from "../../db/schema.ts";
import { toPartnerOrganisation } from "../../domain/organisations.ts";
import { InvalidFieldError } from "../../lib/record-outcomes.ts";
import { bumpVersion, commentWhileReturned, draft, type RecordChange, standing } from "./record-versions.ts";

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
    .where(and(inArray(partnershipVersions.partnershipId, ids()), standing(partnershipVersions)))
    .orderBy(partnershipVersions.partnershipId, desc(partnershipVersions.version));
  const published = await db
    .selectDistinctOn([partnershipVersions.partnershipId], {
      content: partnershipVersions,
      partnerName: organisations.name,
    })
    .from(partnershipVersions)
    .innerJoin(organisations, eq(organisations.id, partnershipVersions.partnerId))
    .where(
      and(
        inArray(partnershipVersions.partnershipId, ids()),
        eq(partnershipVersions.publicationState, "published"),
      ),
    )
    .orderBy(partnershipVersions.partnershipId, desc(partnershipVersions.version));
  const contentById = new Map(latest.map((row) => [row.content.partnershipId, row]));
  const publishedById = new Map(published.map((row) => [row.content.partnershipId, row]));
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
        everPublished: publishedById.has(head.id),
        changeId: content.id,
        published: publicPartnership(publishedById.get(head.id)),
      },
    ];
  });
}

function publicPartnership(
  row: { content: typeof partnershipVersions.$inferSelect; partnerName: string } | undefined,
): WorkspacePartnership["published"] {
  if (!row || row.content.withdrawn) return null;
  const { startDate, endDate, purpose } = row.content;
  return { partnerName: row.partnerName, startDate, endDate, purpose };
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
export async function loadPartnerOrganisations(
  db: Database,
  authorityId: string,
): Promise<PartnerOrganisation[]> {
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

/**
 * A partner an editor proposes. The list has one entry per organisation: the same identifier, or
 * the same name once normalised, is refused with the entry to choose instead (or an authority's
 * name, which is chosen as an authority). A proposal another authority made that this one cannot
 * see yet is not named: it is reused, so the list still has one entry.
 */
async function resolveNewPartner(
  tx: Database,
  authorityId: string,
  choice: Extract<PartnerChoice, { kind: "new" }>,
): Promise<string> {
  const nameKey = partnerNameKey(choice.name);
  const sameIdentifier =
    choice.canonicalIdScheme && choice.canonicalId
      ? and(
          eq(organisations.canonicalIdScheme, choice.canonicalIdScheme),
          eq(organisations.canonicalId, choice.canonicalId),
        )
      : undefined;
  const candidates = await tx
    .select({
      id: organisations.id,
      kind: organisations.kind,
      name: organisations.name,
      nameKey: organisations.nameKey,
      canonicalId: organisations.canonicalId,
      proposedBy: organisations.proposedByAuthorityId,
    })
    .from(organisations)
    .where(
      or(
        and(eq(organisations.kind, "partner"), eq(organisations.nameKey, nameKey)),
        // Without an identifier, `and(kind, undefined)` would match every partner.
        sameIdentifier ? and(eq(organisations.kind, "partner"), sameIdentifier) : undefined,
        and(
          eq(organisations.kind, "authority"),
          sql`lower(${organisations.name}) = ${choice.name.toLowerCase()}`,
        ),
      ),
    );
  const authority = candidates.find((row) => row.kind === "authority");
  if (authority) {
    throw new InvalidFieldError(
      "json.partner.name",
      `${authority.name} is one of the authorities: choose it from the list instead`,
    );
  }
  const visible = (await loadPartnerOrganisations(tx, authorityId)).map((org) => org.id);
  for (const row of candidates) {
    if (!visible.includes(row.id)) continue;
    const byIdentifier = sameIdentifier !== undefined && row.canonicalId === choice.canonicalId;
    throw new InvalidFieldError(
      byIdentifier ? "json.partner.canonicalId" : "json.partner.name",
      byIdentifier
        ? `${row.name} is already on the list with this identifier: choose it from the list instead`
        : `${row.name} is already on the list: choose it from the list instead`,
    );
  }
  const hidden = candidates[0];
  if (hidden) return hidden.id;
  const [created] = await tx
    .insert(organisations)
    .values({
      kind: "partner",
      name: choice.name,
      nameKey,
      partnerType: choice.type,
      canonicalIdScheme: choice.canonicalIdScheme,
      canonicalId: choice.canonicalId,
      proposedByAuthorityId: authorityId,
    })
    .returning({ id: organisations.id });
  if (!created) throw new Error("insert returned no row");
  return created.id;
}

/** The organisation a partnership names; "new" adds a partner organisation. */
async function resolvePartner(tx: Database, authorityId: string, choice: PartnerChoice): Promise<string> {
  if (choice.kind === "new") return resolveNewPartner(tx, authorityId, choice);
  const where: SQL | undefined =
    choice.kind === "authority"
      ? and(eq(organisations.gss, choice.gss), eq(organisations.kind, "authority"))
      : and(eq(organisations.id, choice.organisationId), ne(organisations.kind, "programme"));
  const [org] = await tx.select({ id: organisations.id }).from(organisations).where(where);
  const path = choice.kind === "authority" ? "json.partner.gss" : "json.partner.organisationId";
  if (!org) throw new InvalidFieldError(path, "Choose a partner from the list");
  if (org.id === authorityId)
    throw new InvalidFieldError(path, "Choose a partner other than your own authority");
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
    throw new InvalidFieldError(`json.commitmentIds.${index}`, "Choose one of your authority’s commitments");
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
    throw new InvalidFieldError("json.expectedVersion", "A new partnership starts from version 0");
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
