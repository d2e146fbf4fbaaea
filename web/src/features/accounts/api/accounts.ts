import type { CreateAccountRequest } from "@ldd/shared/accounts";
import { queryOptions, useQuery, useQueryClient } from "@tanstack/react-query";
import { getJson, sendJson } from "@/lib/api-client.ts";

const loadAccountListSchema = () => import("@ldd/shared/accounts").then((module) => module.AccountListSchema);
const loadAccountSchema = () => import("@ldd/shared/accounts").then((module) => module.AccountSchema);

export function getAccounts(signal?: AbortSignal) {
  return getJson("/api/accounts", loadAccountListSchema, { signal });
}

export function useAccounts() {
  return useQuery(
    queryOptions({ queryKey: ["accounts"], queryFn: ({ signal }) => getAccounts(signal), staleTime: 0 }),
  );
}

export function createAccount(input: CreateAccountRequest) {
  return sendJson("POST", "/api/accounts", input, loadAccountSchema);
}

export function setAccountDisabled(id: string, disabled: boolean) {
  return sendJson("PATCH", `/api/accounts/${encodeURIComponent(id)}`, { disabled }, loadAccountSchema);
}

export function useRefreshAccounts() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ["accounts"] });
}
