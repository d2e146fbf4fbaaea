import type { Matrix, MatrixCell } from "@ldd/shared/leadership";
import { COMMITMENT_STATUS_LABELS, type CommitmentStatus } from "@ldd/shared/vocabulary";

/** The order statuses are told in: what is finished first, then what is moving, then the rest. */
const STATUS_ORDER: readonly CommitmentStatus[] = [
  "done",
  "in_progress",
  "planned",
  "not_yet_reported",
  "dropped",
  "not_applicable",
];

/** "4 (2 done, 1 in progress, 1 overdue)", "None": a cell in words, never colour alone. */
export function describeCell(cell: MatrixCell): string {
  if (cell.total === 0) return "None";
  const parts = STATUS_ORDER.flatMap((status) => {
    const count = cell.byStatus[status] ?? 0;
    return count > 0 ? [`${count} ${COMMITMENT_STATUS_LABELS[status].toLowerCase()}`] : [];
  });
  if (cell.overdue > 0) parts.push(`${cell.overdue} overdue`);
  return `${cell.total} (${parts.join(", ")})`;
}

export interface MatrixTotals {
  commitments: number;
  done: number;
  overdue: number;
  /** Authorities with at least one commitment. */
  authoritiesWithCommitments: number;
  /** Principles by commitments serving them, most first. */
  principles: { principle: number; total: number }[];
}

export function totalMatrix(matrix: Matrix): MatrixTotals {
  const byPrinciple = new Map<number, number>();
  let commitments = 0;
  let done = 0;
  let overdue = 0;
  let authoritiesWithCommitments = 0;
  for (const row of matrix.rows) {
    let rowTotal = 0;
    for (const cell of row.cells) {
      byPrinciple.set(cell.principle, (byPrinciple.get(cell.principle) ?? 0) + cell.total);
      rowTotal += cell.total;
      commitments += cell.total;
      done += cell.byStatus.done ?? 0;
      overdue += cell.overdue;
    }
    if (rowTotal > 0) authoritiesWithCommitments += 1;
  }
  const principles = [...byPrinciple]
    .map(([principle, total]) => ({ principle, total }))
    .sort((a, b) => b.total - a.total || a.principle - b.principle);
  return { commitments, done, overdue, authoritiesWithCommitments, principles };
}

/**
 * One sentence that says what the table shows. A commitment serving several principles counts
 * under each of them, and the sentence says so.
 */
export function summariseMatrix(matrix: Matrix, principleTitles: ReadonlyMap<number, string>): string {
  const totals = totalMatrix(matrix);
  const authorities = matrix.rows.length;
  if (totals.commitments === 0) return `None of the ${authorities} authorities has a commitment yet.`;
  const top = totals.principles[0];
  const bottom = totals.principles.at(-1);
  const name = (entry: { principle: number; total: number }) =>
    `principle ${entry.principle}, ${principleTitles.get(entry.principle) ?? "unnamed"} (${entry.total})`;
  const spread =
    top && bottom && top.total !== bottom.total
      ? ` Most are under ${name(top)}, fewest under ${name(bottom)}.`
      : "";
  return (
    `${totals.authoritiesWithCommitments} of ${authorities} authorities have commitments. ` +
    `Counting each commitment under every principle it serves, there are ${totals.commitments}: ` +
    `${totals.done} done and ${totals.overdue} overdue.${spread}`
  );
}
