import type { ReturnSubmissionInput } from "@ldd/shared/workspace";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError, sendJson } from "@/lib/api-client.ts";
import { reviewKeys, workspaceKeys } from "@/lib/query-keys.ts";

/** The input the form checks before sending: the contract's own schema, loaded on demand. */
export const loadReturnSubmissionInputSchema = () =>
  import("@ldd/shared/workspace").then((module) => module.ReturnSubmissionInputSchema);
const loadReviewOutcomeSchema = () =>
  import("@ldd/shared/workspace").then((module) => module.ReviewOutcomeSchema);

/**
 * Returns exactly the changes the reviewer was shown to the editors with a comment; answers how
 * many. 409 `submission_changed` when any of them is no longer waiting: nothing is returned then.
 */
export async function returnSubmission({
  gss,
  input,
}: {
  gss: string;
  input: ReturnSubmissionInput;
}): Promise<number> {
  const path = `/api/review/${encodeURIComponent(gss)}/return`;
  const outcome = await sendJson("POST", path, input, loadReviewOutcomeSchema);
  return outcome.count;
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
      ]),
    // The submission changed since the reviewer read it: show it as it now stands.
    onError: (error) =>
      error instanceof ApiError && error.status === 409
        ? queryClient.invalidateQueries({ queryKey: reviewKeys.queue() })
        : undefined,
  });
}
