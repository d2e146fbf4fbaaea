import { CommitmentImportResultSchema, MAX_IMPORT_ROWS } from "@ldd/shared/commitment-spreadsheet";
import { ErrorBodySchema } from "@ldd/shared/errors";
import { CommitmentInputSchema, NewCommitmentInputSchema } from "@ldd/shared/workspace";
import { describe, expect, it } from "vitest";
import { runWrite } from "../../db/client.ts";
import { findAccountByEmail } from "../../domain/accounts.ts";
import { findAuthority } from "../../domain/authorities.ts";
import { signInNewEditor } from "../../testing/editors.ts";
import {
  addCommitment,
  countAudit,
  exportCsv,
  get,
  HACKNEY,
  hackney,
  importCsv,
  newCommitment,
  newRows,
  readWorkspace,
  rowsOf,
  seeded,
  setUpWorkspaceTests,
  toCsv,
} from "../../testing/workspace-context.ts";
import { applyCommitmentImport } from "./commitment-import.repository.ts";
import type { CommitmentImportPlan } from "./commitment-spreadsheet.ts";

setUpWorkspaceTests();

describe("the commitments spreadsheet's limits", () => {
  it(`refuses a file of more than ${MAX_IMPORT_ROWS} commitments with 422 naming the limit, writing nothing`, async () => {
    const auditBefore = await countAudit();
    for (const count of [MAX_IMPORT_ROWS + 1, 10_000]) {
      // Short cells, so that even 10,000 rows stay under the 1 MB a file may have.
      const rows = newRows(count, "Too many").map((row) => ({ ...row, mission: "M", impact: "I" }));
      const response = await importCsv(hackney, HACKNEY, toCsv(rows));
      expect(response.status).toBe(422);
      const body = ErrorBodySchema.parse(await response.json());
      expect(body.error.message).toContain(`${MAX_IMPORT_ROWS}`);
      expect(body.error.issues).toEqual([
        {
          path: "rows",
          message: `The file has more than ${MAX_IMPORT_ROWS} rows of commitments: import at most ${MAX_IMPORT_ROWS} at a time`,
        },
      ]);
    }
    expect(await countAudit()).toBe(auditBefore);
    const titles = (await readWorkspace(hackney)).commitments.map((c) => c.title);
    expect(titles.some((title) => title.startsWith("Too many"))).toBe(false);
    const document = (await (await get("/api/openapi.json")).json()) as {
      paths: Record<string, { post?: { description?: string } }>;
    };
    expect(document.paths["/api/workspace/{gss}/commitments/import"]?.post?.description).toContain(
      `At most ${MAX_IMPORT_ROWS} rows`,
    );
  });

  it(`imports ${MAX_IMPORT_ROWS} rows, new and changed, in one go with one audit entry`, async () => {
    const gss = "E09000002";
    const editor = await signInNewEditor(seeded, gss, "bulk");
    const half = MAX_IMPORT_ROWS / 2;
    const existing = (await readWorkspace(editor, gss)).commitments.length;
    const first = await importCsv(editor, gss, toCsv(newRows(half - existing, "First batch", true)));
    expect(first.status).toBe(200);
    const exported = rowsOf(await exportCsv(editor, gss));
    expect(exported).toHaveLength(half);
    const changed = exported.map((row) => ({
      ...row,
      title: `${row.title} (changed)`,
      target_date: "2028-03-31",
      target_date_reason: "Re-planned for the new budget",
      status: "in_progress",
      phase: "",
      status_date: "2026-11-20",
    }));
    const auditBefore = await countAudit();
    const started = performance.now();
    const response = await importCsv(editor, gss, toCsv([...changed, ...newRows(half, "Second batch")]));
    console.log(
      `[R12] import of ${MAX_IMPORT_ROWS} rows (${half} changed, ${half} new): ${(performance.now() - started).toFixed(0)} ms`,
    );
    expect(response.status).toBe(200);
    expect(CommitmentImportResultSchema.parse(await response.json())).toEqual({
      created: half,
      updated: half,
      unchanged: 0,
    });
    expect(await countAudit()).toBe(auditBefore + 1);
    const workspace = await readWorkspace(editor, gss);
    expect(workspace.commitments).toHaveLength(MAX_IMPORT_ROWS);
    const updated = workspace.commitments.filter((c) => c.title.endsWith("(changed)"));
    expect(updated).toHaveLength(half);
    for (const commitment of updated) {
      expect(commitment).toMatchObject({
        version: 2,
        status: "in_progress",
        targetDate: "2028-03-31",
        state: "draft",
      });
      expect(commitment.targetDateHistory.at(-1)?.reason).toBe("Re-planned for the new budget");
    }
    for (const commitment of updated.filter((c) => c.title.startsWith("First batch"))) {
      expect(commitment.statusHistory.map((s) => s.status)).toEqual(["planned", "in_progress"]);
    }
    const created = workspace.commitments.filter((c) => c.title.startsWith("Second batch"));
    expect(created).toHaveLength(half);
    for (const commitment of created) {
      expect(commitment).toMatchObject({ version: 1, status: "not_yet_reported", targetDate: "2027-03-31" });
    }
  });

  it("writes nothing when a commitment's version moved between planning and writing, naming its row", async () => {
    const added = await addCommitment(hackney, "Moved under the import");
    const kept = await addCommitment(hackney, "Not moved");
    const authority = await findAuthority(seeded.database.handle.db, HACKNEY);
    if (!authority) throw new Error("Hackney missing");
    const editor = await findAccountByEmail(seeded.database.handle.db, "editor.hackney@example.org");
    if (!editor) throw new Error("demo editor missing");
    const { targetDate: _targetDate, ...fields } = newCommitment("Changed");
    const content = CommitmentInputSchema.parse({ ...fields, expectedVersion: 1 });
    const input = NewCommitmentInputSchema.parse(newCommitment("Must not be created"));
    const plan: CommitmentImportPlan = {
      creates: [{ row: 2, input, status: null }],
      updates: [
        {
          row: 3,
          id: kept.id,
          expectedVersion: 1,
          content,
          status: null,
          targetDate: null,
          targetReason: null,
        },
        {
          row: 4,
          id: added.id,
          expectedVersion: 7,
          content,
          status: null,
          targetDate: null,
          targetReason: null,
        },
      ],
      unchanged: 0,
    };
    const attempt = runWrite(seeded.database.handle, { changesPublicData: false }, (tx) =>
      applyCommitmentImport(tx, authority.id, plan, editor.account.id),
    );
    await expect(attempt).rejects.toMatchObject({ name: "StaleImportRowsError", rows: [4] });
    const after = (await readWorkspace(hackney)).commitments;
    expect(after.find((c) => c.id === kept.id)).toMatchObject({ version: 1, title: "Not moved" });
    expect(after.map((c) => c.title)).not.toContain("Must not be created");
  });
});
