import { queryOptions, useQuery } from "@tanstack/react-query";
import { getJson } from "@/lib/api-client.ts";
import { accountKeys } from "@/lib/query-keys.ts";

const loadAccountListSchema = () => import("@ldd/shared/accounts").then((module) => module.AccountListSchema);

export function getAccounts(signal?: AbortSignal) {
  return getJson("/api/accounts", loadAccountListSchema, { signal });
}

export function getAccountsQueryOptions() {
  return queryOptions({
    queryKey: accountKeys.list(),
    queryFn: ({ signal }) => getAccounts(signal),
    // Another administrator may have changed an account meanwhile.
    staleTime: 0,
  });
}

export function useAccounts() {
  return useQuery(getAccountsQueryOptions());
}
