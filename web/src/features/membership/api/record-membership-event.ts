import type { MembershipEventInput } from "@ldd/shared/membership";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { sendJson } from "@/lib/api-client.ts";
import { membershipKeys, publicDataKeys } from "@/lib/query-keys.ts";

/** The input the form checks before sending: the contract's own schema, loaded on demand. */
export const loadMembershipEventInputSchema = () =>
  import("@ldd/shared/membership").then((module) => module.MembershipEventInputSchema);
const loadMembershipSchema = () =>
  import("@ldd/shared/membership").then((module) => module.AuthorityMembershipSchema);

/** Records a join or leave; it is published at once, so the public data changes too. */
export function recordMembershipEvent({ gss, input }: { gss: string; input: MembershipEventInput }) {
  return sendJson("POST", `/api/membership/${gss}/events`, input, loadMembershipSchema);
}

export function useRecordMembershipEvent(gss: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MembershipEventInput) => recordMembershipEvent({ gss, input }),
    onSuccess: (membership) => {
      queryClient.setQueryData(membershipKeys.authority(gss), membership);
      return queryClient.invalidateQueries({ queryKey: publicDataKeys.all });
    },
  });
}
