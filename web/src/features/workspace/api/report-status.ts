import type { StatusUpdateInput } from "@ldd/shared/workspace";
import { sendJson } from "@/lib/api-client.ts";
import { loadWorkspaceCommitmentSchema, useDraftMutation } from "./draft-writes.ts";
import { workspacePath } from "./get-workspace.ts";

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

export function useReportStatus({ gss, commitmentId }: { gss: string; commitmentId: string }) {
  return useDraftMutation(gss, (input: StatusUpdateInput) => reportStatus({ gss, commitmentId, input }));
}
