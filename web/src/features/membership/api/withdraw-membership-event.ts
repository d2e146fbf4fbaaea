import type { MembershipWithdrawalInput } from "@ldd/shared/membership";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { sendJson } from "@/lib/api-client.ts";
import { membershipKeys, publicDataKeys } from "@/lib/query-keys.ts";

export const loadMembershipWithdrawalInputSchema = () =>
  import("@ldd/shared/membership").then((module) => module.MembershipWithdrawalInputSchema);
const loadMembershipSchema = () =>
  import("@ldd/shared/membership").then((module) => module.AuthorityMembershipSchema);

/** Withdraws an event recorded in error; the public no longer sees it. */
export function withdrawMembershipEvent({
  gss,
  eventId,
  input,
}: {
  gss: string;
  eventId: string;
  input: MembershipWithdrawalInput;
}) {
  return sendJson("POST", `/api/membership/${gss}/events/${eventId}/withdraw`, input, loadMembershipSchema);
}

export function useWithdrawMembershipEvent(gss: string, eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MembershipWithdrawalInput) => withdrawMembershipEvent({ gss, eventId, input }),
    onSuccess: (membership) => {
      queryClient.setQueryData(membershipKeys.authority(gss), membership);
      return queryClient.invalidateQueries({ queryKey: publicDataKeys.all });
    },
  });
}
