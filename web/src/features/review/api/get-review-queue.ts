import { queryOptions, useQuery } from "@tanstack/react-query";
import { getJson } from "@/lib/api-client.ts";

const loadReviewQueueSchema = () =>
  import("@ldd/shared/workspace").then((module) => module.ReviewQueueSchema);

export function getReviewQueue(signal?: AbortSignal) {
  return getJson("/api/review", loadReviewQueueSchema, { signal });
}

export function useReviewQueue() {
  return useQuery(
    queryOptions({
      queryKey: ["review"],
      queryFn: ({ signal }) => getReviewQueue(signal),
      staleTime: 0,
    }),
  );
}
