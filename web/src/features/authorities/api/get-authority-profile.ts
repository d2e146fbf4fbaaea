import { queryOptions, useQueries, useQuery } from "@tanstack/react-query";
import { buildApiPath, getJson } from "@/lib/api-client.ts";
import { publicDataKeys } from "@/lib/query-keys.ts";
import { type PageView, useView, viewParams } from "@/lib/view.ts";

const loadAuthorityProfileSchema = () =>
  import("@ldd/shared/authorities").then((module) => module.AuthorityProfileSchema);

export function getAuthorityProfile(gss: string, view: PageView, signal?: AbortSignal) {
  return getJson(
    buildApiPath(`/api/authorities/${encodeURIComponent(gss)}`, viewParams(view)),
    loadAuthorityProfileSchema,
    { signal },
  );
}

export function getAuthorityProfileQueryOptions(gss: string, view: PageView) {
  return queryOptions({
    queryKey: publicDataKeys.authorityProfile(view, gss),
    queryFn: ({ signal }) => getAuthorityProfile(gss, view, signal),
  });
}

export function useAuthorityProfile(gss: string) {
  return useQuery(getAuthorityProfileQueryOptions(gss, useView()));
}

/** Several authorities' profiles at once, in the order given (for comparing them side by side). */
export function useAuthorityProfiles(gssCodes: readonly string[]) {
  const view = useView();
  return useQueries({ queries: gssCodes.map((gss) => getAuthorityProfileQueryOptions(gss, view)) });
}
