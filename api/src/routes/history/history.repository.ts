import type { AuditEntry } from "@ldd/shared/history";
import type { RecordType } from "@ldd/shared/workspace";
import { and, desc, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import {
  accounts,
  auditEntries,
  commitments,
  partnerships,
  signatures,
  statusUpdates,
  targetDateChanges,
} from "../../db/schema.ts";
import { toIsoInstant } from "../../db/timestamps.ts";

/** Whether the record exists and belongs to the authority (otherwise it is "not found"). */
export async function recordBelongsTo(
  db: Database,
  authorityId: string,
  recordType: RecordType,
  id: string,
): Promise<boolean> {
  const ownCommitment = (
    commitmentId: typeof statusUpdates.commitmentId | typeof targetDateChanges.commitmentId,
  ) =>
    inArray(
      commitmentId,
      db.select({ id: commitments.id }).from(commitments).where(eq(commitments.authorityId, authorityId)),
    );
  let rows: { id: string }[];
  switch (recordType) {
    case "signature":
      rows = await db
        .select({ id: signatures.id })
        .from(signatures)
        .where(and(eq(signatures.id, id), eq(signatures.authorityId, authorityId)));
      break;
    case "commitment":
      rows = await db
        .select({ id: commitments.id })
        .from(commitments)
        .where(and(eq(commitments.id, id), eq(commitments.authorityId, authorityId)));
      break;
    case "partnership":
      rows = await db
        .select({ id: partnerships.id })
        .from(partnerships)
        .where(and(eq(partnerships.id, id), eq(partnerships.authorityId, authorityId)));
      break;
    case "status_update":
      rows = await db
        .select({ id: statusUpdates.id })
        .from(statusUpdates)
        .where(and(eq(statusUpdates.id, id), ownCommitment(statusUpdates.commitmentId)));
      break;
    case "target_date":
      rows = await db
        .select({ id: targetDateChanges.id })
        .from(targetDateChanges)
        .where(and(eq(targetDateChanges.id, id), ownCommitment(targetDateChanges.commitmentId)));
      break;
  }
  return rows.length > 0;
}

/**
 * The audit entries of a record, newest first. A commitment's include those of its status
 * updates and target-date changes; a record's include the submissions, reviews and imports
 * that named it (their `after.recordIds`).
 */
export async function listRecordHistory(
  db: Database,
  authorityId: string,
  recordType: RecordType,
  id: string,
): Promise<AuditEntry[]> {
  const conditions: (SQL | undefined)[] = [
    and(eq(auditEntries.recordType, recordType), eq(auditEntries.recordId, id)),
    and(
      eq(auditEntries.authorityId, authorityId),
      inArray(auditEntries.recordType, ["submission", "commitment_import"]),
      sql`${auditEntries.after} @> jsonb_build_object('recordIds', jsonb_build_array(${id}::text))`,
    ),
  ];
  if (recordType === "commitment") {
    conditions.push(
      and(
        eq(auditEntries.recordType, "status_update"),
        inArray(
          auditEntries.recordId,
          db
            .select({ id: sql<string>`${statusUpdates.id}::text` })
            .from(statusUpdates)
            .where(eq(statusUpdates.commitmentId, id)),
        ),
      ),
      and(
        eq(auditEntries.recordType, "target_date"),
        inArray(
          auditEntries.recordId,
          db
            .select({ id: sql<string>`${targetDateChanges.id}::text` })
            .from(targetDateChanges)
            .where(eq(targetDateChanges.commitmentId, id)),
        ),
      ),
    );
  }
  const rows = await db
    .select({ entry: auditEntries, actorName: accounts.displayName })
    .from(auditEntries)
    .leftJoin(accounts, eq(accounts.id, auditEntries.actorId))
    .where(or(...conditions))
    .orderBy(desc(auditEntries.at), desc(auditEntries.id));
  return rows.map(({ entry, actorName }) => ({
    id: entry.id,
    at: toIsoInstant(entry.at),
    actorName,
    actorRole: entry.actorRole,
    action: entry.action,
    recordType: entry.recordType,
    recordId: entry.recordId,
    before: entry.before,
    after: entry.after,
    reason: entry.reason,
  }));
}
