import { queryOptions, useQuery } from "@tanstack/react-query";
import { getJson } from "@/lib/api-client.ts";

const loadMetaSchema = () => import("@ldd/shared/series").then((module) => module.MetaSchema);

export function getMeta(signal?: AbortSignal) {
  return getJson("/api/meta", loadMetaSchema, { signal });
}

export function getMetaQueryOptions() {
  return queryOptions({
    queryKey: ["meta"],
    queryFn: ({ signal }) => getMeta(signal),
    staleTime: 5 * 60_000,
  });
}

export function useMeta() {
  return useQuery(getMetaQueryOptions());
}
