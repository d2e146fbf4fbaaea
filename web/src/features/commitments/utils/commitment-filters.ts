import { type CommitmentListQuery, CommitmentListQuerySchema } from "@ldd/shared/commitments";
import { AUTHORITIES, PRINCIPLES } from "@ldd/shared/reference-data";
import { COMMITMENT_STATUS_LABELS } from "@ldd/shared/vocabulary";

/** Reads the filters from the page's query string, dropping any value the API would refuse. */
export function readCommitmentFilters(search: URLSearchParams): CommitmentListQuery {
  const filters: CommitmentListQuery = {};
  for (const name of ["authority", "principle", "status"] as const) {
    const raw = search.get(name);
    if (!raw) continue;
    const parsed = CommitmentListQuerySchema.safeParse({ [name]: raw });
    if (parsed.success) Object.assign(filters, parsed.data);
  }
  return filters;
}

/** "Showing 3 commitments by Hackney, serving principle 2, in progress". */
export function describeCommitmentFilters(count: number, filters: CommitmentListQuery): string {
  const parts = [`Showing ${count} ${count === 1 ? "commitment" : "commitments"}`];
  if (filters.authority) {
    const authority = AUTHORITIES.find((candidate) => candidate.gss === filters.authority);
    parts.push(`by ${authority?.name ?? filters.authority}`);
  }
  if (filters.principle) {
    const principle = PRINCIPLES.find((candidate) => candidate.number === filters.principle);
    parts.push(`serving principle ${filters.principle}${principle ? ` (${principle.title})` : ""}`);
  }
  if (filters.status) parts.push(`with status “${COMMITMENT_STATUS_LABELS[filters.status]}”`);
  return parts.join(", ");
}
