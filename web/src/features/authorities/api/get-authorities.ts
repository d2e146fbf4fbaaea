import { queryOptions, useQuery } from "@tanstack/react-query";
import { buildApiPath, getJson } from "@/lib/api-client.ts";
import { publicDataKeys } from "@/lib/query-keys.ts";
import { type PageView, TODAY, useView, viewParams } from "@/lib/view.ts";

export function getAuthoritiesCsvHref(view: PageView = TODAY): string {
  return buildApiPath("/api/authorities.csv", viewParams(view));
}

const loadAuthorityListSchema = () =>
  import("@ldd/shared/authorities").then((module) => module.AuthorityListSchema);

export function getAuthorities(view: PageView, signal?: AbortSignal) {
  return getJson(buildApiPath("/api/authorities", viewParams(view)), loadAuthorityListSchema, { signal });
}

export function getAuthoritiesQueryOptions(view: PageView) {
  return queryOptions({
    queryKey: publicDataKeys.authorities(view),
    queryFn: ({ signal }) => getAuthorities(view, signal),
  });
}

export function useAuthorities() {
  return useQuery(getAuthoritiesQueryOptions(useView()));
}
