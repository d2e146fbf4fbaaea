import type { AttentionList } from "@ldd/shared/leadership";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { buildApiPath, getJson } from "@/lib/api-client.ts";
import { leadershipKeys } from "@/lib/query-keys.ts";

const loadAttentionSchema = () => import("@ldd/shared/leadership").then((module) => module.AttentionSchema);

export const getAttentionCsvHref = (list: AttentionList) =>
  buildApiPath("/api/leadership/attention.csv", { list });

export function getAttention(signal?: AbortSignal) {
  return getJson("/api/leadership/attention", loadAttentionSchema, { signal });
}

export function getAttentionQueryOptions() {
  return queryOptions({
    queryKey: leadershipKeys.attention(),
    queryFn: ({ signal }) => getAttention(signal),
  });
}

/** What awaits LOTI; 401 signed out, 403 for an editor. */
export function useAttention() {
  return useQuery(getAttentionQueryOptions());
}
