import type { HistoryVersion } from "@ldd/shared/history";
import type { RecordType } from "@ldd/shared/workspace";
import { asc, desc, eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import {
  accounts,
  commitmentVersions,
  organisations,
  partnershipVersions,
  signatureVersions,
  statusUpdates,
  targetDateChanges,
} from "../../db/schema.ts";
import {
  describeContentVersions,
  describePartnershipVersions,
  describeSignatureVersions,
  describeStatusEvents,
  describeTargetEvents,
  newestFirst,
} from "../../domain/version-history.ts";

/**
 * The versions and events of one record, read from the records themselves (so demo, imported and
 * hand-entered records all have a history), described newest first. A status update's or target
 * date's history is its commitment's events of that kind.
 */
export async function listRecordVersions(
  db: Database,
  recordType: RecordType,
  id: string,
): Promise<HistoryVersion[]> {
  const names = new Map<string, string>();
  const nameOf = (accountId: string | null) =>
    accountId ? (names.get(accountId) ?? "A former account") : null;
  const loadNames = async (ids: (string | null)[]) => {
    const wanted = [...new Set(ids.filter((value): value is string => value !== null))];
    if (wanted.length === 0) return;
    const rows = await db
      .select({ id: accounts.id, name: accounts.displayName })
      .from(accounts)
      .where(inArray(accounts.id, wanted));
    for (const row of rows) names.set(row.id, row.name);
  };
  const common = (row: {
    id: string;
    recordedAt: string;
    recordedBy: string | null;
    publicationState: HistoryVersion["state"];
    publishedAt: string | null;
  }) => ({
    id: row.id,
    recordedAt: row.recordedAt,
    recordedBy: nameOf(row.recordedBy),
    state: row.publicationState,
    publishedAt: row.publishedAt,
  });

  switch (recordType) {
    case "signature": {
      const rows = await db
        .select()
        .from(signatureVersions)
        .where(eq(signatureVersions.signatureId, id))
        .orderBy(asc(signatureVersions.version));
      await loadNames(rows.map((row) => row.recordedBy));
      return newestFirst(describeSignatureVersions(rows.map((row) => ({ ...row, ...common(row) }))));
    }
    case "partnership": {
      const rows = await db
        .select({ row: partnershipVersions, partnerName: organisations.name })
        .from(partnershipVersions)
        .innerJoin(organisations, eq(organisations.id, partnershipVersions.partnerId))
        .where(eq(partnershipVersions.partnershipId, id))
        .orderBy(asc(partnershipVersions.version));
      await loadNames(rows.map(({ row }) => row.recordedBy));
      const titles = await commitmentTitles(db, [...new Set(rows.flatMap(({ row }) => row.commitmentIds))]);
      return newestFirst(
        describePartnershipVersions(
          rows.map(({ row, partnerName }) => ({
            ...row,
            ...common(row),
            partnerName,
            commitmentTitles: row.commitmentIds.map(
              (commitmentId) => titles.get(commitmentId) ?? commitmentId,
            ),
          })),
        ),
      );
    }
    case "commitment":
    case "status_update":
    case "target_date": {
      const commitmentId = recordType === "commitment" ? id : await commitmentOf(db, recordType, id);
      if (!commitmentId) return [];
      const contents =
        recordType === "commitment"
          ? await db
              .select()
              .from(commitmentVersions)
              .where(eq(commitmentVersions.commitmentId, commitmentId))
              .orderBy(asc(commitmentVersions.version))
          : [];
      const statuses =
        recordType === "target_date"
          ? []
          : await db
              .select()
              .from(statusUpdates)
              .where(eq(statusUpdates.commitmentId, commitmentId))
              .orderBy(
                asc(statusUpdates.effectiveDate),
                asc(statusUpdates.recordedAt),
                asc(statusUpdates.id),
              );
      const targets =
        recordType === "status_update"
          ? []
          : await db
              .select()
              .from(targetDateChanges)
              .where(eq(targetDateChanges.commitmentId, commitmentId))
              .orderBy(
                asc(targetDateChanges.effectiveDate),
                asc(targetDateChanges.recordedAt),
                asc(targetDateChanges.id),
              );
      await loadNames([...contents, ...statuses, ...targets].map((row) => row.recordedBy));
      return newestFirst([
        ...describeContentVersions(
          contents.map((row) => ({ ...common(row), version: row.version, content: row })),
        ),
        ...describeStatusEvents(
          statuses.map((row) => ({
            ...row,
            ...common(row),
            evidenceChecked: row.evidenceCheckedAt !== null,
          })),
        ),
        ...describeTargetEvents(targets.map((row) => ({ ...row, ...common(row) }))),
      ]);
    }
  }
}

async function commitmentOf(db: Database, recordType: "status_update" | "target_date", id: string) {
  const table = recordType === "status_update" ? statusUpdates : targetDateChanges;
  const [row] = await db.select({ commitmentId: table.commitmentId }).from(table).where(eq(table.id, id));
  return row?.commitmentId ?? null;
}

async function commitmentTitles(db: Database, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([commitmentVersions.commitmentId], {
      id: commitmentVersions.commitmentId,
      title: commitmentVersions.title,
    })
    .from(commitmentVersions)
    .where(inArray(commitmentVersions.commitmentId, ids))
    .orderBy(commitmentVersions.commitmentId, desc(commitmentVersions.version));
  return new Map(rows.map((row) => [row.id, row.title]));
}
