import { useMutation, useQueryClient } from "@tanstack/react-query";
import { workspaceKeys } from "@/lib/query-keys.ts";

/*
 * What every save of a draft shares: the answers it is parsed with, and what it changes.
 * Each save has its own file (its input, request and hook); this is not one of them.
 */

export const loadWorkspaceSignatureSchema = () =>
  import("@ldd/shared/workspace").then((module) => module.WorkspaceSignatureSchema);
export const loadWorkspaceCommitmentSchema = () =>
  import("@ldd/shared/workspace").then((module) => module.WorkspaceCommitmentSchema);
export const loadWorkspacePartnershipSchema = () =>
  import("@ldd/shared/workspace").then((module) => module.WorkspacePartnershipSchema);

/**
 * A save of drafts changes the authority's workspace and the history of each record saved (keyed
 * under the workspace): nothing public, and nothing in the review queue until it is submitted.
 */
export function useDraftMutation<Input, Answer>(gss: string, save: (input: Input) => Promise<Answer>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: save,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workspaceKeys.authority(gss) }),
  });
}
