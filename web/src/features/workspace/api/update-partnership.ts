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

/** Changes or ends a partnership as a new draft version; 409 when someone saved since. */
export function updatePartnership({
  gss,
  partnershipId,
  input,
}: {
  gss: string;
  partnershipId: string;
  input: PartnershipInput;
}) {
  return sendJson(
    "PUT",
    `${workspacePath(gss)}/partnerships/${encodeURIComponent(partnershipId)}`,
    input,
    loadWorkspacePartnershipSchema,
  );
}

export function useUpdatePartnership({ gss, partnershipId }: { gss: string; partnershipId: string }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PartnershipInput) => updatePartnership({ gss, partnershipId, input }),
    // A draft changes the authority's workspace and the record's history (keyed under it), nothing public.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workspaceKeys.authority(gss) }),
  });
}
