import type { PartnershipInput } from "@ldd/shared/workspace";
import { sendJson } from "@/lib/api-client.ts";
import { loadWorkspacePartnershipSchema, useDraftMutation } from "./draft-writes.ts";
import { workspacePath } from "./get-workspace.ts";

/** The input the form checks before sending: the contract's own schema, loaded on demand. */
export const loadPartnershipInputSchema = () =>
  import("@ldd/shared/workspace").then((module) => module.PartnershipInputSchema);

/** Records a partnership as a draft (a partner of kind `new` adds the organisation). */
export function createPartnership({ gss, input }: { gss: string; input: PartnershipInput }) {
  return sendJson("POST", `${workspacePath(gss)}/partnerships`, input, loadWorkspacePartnershipSchema);
}

export function useCreatePartnership({ gss }: { gss: string }) {
  return useDraftMutation(gss, (input: PartnershipInput) => createPartnership({ gss, input }));
}
