import type { RecordType } from "@ldd/shared/workspace";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { getJson } from "@/lib/api-client.ts";
import { workspaceKeys } from "@/lib/query-keys.ts";
import { workspacePath } from "./get-workspace.ts";

const loadHistorySchema = () => import("@ldd/shared/history").then((module) => module.HistorySchema);

export function getHistory(gss: string, recordType: RecordType, id: string, signal?: AbortSignal) {
  return getJson(`${workspacePath(gss)}/history/${recordType}/${encodeURIComponent(id)}`, loadHistorySchema, {
    signal,
  });
}

export function getHistoryQueryOptions(gss: string, recordType: RecordType, id: string) {
  return queryOptions({
    queryKey: workspaceKeys.history(gss, recordType, id),
    queryFn: ({ signal }) => getHistory(gss, recordType, id, signal),
    staleTime: 0,
  });
}

export function useHistory(gss: string, recordType: RecordType, id: string) {
  return useQuery(getHistoryQueryOptions(gss, recordType, id));
}
