import { COMMITMENT_CSV_COLUMNS, CommitmentImportResultSchema } from "@ldd/shared/commitment-spreadsheet";
import { describe, expect, it } from "vitest";
import { signInNewEditor } from "../../testing/editors.ts";
import {
  exportCsv,
  importCsv,
  readWorkspace,
  rowsOf,
  seeded,
  send,
  setUpWorkspaceTests,
  toCsv,
} from "../../testing/workspace-context.ts";

setUpWorkspaceTests();

const COLUMNS = [...COMMITMENT_CSV_COLUMNS, "target_date_reason"];
const toDayMonthYear = (iso: string) => (iso ? iso.split("-").reverse().join("/") : iso);

/** A CSV written the way LibreOffice Calc saves one with "quote all text cells": every cell quoted, LF ends, no BOM. */
function asLibreOfficeSaves(rows: Record<string, string>[]): string {
  const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
  return `${[COLUMNS.map(quote).join(","), ...rows.map((row) => COLUMNS.map((c) => quote(row[c] ?? "")).join(","))].join("\n")}\n`;
}

describe("links to evidence in the spreadsheet", () => {
  it("export several links in one cell, separated by semicolons, and import them back unchanged", async () => {
    const gss = "E09000021";
    const editor = await signInNewEditor(seeded, gss, "links");
    const commitment = (await readWorkspace(editor, gss)).commitments[0];
    if (!commitment) throw new Error("Kingston should have commitments");
    const reported = await send(
      "POST",
      `/api/workspace/${gss}/commitments/${commitment.id}/status-updates`,
      {
        status: "in_progress",
        phase: "beta",
        effectiveDate: "2026-11-03",
        evidenceUrls: ["https://example.org/beta", "https://example.org/show-and-tell"],
        expectedVersion: commitment.version,
      },
      editor,
    );
    expect(reported.status).toBe(201);
    const csv = await exportCsv(editor, gss);
    const row = rowsOf(csv).find((r) => r.id === commitment.id);
    expect(row?.evidence_url).toBe("https://example.org/beta; https://example.org/show-and-tell");

    const response = await importCsv(editor, gss, csv);
    expect(CommitmentImportResultSchema.parse(await response.json())).toMatchObject({
      created: 0,
      updated: 0,
    });
  });

  it("import links as Excel saves them (BOM, CRLF, day/month/year, a line break inside the cell)", async () => {
    const gss = "E09000023";
    const editor = await signInNewEditor(seeded, gss, "excellinks");
    const rows = rowsOf(await exportCsv(editor, gss));
    const [first] = rows;
    if (!first) throw new Error("Lewisham should have commitments");
    const excel: Record<string, string>[] = rows.map((row) => ({
      ...row,
      committed_on: toDayMonthYear(row.committed_on ?? ""),
      target_date: toDayMonthYear(row.target_date ?? ""),
      status_date: toDayMonthYear(row.status_date ?? ""),
    }));
    excel[0] = {
      ...(excel[0] ?? first),
      status: "done",
      phase: "live",
      status_date: "20/11/2026",
      note: "Live for every resident",
      // Alt+Enter in Excel: one link a line, and a semicolon as well.
      evidence_url: "https://example.org/live\nhttps://example.org/launch-post; https://example.org/report",
    };
    const saved = `\uFEFF${toCsv(excel).replaceAll("\n", "\r\n")}`;
    const response = await importCsv(editor, gss, saved);
    expect(response.status).toBe(200);
    expect(CommitmentImportResultSchema.parse(await response.json())).toEqual({
      created: 0,
      updated: 1,
      unchanged: rows.length - 1,
    });
    const updated = (await readWorkspace(editor, gss)).commitments.find((c) => c.id === first.id);
    expect(updated?.statusHistory.at(-1)).toMatchObject({
      status: "done",
      effectiveDate: "2026-11-20",
      evidenceUrls: [
        "https://example.org/live",
        "https://example.org/launch-post",
        "https://example.org/report",
      ],
      state: "draft",
    });
  });

  it("import links as LibreOffice saves them (every cell quoted, no spaces after the semicolons)", async () => {
    const gss = "E09000026";
    const editor = await signInNewEditor(seeded, gss, "calclinks");
    const rows = rowsOf(await exportCsv(editor, gss));
    const [first] = rows;
    if (!first) throw new Error("Redbridge should have commitments");
    const calc = rows.map((row, index) =>
      index === 0
        ? {
            ...row,
            status: "in_progress",
            phase: "alpha",
            status_date: "02/11/2026",
            evidence_url: "https://example.org/alpha;https://example.org/alpha-notes;",
          }
        : row,
    );
    const response = await importCsv(editor, gss, asLibreOfficeSaves(calc));
    expect(response.status).toBe(200);
    const updated = (await readWorkspace(editor, gss)).commitments.find((c) => c.id === first.id);
    expect(updated?.statusHistory.at(-1)).toMatchObject({
      effectiveDate: "2026-11-02",
      evidenceUrls: ["https://example.org/alpha", "https://example.org/alpha-notes"],
    });
  });

  it("names the row and column of a bad link among several", async () => {
    const gss = "E09000027";
    const editor = await signInNewEditor(seeded, gss, "badlink");
    const rows = rowsOf(await exportCsv(editor, gss));
    const [first] = rows;
    if (!first) throw new Error("Richmond should have commitments");
    rows[0] = {
      ...first,
      status: "done",
      status_date: "2026-11-20",
      evidence_url: "https://example.org/fine; javascript:alert(1)",
    };
    const response = await importCsv(editor, gss, toCsv(rows));
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: { issues: { path: string; message: string }[] } };
    expect(body.error.issues).toContainEqual({
      path: "rows.2.evidence_url",
      message: "Enter a link that starts with http:// or https://",
    });
  });
});
