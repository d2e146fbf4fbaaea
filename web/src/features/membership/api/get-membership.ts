import { queryOptions, useQuery } from "@tanstack/react-query";
import { getJson } from "@/lib/api-client.ts";
import { membershipKeys } from "@/lib/query-keys.ts";

const loadMembershipSchema = () =>
  import("@ldd/shared/membership").then((module) => module.AuthorityMembershipSchema);

export function getMembership(gss: string, signal?: AbortSignal) {
  return getJson(`/api/membership/${gss}`, loadMembershipSchema, { signal });
}

export function getMembershipQueryOptions(gss: string) {
  return queryOptions({
    queryKey: membershipKeys.authority(gss),
    queryFn: ({ signal }) => getMembership(gss, signal),
    // Another administrator may have recorded an event meanwhile.
    staleTime: 0,
  });
}

export function useMembership(gss: string) {
  return useQuery(getMembershipQueryOptions(gss));
}
