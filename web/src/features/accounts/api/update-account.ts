import type { UpdateAccountRequest } from "@ldd/shared/accounts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { sendJson } from "@/lib/api-client.ts";
import { accountKeys } from "@/lib/query-keys.ts";

const loadAccountSchema = () => import("@ldd/shared/accounts").then((module) => module.AccountSchema);

/** Turns an account's access off or on; 409 for the administrator's own account. */
export function updateAccount({ accountId, input }: { accountId: string; input: UpdateAccountRequest }) {
  return sendJson("PATCH", `/api/accounts/${encodeURIComponent(accountId)}`, input, loadAccountSchema);
}

export function useUpdateAccount({ accountId }: { accountId: string }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateAccountRequest) => updateAccount({ accountId, input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.list() }),
  });
}
