import { queryOptions, useQuery } from "@tanstack/react-query";
import { getJson } from "@/lib/api-client.ts";
import { publicDataKeys } from "@/lib/query-keys.ts";

const loadAuthorityProfileSchema = () =>
  import("@ldd/shared/authorities").then((module) => module.AuthorityProfileSchema);

export function getAuthorityProfile(gss: string, signal?: AbortSignal) {
  return getJson(`/api/authorities/${encodeURIComponent(gss)}`, loadAuthorityProfileSchema, { signal });
}

export function getAuthorityProfileQueryOptions(gss: string) {
  return queryOptions({
    queryKey: publicDataKeys.authorityProfile(gss),
    queryFn: ({ signal }) => getAuthorityProfile(gss, signal),
  });
}

export function useAuthorityProfile(gss: string) {
  return useQuery(getAuthorityProfileQueryOptions(gss));
}
