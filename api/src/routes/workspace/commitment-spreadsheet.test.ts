import type { WorkspaceCommitment } from "@ldd/shared/workspace";
import { describe, expect, it } from "vitest";
import { planCommitmentImport, toCommitmentCsv } from "./commitment-spreadsheet.ts";

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
  everPublished: true,
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
      recordedAt: "2026-06-01T10:00:00.000Z",
      reviewComment: null,
    },
  ],
  targetDateHistory: [],
};

describe("planning a commitments import", () => {
  it("reads its own export as unchanged, formulas, line breaks and an old dropped status without a note included", () => {
    const result = planCommitmentImport(toCommitmentCsv([commitment]), [commitment]);
    expect(result).toEqual({ ok: true, plan: { creates: [], updates: [], unchanged: 1 } });
  });

  it("counts blank rows in the row numbers it reports, as a spreadsheet does", () => {
    const csv = `${toCommitmentCsv([])}\n,,,,,,,,,,,,,,\n,,Only a title,,,,,,,,,,,,\n`;
    const result = planCommitmentImport(csv, []);
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.issues.map((issue) => issue.path);
    expect(paths).toEqual(
      expect.arrayContaining(["rows.4.mission", "rows.4.committed_on", "rows.4.target_date"]),
    );
  });

  it("names the row where the file stops being valid CSV", () => {
    const csv = `${toCommitmentCsv([commitment])}"unclosed,quote\n`;
    const result = planCommitmentImport(csv, [commitment]);
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual(["rows.3"]);
  });
});
