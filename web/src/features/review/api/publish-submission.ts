import type { PublishSubmissionInput } from "@ldd/shared/workspace";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError, sendJson } from "@/lib/api-client.ts";
import { publicDataKeys, reviewKeys, workspaceKeys } from "@/lib/query-keys.ts";

const loadReviewOutcomeSchema = () =>
  import("@ldd/shared/workspace").then((module) => module.ReviewOutcomeSchema);

/**
 * Publishes exactly the changes the reviewer was shown; answers how many. 409 `submission_changed`
 * when any of them is no longer waiting: nothing is published then.
 */
export async function publishSubmission({
  gss,
  input,
}: {
  gss: string;
  input: PublishSubmissionInput;
}): Promise<number> {
  const path = `/api/review/${encodeURIComponent(gss)}/publish`;
  const outcome = await sendJson("POST", path, input, loadReviewOutcomeSchema);
  return outcome.count;
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
      ]),
    // The submission changed since the reviewer read it: show it as it now stands.
    onError: (error) =>
      error instanceof ApiError && error.status === 409
        ? queryClient.invalidateQueries({ queryKey: reviewKeys.queue() })
        : undefined,
  });
}
