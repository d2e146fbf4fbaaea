import type { SubmitChangesInput } from "@ldd/shared/workspace";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { sendJson } from "@/lib/api-client.ts";
import { reviewKeys, workspaceKeys } from "@/lib/query-keys.ts";
import { workspacePath } from "./get-workspace.ts";

const loadReviewOutcomeSchema = () =>
  import("@ldd/shared/workspace").then((module) => module.ReviewOutcomeSchema);

/**
 * Submits the authority's drafts for review (all of them, or the ones named); answers how many,
 * which is what the reviewer receives. Returned changes are corrected or withdrawn, never sent as
 * they were.
 */
export async function submitForReview({
  gss,
  input = {},
}: {
  gss: string;
  input?: SubmitChangesInput;
}): Promise<number> {
  const outcome = await sendJson("POST", `${workspacePath(gss)}/submit`, input, loadReviewOutcomeSchema);
  return outcome.count;
}

export function useSubmitForReview({ gss }: { gss: string }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => submitForReview({ gss }),
    // The records change state (workspace and histories) and join the reviewers' queue.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: workspaceKeys.authority(gss) }),
        queryClient.invalidateQueries({ queryKey: reviewKeys.queue() }),
      ]),
  });
}
