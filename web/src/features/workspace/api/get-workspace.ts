import { queryOptions, useQuery, useQueryClient } from "@tanstack/react-query";
import { getJson } from "@/lib/api-client.ts";

const loadWorkspaceSchema = () => import("@ldd/shared/workspace").then((module) => module.WorkspaceSchema);

export function workspacePath(gss: string): string {
  return `/api/workspace/${encodeURIComponent(gss)}`;
}

export function getWorkspace(gss: string, signal?: AbortSignal) {
  return getJson(workspacePath(gss), loadWorkspaceSchema, { signal });
}

export function getWorkspaceQueryOptions(gss: string) {
  return queryOptions({
    queryKey: ["workspace", gss],
    queryFn: ({ signal }) => getWorkspace(gss, signal),
    // Editors expect to see their own saves at once.
    staleTime: 0,
  });
}

export function useWorkspace(gss: string) {
  return useQuery(getWorkspaceQueryOptions(gss));
}

/** After a save: the workspace, the review queue and the record's history are out of date. */
export function useRefreshAfterSave(gss: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ["workspace", gss] }),
      queryClient.invalidateQueries({ queryKey: ["history", gss] }),
      queryClient.invalidateQueries({ queryKey: ["review"] }),
    ]);
}
