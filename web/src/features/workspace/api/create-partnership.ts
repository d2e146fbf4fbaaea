import type { PartnershipInput } from "@ldd/shared/workspace";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { sendJson } from "@/lib/api-client.ts";
import { workspaceKeys } from "@/lib/query-keys.ts";
import { workspacePath } from "./get-workspace.ts";

/** The input the form checks before sending: the contract's own schema, loaded on demand. */
export const loadPartnershipInputSchema = () =>
  import("@ldd/shared/workspace").then((module) => module.PartnershipInputSchema);
const loadWorkspacePartnershipSchema = () =>
  import("@ldd/shared/workspace").then((module) => module.WorkspacePartnershipSchema);

/** Records a partnership as a draft (a partner of kind `new` adds the organisation). */
export function createPartnership({ gss, input }: { gss: string; input: PartnershipInput }) {
  return sendJson("POST", `${workspacePath(gss)}/partnerships`, input, loadWorkspacePartnershipSchema);
}

export function useCreatePartnership({ gss }: { gss: string }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PartnershipInput) => createPartnership({ gss, input }),
    // A draft changes the authority's workspace and the record's history (keyed under it), nothing public.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workspaceKeys.authority(gss) }),
  });
}
