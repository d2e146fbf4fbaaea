import type { StatusUpdateInput, WorkspaceCommitment } from "@ldd/shared/workspace";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { sendJson } from "@/lib/api-client.ts";
import { reviewKeys, workspaceKeys } from "@/lib/query-keys.ts";
import { loadWorkspaceCommitmentSchema } from "./draft-writes.ts";
import { workspacePath } from "./get-workspace.ts";
import { submitForReview } from "./submit-for-review.ts";

/** The input the form checks before sending: the contract's own schema, loaded on demand. */
export const loadStatusUpdateInputSchema = () =>
  import("@ldd/shared/workspace").then((module) => module.StatusUpdateInputSchema);

/** Reports a commitment's status with its evidence in one step, as a draft; 409 when someone saved since. */
export function reportStatus({
  gss,
  commitmentId,
  input,
}: {
  gss: string;
  commitmentId: string;
  input: StatusUpdateInput;
}) {
  return sendJson(
    "POST",
    `${workspacePath(gss)}/commitments/${encodeURIComponent(commitmentId)}/status-updates`,
    input,
    loadWorkspaceCommitmentSchema,
  );
}

/**
 * Reports a status as a draft and, when `andSubmit()` says so as it is sent ("Save and submit"),
 * submits that one draft at once: the other drafts of the authority stay drafts. The new draft is
 * the one the answer has that the commitment did not (`knownIds`).
 */
export function useReportStatus({
  gss,
  commitment,
  andSubmit = () => false,
}: {
  gss: string;
  commitment: WorkspaceCommitment;
  andSubmit?: () => boolean;
}) {
  const queryClient = useQueryClient();
  const knownIds = new Set(commitment.statusHistory.map((update) => update.id));
  return useMutation({
    mutationFn: async (
      input: StatusUpdateInput,
    ): Promise<{ saved: WorkspaceCommitment; submitted: boolean }> => {
      const submit = andSubmit();
      const saved = await reportStatus({ gss, commitmentId: commitment.id, input });
      if (!submit) return { saved, submitted: false };
      const changeIds = saved.statusHistory
        .filter((update) => update.state === "draft" && !knownIds.has(update.id))
        .map((update) => update.id);
      if (changeIds.length > 0) await submitForReview({ gss, input: { changeIds } });
      return { saved, submitted: changeIds.length > 0 };
    },
    // A draft changes the workspace (and the histories under it); a submission the review queue too.
    onSettled: (result) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: workspaceKeys.authority(gss) }),
        result?.submitted ? queryClient.invalidateQueries({ queryKey: reviewKeys.queue() }) : null,
      ]),
  });
}
