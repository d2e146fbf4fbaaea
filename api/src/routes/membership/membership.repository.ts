import type { RecordedMembershipEvent } from "@ldd/shared/membership";
import type { MembershipEventKind } from "@ldd/shared/vocabulary";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { accounts, membershipEvents, organisations } from "../../db/schema.ts";
import { toIsoInstant } from "../../db/timestamps.ts";

const PROGRAMME_KIND = "programme";

export interface MembershipRow extends RecordedMembershipEvent {
  supersedesId: string | null;
  withdrawn: boolean;
}

/** Every membership row of an authority, withdrawals included, oldest recorded first. */
async function listRows(db: Database, authorityId: string): Promise<MembershipRow[]> {
  const rows = await db
    .select({
      id: membershipEvents.id,
      kind: membershipEvents.kind,
      effectiveDate: membershipEvents.effectiveDate,
      reason: membershipEvents.reason,
      recordedAt: membershipEvents.recordedAt,
      recordedBy: accounts.displayName,
      supersedesId: membershipEvents.supersedesId,
      withdrawn: membershipEvents.withdrawn,
    })
    .from(membershipEvents)
    .leftJoin(accounts, eq(accounts.id, membershipEvents.recordedBy))
    .where(
      and(
        eq(membershipEvents.organisationId, authorityId),
        eq(membershipEvents.publicationState, "published"),
      ),
    )
    .orderBy(asc(membershipEvents.recordedAt), asc(membershipEvents.id));
  return rows.map((row) => ({
    ...row,
    recordedAt: toIsoInstant(row.recordedAt),
    recordedBy: row.recordedBy,
  }));
}

/** The events that stand (neither withdrawn nor superseded), in effective order, ties by recording. */
export function standing(rows: readonly MembershipRow[]): MembershipRow[] {
  const superseded = new Set(rows.flatMap((row) => (row.supersedesId ? [row.supersedesId] : [])));
  return rows
    .filter((row) => !row.withdrawn && !superseded.has(row.id))
    .sort(
      (a, b) => a.effectiveDate.localeCompare(b.effectiveDate) || a.recordedAt.localeCompare(b.recordedAt),
    );
}

/** An authority's membership: its standing events and its version (every row ever recorded). */
export async function readMembership(db: Database, authorityId: string) {
  const rows = await listRows(db, authorityId);
  return { version: rows.length, events: standing(rows), rows };
}

/**
 * Holds the authority's row until the transaction ends, so two administrators recording its
 * membership at once take turns: the second sees the first's event and its version.
 */
export async function lockAuthority(tx: Database, authorityId: string): Promise<void> {
  await tx.execute(
    sql`select id from ${organisations} where ${organisations.id} = ${authorityId} for update`,
  );
}

async function programmeId(tx: Database): Promise<string> {
  const [programme] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.kind, PROGRAMME_KIND));
  if (!programme) throw new Error("The programme is missing from the reference data");
  return programme.id;
}

/** Appends a published event: administrators record membership, which needs no review. */
export async function insertMembershipEvent(
  tx: Database,
  input: {
    authorityId: string;
    kind: MembershipEventKind;
    effectiveDate: string;
    reason: string;
    recordedBy: string;
    supersedesId?: string;
    withdrawn?: boolean;
  },
): Promise<string> {
  const now = new Date().toISOString();
  const [row] = await tx
    .insert(membershipEvents)
    .values({
      organisationId: input.authorityId,
      programmeId: await programmeId(tx),
      kind: input.kind,
      effectiveDate: input.effectiveDate,
      reason: input.reason,
      supersedesId: input.supersedesId ?? null,
      withdrawn: input.withdrawn ?? false,
      recordedAt: now,
      recordedBy: input.recordedBy,
      publicationState: "published",
      publishedAt: now,
    })
    .returning({ id: membershipEvents.id });
  if (!row) throw new Error("The membership event was not recorded");
  return row.id;
}
