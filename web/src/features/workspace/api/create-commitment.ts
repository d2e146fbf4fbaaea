import type { NewCommitmentInput } from "@ldd/shared/workspace";
import { sendJson } from "@/lib/api-client.ts";
import { loadWorkspaceCommitmentSchema, useDraftMutation } from "./draft-writes.ts";
import { workspacePath } from "./get-workspace.ts";

/** The input the form checks before sending: the contract's own schema, loaded on demand. */
export const loadNewCommitmentInputSchema = () =>
  import("@ldd/shared/workspace").then((module) => module.NewCommitmentInputSchema);

/** Adds a commitment, with its first target date, as a draft; answers the commitment as saved. */
export function createCommitment({ gss, input }: { gss: string; input: NewCommitmentInput }) {
  return sendJson("POST", `${workspacePath(gss)}/commitments`, input, loadWorkspaceCommitmentSchema);
}

export function useCreateCommitment({ gss }: { gss: string }) {
  return useDraftMutation(gss, (input: NewCommitmentInput) => createCommitment({ gss, input }));
}
