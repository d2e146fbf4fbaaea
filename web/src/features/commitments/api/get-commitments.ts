import type { CommitmentListQuery } from "@ldd/shared/commitments";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { buildApiPath, getJson } from "@/lib/api-client.ts";
import { publicDataKeys } from "@/lib/query-keys.ts";
import { type PageView, TODAY, useView, viewParams } from "@/lib/view.ts";

export function getCommitmentsCsvHref(filters: CommitmentListQuery, view: PageView = TODAY): string {
  return buildApiPath("/api/commitments.csv", { ...filters, ...viewParams(view) });
}

const loadCommitmentListSchema = () =>
  import("@ldd/shared/commitments").then((module) => module.CommitmentListSchema);

export function getCommitments(filters: CommitmentListQuery, view: PageView, signal?: AbortSignal) {
  return getJson(
    buildApiPath("/api/commitments", { ...filters, ...viewParams(view) }),
    loadCommitmentListSchema,
    { signal },
  );
}

export function getCommitmentsQueryOptions(filters: CommitmentListQuery, view: PageView) {
  return queryOptions({
    queryKey: publicDataKeys.commitments(view, filters),
    queryFn: ({ signal }) => getCommitments(filters, view, signal),
  });
}

/**
 * Commitments for the page's view, or for a view the page names (a board report's month end).
 * `filters` must not carry `asOf`: the view comes from the address or the caller.
 */
export function useCommitments(filters: CommitmentListQuery, view?: PageView) {
  const pageView = useView();
  return useQuery(getCommitmentsQueryOptions(filters, view ?? pageView));
}
