import type { PublishSubmissionInput } from "@ldd/shared/workspace";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { leadershipKeys, publicDataKeys, reviewKeys, workspaceKeys } from "@/lib/query-keys.ts";
import { refreshQueueAfterConflict, sendDecision } from "./send-decision.ts";

/** Publishes exactly the changes the reviewer was shown; answers how many. */
export function publishSubmission({ gss, input }: { gss: string; input: PublishSubmissionInput }) {
  return sendDecision(gss, "publish", input);
}

export function usePublishSubmission({ gss }: { gss: string }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PublishSubmissionInput) => publishSubmission({ gss, input }),
    // Published changes reach every public read (figures, series, lists, profiles, commitments,
    // meta), the authority's workspace and histories, and leave the queue.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: publicDataKeys.all }),
        queryClient.invalidateQueries({ queryKey: workspaceKeys.authority(gss) }),
        queryClient.invalidateQueries({ queryKey: reviewKeys.queue() }),
        queryClient.invalidateQueries({ queryKey: leadershipKeys.all }),
      ]),
    onError: (error) => refreshQueueAfterConflict(queryClient, error),
  });
}
