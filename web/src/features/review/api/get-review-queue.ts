import { queryOptions, useQuery } from "@tanstack/react-query";
import { getJson } from "@/lib/api-client.ts";
import { reviewKeys } from "@/lib/query-keys.ts";

const loadReviewQueueSchema = () =>
  import("@ldd/shared/workspace").then((module) => module.ReviewQueueSchema);

export function getReviewQueue(signal?: AbortSignal) {
  return getJson("/api/review", loadReviewQueueSchema, { signal });
}

export function getReviewQueueQueryOptions() {
  return queryOptions({
    queryKey: reviewKeys.queue(),
    queryFn: ({ signal }) => getReviewQueue(signal),
    // Editors submit at any time: a reviewer always reads the queue as it stands.
    staleTime: 0,
  });
}

export function useReviewQueue() {
  return useQuery(getReviewQueueQueryOptions());
}
