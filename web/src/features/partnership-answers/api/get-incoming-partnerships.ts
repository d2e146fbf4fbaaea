import { queryOptions, useQuery } from "@tanstack/react-query";
import { getJson } from "@/lib/api-client.ts";
import { workspaceKeys } from "@/lib/query-keys.ts";

const loadIncomingSchema = () =>
  import("@ldd/shared/partnership-answers").then((module) => module.IncomingPartnershipListSchema);

export function getIncomingPartnerships(gss: string, signal?: AbortSignal) {
  return getJson(`/api/workspace/${gss}/partnership-answers`, loadIncomingSchema, { signal });
}

export function getIncomingPartnershipsQueryOptions(gss: string) {
  return queryOptions({
    queryKey: workspaceKeys.partnershipAnswers(gss),
    queryFn: ({ signal }) => getIncomingPartnerships(gss, signal),
    // Another authority may have reported or changed one meanwhile.
    staleTime: 0,
  });
}

export function useIncomingPartnerships(gss: string) {
  return useQuery(getIncomingPartnershipsQueryOptions(gss));
}
