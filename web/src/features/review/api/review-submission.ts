import type { PublishSubmissionInput, ReturnSubmissionInput } from "@ldd/shared/workspace";
import { useQueryClient } from "@tanstack/react-query";
import { ApiError, sendJson } from "@/lib/api-client.ts";

const loadOutcomeSchema = () => import("@ldd/shared/workspace").then((module) => module.ReviewOutcomeSchema);

async function count(promise: Promise<{ count: number } | null>): Promise<number> {
  const outcome = await promise;
  if (!outcome) throw new ApiError(0, "unexpected_response", "The review service did not answer.");
  return outcome.count;
}

/** Publishes exactly the changes the reviewer was shown (409 if any is no longer waiting). */
export function publishSubmission(gss: string, input: PublishSubmissionInput) {
  return count(sendJson("POST", `/api/review/${encodeURIComponent(gss)}/publish`, input, loadOutcomeSchema));
}

export function returnSubmission(gss: string, input: ReturnSubmissionInput) {
  return count(sendJson("POST", `/api/review/${encodeURIComponent(gss)}/return`, input, loadOutcomeSchema));
}

/** After a decision: the queue, that authority's workspace and the public pages have changed. */
export function useRefreshAfterReview() {
  const queryClient = useQueryClient();
  return (gss: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ["review"] }),
      queryClient.invalidateQueries({ queryKey: ["workspace", gss] }),
      queryClient.invalidateQueries({ queryKey: ["authorities"] }),
      queryClient.invalidateQueries({ queryKey: ["summary"] }),
    ]);
}
