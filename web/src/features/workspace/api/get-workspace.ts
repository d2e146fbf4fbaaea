import { queryOptions, useQuery } from "@tanstack/react-query";
import { getJson } from "@/lib/api-client.ts";
import { workspaceKeys } from "@/lib/query-keys.ts";

const loadWorkspaceSchema = () => import("@ldd/shared/workspace").then((module) => module.WorkspaceSchema);

export function workspacePath(gss: string): string {
  return `/api/workspace/${encodeURIComponent(gss)}`;
}

export function getWorkspace(gss: string, signal?: AbortSignal) {
  return getJson(workspacePath(gss), loadWorkspaceSchema, { signal });
}

export function getWorkspaceQueryOptions(gss: string) {
  return queryOptions({
    queryKey: workspaceKeys.authority(gss),
    queryFn: ({ signal }) => getWorkspace(gss, signal),
    // Editors expect to see their own saves at once.
    staleTime: 0,
  });
}

export function useWorkspace(gss: string) {
  return useQuery(getWorkspaceQueryOptions(gss));
}
