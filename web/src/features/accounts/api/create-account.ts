import type { CreateAccountRequest } from "@ldd/shared/accounts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { sendJson } from "@/lib/api-client.ts";
import { accountKeys } from "@/lib/query-keys.ts";

/** The input the form checks before sending: the contract's own schema, loaded on demand. */
export const loadCreateAccountRequestSchema = () =>
  import("@ldd/shared/accounts").then((module) => module.CreateAccountRequestSchema);
const loadAccountSchema = () => import("@ldd/shared/accounts").then((module) => module.AccountSchema);

/** Creates an account; 409 `email_taken` (against the email field) when the address has one. */
export function createAccount({ input }: { input: CreateAccountRequest }) {
  return sendJson("POST", "/api/accounts", input, loadAccountSchema);
}

export function useCreateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateAccountRequest) => createAccount({ input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.list() }),
  });
}
