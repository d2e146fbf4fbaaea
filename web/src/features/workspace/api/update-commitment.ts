import type { CommitmentInput } from "@ldd/shared/workspace";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { sendJson } from "@/lib/api-client.ts";
import { workspaceKeys } from "@/lib/query-keys.ts";
import { workspacePath } from "./get-workspace.ts";

/** The input the form checks before sending: the contract's own schema, loaded on demand. */
export const loadCommitmentInputSchema = () =>
  import("@ldd/shared/workspace").then((module) => module.CommitmentInputSchema);
const loadWorkspaceCommitmentSchema = () =>
  import("@ldd/shared/workspace").then((module) => module.WorkspaceCommitmentSchema);

/** Changes a commitment's four Declaration fields as a new draft version; 409 when someone saved since. */
export function updateCommitment({
  gss,
  commitmentId,
  input,
}: {
  gss: string;
  commitmentId: string;
  input: CommitmentInput;
}) {
  return sendJson(
    "PUT",
    `${workspacePath(gss)}/commitments/${encodeURIComponent(commitmentId)}`,
    input,
    loadWorkspaceCommitmentSchema,
  );
}

export function useUpdateCommitment({ gss, commitmentId }: { gss: string; commitmentId: string }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CommitmentInput) => updateCommitment({ gss, commitmentId, input }),
    // A draft changes the authority's workspace and the record's history (keyed under it), nothing public.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workspaceKeys.authority(gss) }),
  });
}
