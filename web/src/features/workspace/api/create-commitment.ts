import type { NewCommitmentInput } from "@ldd/shared/workspace";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { sendJson } from "@/lib/api-client.ts";
import { workspaceKeys } from "@/lib/query-keys.ts";
import { workspacePath } from "./get-workspace.ts";

/** The input the form checks before sending: the contract's own schema, loaded on demand. */
export const loadNewCommitmentInputSchema = () =>
  import("@ldd/shared/workspace").then((module) => module.NewCommitmentInputSchema);
const loadWorkspaceCommitmentSchema = () =>
  import("@ldd/shared/workspace").then((module) => module.WorkspaceCommitmentSchema);

/** Adds a commitment, with its first target date, as a draft; answers the commitment as saved. */
export function createCommitment({ gss, input }: { gss: string; input: NewCommitmentInput }) {
  return sendJson("POST", `${workspacePath(gss)}/commitments`, input, loadWorkspaceCommitmentSchema);
}

export function useCreateCommitment({ gss }: { gss: string }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewCommitmentInput) => createCommitment({ gss, input }),
    // A draft changes the authority's workspace and the record's history (keyed under it), nothing public.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workspaceKeys.authority(gss) }),
  });
}
