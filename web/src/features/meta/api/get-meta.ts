import { queryOptions, useQuery } from "@tanstack/react-query";
import { getJson } from "@/lib/api-client.ts";
import { publicDataKeys } from "@/lib/query-keys.ts";

const loadMetaSchema = () => import("@ldd/shared/series").then((module) => module.MetaSchema);

export function getMeta(signal?: AbortSignal) {
  return getJson("/api/meta", loadMetaSchema, { signal });
}

export function getMetaQueryOptions() {
  return queryOptions({
    queryKey: publicDataKeys.meta(),
    queryFn: ({ signal }) => getMeta(signal),
    staleTime: 5 * 60_000,
  });
}

export function useMeta() {
  return useQuery(getMetaQueryOptions());
}
