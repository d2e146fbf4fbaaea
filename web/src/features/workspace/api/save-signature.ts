import type { SignatureInput } from "@ldd/shared/workspace";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { sendJson } from "@/lib/api-client.ts";
import { workspaceKeys } from "@/lib/query-keys.ts";
import { workspacePath } from "./get-workspace.ts";

/** The input the form checks before sending: the contract's own schema, loaded on demand. */
export const loadSignatureInputSchema = () =>
  import("@ldd/shared/workspace").then((module) => module.SignatureInputSchema);
const loadWorkspaceSignatureSchema = () =>
  import("@ldd/shared/workspace").then((module) => module.WorkspaceSignatureSchema);

/** Records or corrects the Declaration signature as a draft; answers the signature as saved. */
export function saveSignature({ gss, input }: { gss: string; input: SignatureInput }) {
  return sendJson("PUT", `${workspacePath(gss)}/signature`, input, loadWorkspaceSignatureSchema);
}

export function useSaveSignature({ gss }: { gss: string }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SignatureInput) => saveSignature({ gss, input }),
    // A draft changes the authority's workspace and the record's history (keyed under it), nothing public.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workspaceKeys.authority(gss) }),
  });
}
