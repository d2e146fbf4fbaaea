import type { SignatureInput } from "@ldd/shared/workspace";
import { sendJson } from "@/lib/api-client.ts";
import { loadWorkspaceSignatureSchema, useDraftMutation } from "./draft-writes.ts";
import { workspacePath } from "./get-workspace.ts";

/** The input the form checks before sending: the contract's own schema, loaded on demand. */
export const loadSignatureInputSchema = () =>
  import("@ldd/shared/workspace").then((module) => module.SignatureInputSchema);

/** Records or corrects the Declaration signature as a draft; answers the signature as saved. */
export function saveSignature({ gss, input }: { gss: string; input: SignatureInput }) {
  return sendJson("PUT", `${workspacePath(gss)}/signature`, input, loadWorkspaceSignatureSchema);
}

export function useSaveSignature({ gss }: { gss: string }) {
  return useDraftMutation(gss, (input: SignatureInput) => saveSignature({ gss, input }));
}
