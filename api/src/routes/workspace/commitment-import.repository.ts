import { randomUUID } from "node:crypto";
import { getLondonToday } from "@ldd/shared/dates";
import { pickCommitmentContent } from "@ldd/shared/workspace";
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { commitments, commitmentVersions, statusUpdates, targetDateChanges } from "../../db/schema.ts";
import { nextTurn } from "../../lib/next-turn.ts";
import type { CommitmentImportPlan } from "./commitment-spreadsheet.ts";
import { statusValues } from "./commitments.repository.ts";
import { draft } from "./record-versions.ts";

/** Rows whose commitment changed since the spreadsheet was exported: the whole import rolls back. */
export class StaleImportRowsError extends Error {
  constructor(readonly rows: readonly number[]) {
    super(`rows ${rows.join(", ")} changed since they were exported`);
    this.name = "StaleImportRowsError";
  }
}

/** Rows per INSERT or UPDATE of an import: statements of bounded size (on PGlite each one holds the main thread). */
const IMPORT_ROWS_PER_STATEMENT = 50;

/** `items` in batches of IMPORT_ROWS_PER_STATEMENT, a turn of the event loop before each. */
async function inBatches<T>(items: readonly T[], write: (batch: T[]) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += IMPORT_ROWS_PER_STATEMENT) {
    await nextTurn();
    await write(items.slice(start, start + IMPORT_ROWS_PER_STATEMENT));
  }
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
  const today = getLondonToday();
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
      throw new StaleImportRowsError(stale.map((update) => update.row));
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
        ...pickCommitmentContent(content),
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
              reason: update.targetReason,
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
