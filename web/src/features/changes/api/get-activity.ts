import type { ActivityQuery } from "@ldd/shared/leadership";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { buildApiPath, getJson } from "@/lib/api-client.ts";
import { leadershipKeys, publicDataKeys } from "@/lib/query-keys.ts";

/*
 * Two feeds of the same changes, newest recorded first: the public one (published changes only)
 * and LOTI's, which adds drafts, submissions and returned changes for reviewers and administrators.
 */
export type ActivityScope = "public" | "loti";

const PATHS: Record<ActivityScope, string> = {
  public: "/api/activity",
  loti: "/api/leadership/activity",
};

const loadActivitySchema = () => import("@ldd/shared/leadership").then((module) => module.ActivitySchema);

export const getActivityCsvHref = (scope: ActivityScope, query: ActivityQuery) => {
  const { limit: _limit, ...filters } = query;
  return buildApiPath(`${PATHS[scope]}.csv`, filters);
};

export function getActivity(scope: ActivityScope, query: ActivityQuery, signal?: AbortSignal) {
  return getJson(buildApiPath(PATHS[scope], query), loadActivitySchema, { signal });
}

export function getActivityQueryOptions(scope: ActivityScope, query: ActivityQuery) {
  return queryOptions({
    queryKey: scope === "public" ? publicDataKeys.activity(query) : leadershipKeys.activity(query),
    queryFn: ({ signal }) => getActivity(scope, query, signal),
  });
}

export function useActivity(scope: ActivityScope, query: ActivityQuery, enabled = true) {
  return useQuery({ ...getActivityQueryOptions(scope, query), enabled });
}
