import { queryOptions, useQuery } from "@tanstack/react-query";
import { getJson } from "@/lib/api-client.ts";
import { workspaceKeys } from "@/lib/query-keys.ts";
import { workspacePath } from "./get-workspace.ts";

const loadAuthorityProfileSchema = () =>
  import("@ldd/shared/authorities").then((module) => module.AuthorityProfileSchema);

/** The authority's public profile as it would be with its drafts and submissions published. */
export function getProfilePreview(gss: string, signal?: AbortSignal) {
  return getJson(`${workspacePath(gss)}/preview`, loadAuthorityProfileSchema, { signal });
}

export function useProfilePreview(gss: string) {
  return useQuery(
    queryOptions({
      // Under the workspace's key: every save and submission there refreshes it.
      queryKey: workspaceKeys.preview(gss),
      queryFn: ({ signal }) => getProfilePreview(gss, signal),
      staleTime: 0,
    }),
  );
}
