import type { PartnershipAnswerInput } from "@ldd/shared/partnership-answers";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { sendJson } from "@/lib/api-client.ts";
import { publicDataKeys, workspaceKeys } from "@/lib/query-keys.ts";

/** The input the form checks before sending: the contract's own schema, loaded on demand. */
export const loadPartnershipAnswerInputSchema = () =>
  import("@ldd/shared/partnership-answers").then((module) => module.PartnershipAnswerInputSchema);
const loadIncomingSchema = () =>
  import("@ldd/shared/partnership-answers").then((module) => module.IncomingPartnershipSchema);

/** Confirms or disputes a partnership another authority reported; public at once. */
export function answerPartnership({
  gss,
  partnershipId,
  input,
}: {
  gss: string;
  partnershipId: string;
  input: PartnershipAnswerInput;
}) {
  return sendJson(
    "POST",
    `/api/workspace/${gss}/partnership-answers/${partnershipId}`,
    input,
    loadIncomingSchema,
  );
}

export function useAnswerPartnership(gss: string, partnershipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PartnershipAnswerInput) => answerPartnership({ gss, partnershipId, input }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: workspaceKeys.partnershipAnswers(gss) }),
        // Both authorities' profiles and the partnership lists show the answer.
        queryClient.invalidateQueries({ queryKey: publicDataKeys.all }),
      ]),
  });
}
