import type { TargetDateChangeInput } from "@ldd/shared/workspace";
import { sendJson } from "@/lib/api-client.ts";
import { loadWorkspaceCommitmentSchema, useDraftMutation } from "./draft-writes.ts";
import { workspacePath } from "./get-workspace.ts";

/** The input the form checks before sending: the contract's own schema, loaded on demand. */
export const loadTargetDateChangeInputSchema = () =>
  import("@ldd/shared/workspace").then((module) => module.TargetDateChangeInputSchema);

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
  return useDraftMutation(gss, (input: TargetDateChangeInput) =>
    changeTargetDate({ gss, commitmentId, input }),
  );
}
