import type { QueryClient } from "@tanstack/react-query";
import { ApiError, sendJson } from "@/lib/api-client.ts";
import { reviewKeys } from "@/lib/query-keys.ts";

const loadReviewOutcomeSchema = () =>
  import("@ldd/shared/workspace").then((module) => module.ReviewOutcomeSchema);

/**
 * Publishing and returning are one request, to /api/review/{gss}/publish or /return, naming the
 * changes the reviewer was shown; the answer says how many were decided. A 409
 * `submission_changed` means one of them is no longer waiting, and nothing was decided.
 */
export async function sendDecision(
  gss: string,
  decision: "publish" | "return",
  input: { changeIds: string[] },
): Promise<number> {
  const path = `/api/review/${encodeURIComponent(gss)}/${decision}`;
  const outcome = await sendJson("POST", path, input, loadReviewOutcomeSchema);
  return outcome.count;
}

/** After a refused decision: the submission changed since the reviewer read it, so read the queue again. */
export function refreshQueueAfterConflict(queryClient: QueryClient, error: Error) {
  if (error instanceof ApiError && error.status === 409) {
    return queryClient.invalidateQueries({ queryKey: reviewKeys.queue() });
  }
}
