import type { ChangesQuery } from "@ldd/shared/leadership";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { buildApiPath, getJson } from "@/lib/api-client.ts";
import { publicDataKeys } from "@/lib/query-keys.ts";

const loadChangesSchema = () => import("@ldd/shared/leadership").then((module) => module.ChangesSchema);

export const getChangesCsvHref = (query: ChangesQuery) => buildApiPath("/api/changes.csv", query);

export function getChanges(query: ChangesQuery, signal?: AbortSignal) {
  return getJson(buildApiPath("/api/changes", query), loadChangesSchema, { signal });
}

export function getChangesQueryOptions(query: ChangesQuery) {
  return queryOptions({
    queryKey: publicDataKeys.changes(query),
    queryFn: ({ signal }) => getChanges(query, signal),
  });
}

/** What changed between two dates; `enabled` false while the page's dates are not valid. */
export function useChanges(query: ChangesQuery, enabled = true) {
  return useQuery({ ...getChangesQueryOptions(query), enabled });
}
