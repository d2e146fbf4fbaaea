import { useMutation, useQueryClient } from "@tanstack/react-query";
import { sendJson } from "@/lib/api-client.ts";
import { workspaceKeys } from "@/lib/query-keys.ts";
import { workspacePath } from "./get-workspace.ts";

const loadReviewOutcomeSchema = () =>
  import("@ldd/shared/workspace").then((module) => module.ReviewOutcomeSchema);

/** Withdraws a draft or returned change: it will never be submitted; the public sees no difference. */
export async function withdrawChange({ gss, changeId }: { gss: string; changeId: string }): Promise<number> {
  const path = `${workspacePath(gss)}/changes/${encodeURIComponent(changeId)}/withdraw`;
  return (await sendJson("POST", path, {}, loadReviewOutcomeSchema)).count;
}

export function useWithdrawChange({ gss }: { gss: string }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changeId: string) => withdrawChange({ gss, changeId }),
    // Only the workspace (its counts, records, preview and histories) changes.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workspaceKeys.authority(gss) }),
  });
}
