/*
 * What every record an editor writes has in common: a head whose version moves on by one with each
 * save (compare-and-set, so a stale save is refused), draft rows, and the change it makes for its
 * audit entry (docs/decisions/003-bitemporal-append-only-records.md).
 */
import type { PublicationState } from "@ldd/shared/vocabulary";
import { and, eq, ne, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Database } from "../../db/client.ts";
import { commitments, type partnerships, type signatures } from "../../db/schema.ts";
import { RecordNotFoundError, StaleVersionError } from "../../lib/record-outcomes.ts";

/** The reviewer's comment is shown only while the change it was about stands returned. */
export const commentWhileReturned = (state: PublicationState, comment: string | null) =>
  state === "returned" ? comment : null;

export type Head = typeof signatures | typeof commitments | typeof partnerships;

/**
 * Moves a head's version on by one if, and only if, it still has the version the editor saw:
 * `UPDATE … SET version = version + 1 WHERE id = $id AND version = $expected RETURNING version`.
 * A record of another authority is reported as missing (404), never as forbidden.
 */
export async function bumpVersion(
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
  if (!exists) throw new RecordNotFoundError(recordType);
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

export const draft = { publicationState: "draft" as const, publishedAt: null };

/** Rows the editor has not withdrawn: a withdrawn change no longer stands for the record. */
export const standing = (table: { publicationState: AnyPgColumn }) => ne(table.publicationState, "withdrawn");

/** What a write changed, for its audit entry: the record and its content before and after. */
export interface RecordChange {
  recordType: "signature" | "commitment" | "status_update" | "target_date" | "partnership";
  recordId: string;
  before: unknown;
  after: unknown;
  reason?: string | null;
}
