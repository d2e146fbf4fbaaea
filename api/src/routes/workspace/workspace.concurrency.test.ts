import { ErrorBodySchema } from "@ldd/shared/errors";
import { WorkspaceCommitmentSchema } from "@ldd/shared/workspace";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../app.ts";
import { auditEntries, commitments, statusUpdates } from "../../db/schema.ts";
import { signInNewEditor } from "../../testing/editors.ts";
import { jsonRequest } from "../../testing/sign-in.ts";
import { createSeededApp, TEST_TODAY, testDatabaseKind } from "../../testing/test-database.ts";

/*
 * docs/quality.md, R2: no lost updates. 20 editors of one authority, each with a session of their own,
 * report statuses on one commitment at once. Each save names the version it was based on; a stale
 * one gets 409 with the current record, and the editor retries from that version. Every editor
 * makes 50 attempts (the target's 20 × 50), on PGlite (about 13 s) and on PostgreSQL.
 * Half the editors go through a second app on its own connection pool: a second API process
 * (on PGlite both share the one embedded database).
 */
const EDITORS = 20;
const ATTEMPTS_PER_EDITOR = 50;
const HACKNEY = "E09000012";

let seeded: Awaited<ReturnType<typeof createSeededApp>>;
beforeAll(async () => {
  seeded = await createSeededApp({ demoData: false });
});
afterAll(() => seeded.database.close());

describe("20 editors saving the same commitment at once", () => {
  it("lose no update: the version is 1 + the accepted writes, each with one row and one audit entry", async () => {
    const editors = await Promise.all(
      Array.from({ length: EDITORS }, (_, index) => signInNewEditor(seeded, HACKNEY, `racer${index}`)),
    );
    const first = editors[0] ?? "";
    const created = await seeded.app.request(
      `/api/workspace/${HACKNEY}/commitments`,
      jsonRequest(
        "POST",
        {
          title: "Raced",
          mission: "Many hands",
          impact: "No edit lost",
          principles: [4],
          lotiArea: null,
          committedOn: "2026-01-01",
          targetDate: "2027-01-01",
        },
        first,
      ),
    );
    expect(created.status).toBe(201);
    const commitment = WorkspaceCommitmentSchema.parse(await created.json());
    const path = `/api/workspace/${HACKNEY}/commitments/${commitment.id}/status-updates`;
    const secondProcess = createApp({
      database: await seeded.database.openAnother(),
      today: () => TEST_TODAY,
    });
    const apps = [seeded.app, secondProcess];

    const unexpected: number[] = [];
    const results = await Promise.all(
      editors.map(async (cookie, editor) => {
        let version = commitment.version;
        let accepted = 0;
        let conflicts = 0;
        for (let attempt = 0; attempt < ATTEMPTS_PER_EDITOR; attempt++) {
          const response = await (apps[editor % 2] ?? seeded.app).request(
            path,
            jsonRequest(
              "POST",
              {
                status: "in_progress",
                phase: null,
                effectiveDate: "2026-11-01",
                note: `editor ${editor}, attempt ${attempt}`,
                expectedVersion: version,
              },
              cookie,
            ),
          );
          if (response.status === 201) {
            accepted += 1;
            version = WorkspaceCommitmentSchema.parse(await response.json()).version;
          } else if (response.status === 409) {
            conflicts += 1;
            // Re-read the version from the record the conflict sent back, and try again.
            const current = WorkspaceCommitmentSchema.parse(
              ErrorBodySchema.parse(await response.json()).error.current,
            );
            version = current.version;
          } else {
            unexpected.push(response.status);
          }
        }
        return { accepted, conflicts };
      }),
    );

    const accepted = results.reduce((sum, r) => sum + r.accepted, 0);
    const conflicts = results.reduce((sum, r) => sum + r.conflicts, 0);
    console.info(
      `[R2 ${testDatabaseKind}] ${EDITORS} editors × ${ATTEMPTS_PER_EDITOR} attempts: ${accepted} accepted, ${conflicts} conflicts (409)`,
    );
    expect(unexpected).toEqual([]);
    expect(accepted + conflicts).toBe(EDITORS * ATTEMPTS_PER_EDITOR);
    expect(accepted).toBeGreaterThan(0);

    const db = seeded.database.handle.db;
    const [head] = await db
      .select({ version: commitments.version })
      .from(commitments)
      .where(eq(commitments.id, commitment.id));
    expect(head?.version).toBe(1 + accepted);
    const [rows] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(statusUpdates)
      .where(eq(statusUpdates.commitmentId, commitment.id));
    expect(rows?.n).toBe(accepted);
    const [audited] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditEntries)
      .where(eq(auditEntries.action, "report_status"));
    expect(audited?.n).toBe(accepted);
  }, 120_000);
});
