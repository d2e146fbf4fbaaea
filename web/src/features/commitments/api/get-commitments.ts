import type { CommitmentListQuery } from "@ldd/shared/commitments";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { buildApiPath, getJson } from "@/lib/api-client.ts";
import { publicDataKeys } from "@/lib/query-keys.ts";

export function getCommitmentsCsvHref(filters: CommitmentListQuery): string {
  return buildApiPath("/api/commitments.csv", filters);
}

const loadCommitmentListSchema = () =>
  import("@ldd/shared/commitments").then((module) => module.CommitmentListSchema);

export function getCommitments(filters: CommitmentListQuery, signal?: AbortSignal) {
  return getJson(buildApiPath("/api/commitments", filters), loadCommitmentListSchema, { signal });
}

export function getCommitmentsQueryOptions(filters: CommitmentListQuery) {
  return queryOptions({
    queryKey: publicDataKeys.commitments(filters),
    queryFn: ({ signal }) => getCommitments(filters, signal),
  });
}

export function useCommitments(filters: CommitmentListQuery) {
  return useQuery(getCommitmentsQueryOptions(filters));
}
