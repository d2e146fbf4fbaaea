import type { TargetDateChangeInput } from "@ldd/shared/workspace";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { sendJson } from "@/lib/api-client.ts";
import { workspaceKeys } from "@/lib/query-keys.ts";
import { workspacePath } from "./get-workspace.ts";

/** The input the form checks before sending: the contract's own schema, loaded on demand. */
export const loadTargetDateChangeInputSchema = () =>
  import("@ldd/shared/workspace").then((module) => module.TargetDateChangeInputSchema);
const loadWorkspaceCommitmentSchema = () =>
  import("@ldd/shared/workspace").then((module) => module.WorkspaceCommitmentSchema);

/** Re-baselines a commitment's target date with the reason, as a draft; 409 when someone saved since. */
export function changeTargetDate({
  gss,
  commitmentId,
  input,
}: {
  gss: string;
  commitmentId: string;
  input: TargetDateChangeInput;
}) {
  return sendJson(
    "POST",
    `${workspacePath(gss)}/commitments/${encodeURIComponent(commitmentId)}/target-dates`,
    input,
    loadWorkspaceCommitmentSchema,
  );
}

export function useChangeTargetDate({ gss, commitmentId }: { gss: string; commitmentId: string }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TargetDateChangeInput) => changeTargetDate({ gss, commitmentId, input }),
    // A draft changes the authority's workspace and the record's history (keyed under it), nothing public.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workspaceKeys.authority(gss) }),
  });
}
