import type { StatusUpdateInput } from "@ldd/shared/workspace";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { sendJson } from "@/lib/api-client.ts";
import { workspaceKeys } from "@/lib/query-keys.ts";
import { workspacePath } from "./get-workspace.ts";

/** The input the form checks before sending: the contract's own schema, loaded on demand. */
export const loadStatusUpdateInputSchema = () =>
  import("@ldd/shared/workspace").then((module) => module.StatusUpdateInputSchema);
const loadWorkspaceCommitmentSchema = () =>
  import("@ldd/shared/workspace").then((module) => module.WorkspaceCommitmentSchema);

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

export function useReportStatus({ gss, commitmentId }: { gss: string; commitmentId: string }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: StatusUpdateInput) => reportStatus({ gss, commitmentId, input }),
    // A draft changes the authority's workspace and the record's history (keyed under it), nothing public.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workspaceKeys.authority(gss) }),
  });
}
