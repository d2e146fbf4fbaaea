import type { ReturnSubmissionInput } from "@ldd/shared/workspace";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { leadershipKeys, reviewKeys, workspaceKeys } from "@/lib/query-keys.ts";
import { refreshQueueAfterConflict, sendDecision } from "./send-decision.ts";

/** The input the form checks before sending: the contract's own schema, loaded on demand. */
export const loadReturnSubmissionInputSchema = () =>
  import("@ldd/shared/workspace").then((module) => module.ReturnSubmissionInputSchema);

/** Returns exactly the changes the reviewer was shown to the editors, with a comment; answers how many. */
export function returnSubmission({ gss, input }: { gss: string; input: ReturnSubmissionInput }) {
  return sendDecision(gss, "return", input);
}

export function useReturnSubmission({ gss }: { gss: string }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReturnSubmissionInput) => returnSubmission({ gss, input }),
    // Returned changes go back to the authority's workspace (and histories) and leave the queue;
    // nothing public changes.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: workspaceKeys.authority(gss) }),
        queryClient.invalidateQueries({ queryKey: reviewKeys.queue() }),
        queryClient.invalidateQueries({ queryKey: leadershipKeys.all }),
      ]),
    onError: (error) => refreshQueueAfterConflict(queryClient, error),
  });
}
