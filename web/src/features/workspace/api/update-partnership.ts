import type { PartnershipInput } from "@ldd/shared/workspace";
import { sendJson } from "@/lib/api-client.ts";
import { loadWorkspacePartnershipSchema, useDraftMutation } from "./draft-writes.ts";
import { workspacePath } from "./get-workspace.ts";

/** The input the form checks before sending: the contract's own schema, loaded on demand. */
export const loadPartnershipInputSchema = () =>
  import("@ldd/shared/workspace").then((module) => module.PartnershipInputSchema);

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
  return useDraftMutation(gss, (input: PartnershipInput) => updatePartnership({ gss, partnershipId, input }));
}
