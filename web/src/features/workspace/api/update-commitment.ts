import type { CommitmentInput } from "@ldd/shared/workspace";
import { sendJson } from "@/lib/api-client.ts";
import { loadWorkspaceCommitmentSchema, useDraftMutation } from "./draft-writes.ts";
import { workspacePath } from "./get-workspace.ts";

/** The input the form checks before sending: the contract's own schema, loaded on demand. */
export const loadCommitmentInputSchema = () =>
  import("@ldd/shared/workspace").then((module) => module.CommitmentInputSchema);

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
  return useDraftMutation(gss, (input: CommitmentInput) => updateCommitment({ gss, commitmentId, input }));
}
