import { useMutation, useQueryClient } from "@tanstack/react-query";
import { sendJson } from "@/lib/api-client.ts";
import { reviewKeys, workspaceKeys } from "@/lib/query-keys.ts";
import { workspacePath } from "./get-workspace.ts";

const loadReviewOutcomeSchema = () =>
  import("@ldd/shared/workspace").then((module) => module.ReviewOutcomeSchema);

/** Submits every draft and returned change of the authority for review; answers how many. */
export async function submitForReview({ gss }: { gss: string }): Promise<number> {
  const outcome = await sendJson("POST", `${workspacePath(gss)}/submit`, {}, loadReviewOutcomeSchema);
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
