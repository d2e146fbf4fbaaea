import type { Matrix, MatrixCell } from "@ldd/shared/leadership";
import { describe, expect, it } from "vitest";
import { describeCell, summariseMatrix, totalMatrix } from "./describe-matrix.ts";

const none = { not_yet_reported: 0, not_applicable: 0, planned: 0, in_progress: 0, done: 0, dropped: 0 };
const cell = (principle: number, byStatus: Partial<MatrixCell["byStatus"]>, overdue = 0): MatrixCell => {
  const counts = { ...none, ...byStatus };
  return { principle, total: Object.values(counts).reduce((a, b) => a + b, 0), byStatus: counts, overdue };
};

describe("the portfolio matrix in words", () => {
  it("says each cell's count and its statuses, finished first, then how many are overdue", () => {
    expect(describeCell(cell(1, { done: 2, in_progress: 1, planned: 1 }, 1))).toBe(
      "4 (2 done, 1 in progress, 1 planned, 1 overdue)",
    );
    expect(describeCell(cell(2, {}))).toBe("None");
  });

  it("sums the table and sums it up in a sentence", () => {
    const matrix: Matrix = {
      view: { asOf: "2026-11-20", asPublished: false },
      rows: [
        { gss: "E09000012", name: "Hackney", cells: [cell(1, { done: 2 }), cell(2, { in_progress: 1 }, 1)] },
        { gss: "E09000007", name: "Camden", cells: [cell(1, { done: 1 }), cell(2, {})] },
        { gss: "E09000028", name: "Southwark", cells: [cell(1, {}), cell(2, {})] },
      ],
    };
    expect(totalMatrix(matrix)).toMatchObject({
      commitments: 4,
      done: 3,
      overdue: 1,
      authoritiesWithCommitments: 2,
    });
    const titles = new Map([
      [1, "User-centred redesign"],
      [2, "Fix the plumbing"],
    ]);
    expect(summariseMatrix(matrix, titles)).toBe(
      "2 of 3 authorities have commitments. Counting each commitment under every principle it serves, " +
        "there are 4: 3 done and 1 overdue. Most are under principle 1, User-centred redesign (3), " +
        "fewest under principle 2, Fix the plumbing (1).",
    );
  });
});
