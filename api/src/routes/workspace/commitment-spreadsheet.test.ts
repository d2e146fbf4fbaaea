import type { WorkspaceCommitment } from "@ldd/shared/workspace";
import { describe, expect, it } from "vitest";
import { readCommitmentSheet } from "./commitment-sheet.ts";
import {
  type ImportPlanResult,
  MAX_REPORTED_ISSUES,
  planCommitmentImport,
  reportableIssues,
  toCommitmentCsv,
} from "./commitment-spreadsheet.ts";

const commitment: WorkspaceCommitment = {
  id: "0b6c3f5e-8f0a-4d47-9a43-5d7f9d1b2c3a",
  version: 4,
  state: "published",
  reviewComment: null,
  title: "=SUM(A1) is not a formula here",
  partners: "-",
  mission: "Line one\nline two, with a comma",
  impact: "@everyone benefits",
  principles: [1, 3],
  lotiArea: null,
  committedOn: "2026-01-15",
  changeId: "6a1f8c3e-2b4d-4e5f-8a9b-0c1d2e3f4a09",
  everPublished: true,
  published: null,
  status: "dropped",
  phase: null,
  targetDate: "2027-03-31",
  statusHistory: [
    {
      id: "s1",
      state: "published",
      status: "dropped",
      phase: null,
      effectiveDate: "2026-06-01",
      note: null,
      evidenceUrls: [],
      evidenceChecked: false,
      recordedAt: "2026-06-01T10:00:00.000Z",
      reviewComment: null,
    },
  ],
  targetDateHistory: [],
};

/** Reads the file, then plans it against `current`, as the import does. */
async function plan(csv: string, current: WorkspaceCommitment[]): Promise<ImportPlanResult> {
  const read = await readCommitmentSheet(csv);
  return read.ok ? planCommitmentImport(read.sheet, current) : read;
}

describe("planning a commitments import", () => {
  it("reads its own export as unchanged, formulas, line breaks and an old dropped status without a note included", async () => {
    const result = await plan(toCommitmentCsv([commitment]), [commitment]);
    expect(result).toEqual({ ok: true, plan: { creates: [], updates: [], unchanged: 1 } });
  });

  it("counts blank rows in the row numbers it reports, as a spreadsheet does", async () => {
    const csv = `${toCommitmentCsv([])}\n,,,,,,,,,,,,,,\n,,Only a title,,,,,,,,,,,,\n`;
    const result = await plan(csv, []);
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.issues.map((issue) => issue.path);
    expect(paths).toEqual(
      expect.arrayContaining(["rows.4.mission", "rows.4.committed_on", "rows.4.target_date"]),
    );
  });

  it("names the row where the file stops being valid CSV", async () => {
    const csv = `${toCommitmentCsv([commitment])}"unclosed,quote\n`;
    const result = await plan(csv, [commitment]);
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual(["rows.3"]);
  });

  it("reads text that itself starts with an apostrophe before a formula character back unchanged", async () => {
    const quoted = { ...commitment, title: "'=SUM(1)", partners: "'+44 20 7946 0000", impact: "''@all" };
    const plain = { ...commitment, id: "6f1e9a8c-1c44-4c1d-9b7e-0c1f2a3b4c5d", partners: "+44 20 7946 0000" };
    const csv = toCommitmentCsv([quoted, plain]);
    expect(csv).toContain(",''=SUM(1),''+44 20 7946 0000,");
    expect(csv).toContain(",'+44 20 7946 0000,");
    expect(await plan(csv, [quoted, plain])).toEqual({
      ok: true,
      plan: { creates: [], updates: [], unchanged: 2 },
    });
  });

  it("refuses a column named twice rather than reading only one of them", async () => {
    const csv = toCommitmentCsv([commitment]).replace("id,version,title,", "id,version,title,title,");
    expect(await plan(csv, [commitment])).toEqual({
      ok: false,
      issues: [{ path: "rows.1.title", message: "The column title is in the file more than once: keep one" }],
    });
  });

  it("refuses a file of more rows than the cap before checking any of them", async () => {
    const row = `\n,,Title,,Mission,Impact,1,,2026-01-15,2027-03-31,,,,,`;
    const csv = `${toCommitmentCsv([])}${row.repeat(10_000)}`;
    const result = await plan(csv, []);
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: "rows",
          message: "The file has more than 500 rows of commitments: import at most 500 at a time",
        },
      ],
    });
  });

  it(`lists at most ${MAX_REPORTED_ISSUES} problems, then how many more there are`, () => {
    const issues = Array.from({ length: 1234 }, (_, index) => ({
      path: `rows.${index + 2}.title`,
      message: "Enter a title",
    }));
    const reported = reportableIssues(issues);
    expect(reported).toHaveLength(MAX_REPORTED_ISSUES + 1);
    expect(reported.at(-1)).toEqual({
      path: "rows",
      message: "And 1,184 more problems: fix these, then import again to see the rest",
    });
    expect(reportableIssues(issues.slice(0, 50))).toHaveLength(50);
  });
});
