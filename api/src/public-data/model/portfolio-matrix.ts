import type { AuthoritySummary } from "@ldd/shared/authorities";
import type { CommitmentDetail } from "@ldd/shared/commitments";
import type { MatrixCell } from "@ldd/shared/leadership";
import { PRINCIPLES } from "@ldd/shared/reference-data";
import { COMMITMENT_STATUSES, type CommitmentStatus } from "@ldd/shared/vocabulary";
import { groupBy } from "./facts.ts";

export interface MatrixRow {
  gss: string;
  name: string;
  cells: MatrixCell[];
}

/** Authority × principle: each cell counts the authority's commitments serving it, by status. */
export function buildPortfolioMatrix(
  authorities: readonly AuthoritySummary[],
  commitments: readonly CommitmentDetail[],
): MatrixRow[] {
  const byAuthority = groupBy(commitments, (c) => c.authorityGss);
  return authorities.map((authority) => {
    const own = byAuthority.get(authority.gss) ?? [];
    return {
      gss: authority.gss,
      name: authority.name,
      cells: PRINCIPLES.map(({ number }) => {
        const serving = own.filter((c) => c.principles.includes(number));
        const byStatus = Object.fromEntries(COMMITMENT_STATUSES.map((s) => [s, 0])) as Record<
          CommitmentStatus,
          number
        >;
        for (const commitment of serving) byStatus[commitment.status] += 1;
        return {
          principle: number,
          total: serving.length,
          byStatus,
          overdue: serving.filter((c) => c.overdue).length,
        };
      }),
    };
  });
}
