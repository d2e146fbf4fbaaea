import { queryOptions, useQuery } from "@tanstack/react-query";
import { getJson } from "@/lib/api-client.ts";
import { demoAccountKeys } from "@/lib/query-keys.ts";

const loadDemoAccountListSchema = () =>
  import("@ldd/shared/accounts").then((module) => module.DemoAccountListSchema);

export function getDemoAccounts(signal?: AbortSignal) {
  return getJson("/api/demo-accounts", loadDemoAccountListSchema, { signal });
}

export function getDemoAccountsQueryOptions() {
  return queryOptions({
    queryKey: demoAccountKeys.list(),
    queryFn: ({ signal }) => getDemoAccounts(signal),
    staleTime: 5 * 60_000,
  });
}

export function useDemoAccounts() {
  return useQuery(getDemoAccountsQueryOptions());
}
