import { queryOptions, useQuery } from "@tanstack/react-query";
import { buildApiPath, getJson } from "@/lib/api-client.ts";
import { publicDataKeys } from "@/lib/query-keys.ts";
import { type PageView, useView, viewParams } from "@/lib/view.ts";

const loadMetaSchema = () => import("@ldd/shared/series").then((module) => module.MetaSchema);

export function getMeta(view: PageView, signal?: AbortSignal) {
  return getJson(buildApiPath("/api/meta", viewParams(view)), loadMetaSchema, { signal });
}

export function getMetaQueryOptions(view: PageView) {
  return queryOptions({
    queryKey: publicDataKeys.meta(view),
    queryFn: ({ signal }) => getMeta(view, signal),
    staleTime: 5 * 60_000,
  });
}

/** About the data, for the page's view (today's when it shows today). */
export function useMeta() {
  return useQuery(getMetaQueryOptions(useView()));
}
