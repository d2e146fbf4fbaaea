import { queryOptions, useQuery } from "@tanstack/react-query";
import { getJson } from "@/lib/api-client.ts";
import { publicDataKeys } from "@/lib/query-keys.ts";

export const AUTHORITIES_CSV_HREF = "/api/authorities.csv";

const loadAuthorityListSchema = () =>
  import("@ldd/shared/authorities").then((module) => module.AuthorityListSchema);

export function getAuthorities(signal?: AbortSignal) {
  return getJson("/api/authorities", loadAuthorityListSchema, { signal });
}

export function getAuthoritiesQueryOptions() {
  return queryOptions({
    queryKey: publicDataKeys.authorities(),
    queryFn: ({ signal }) => getAuthorities(signal),
  });
}

export function useAuthorities() {
  return useQuery(getAuthoritiesQueryOptions());
}
