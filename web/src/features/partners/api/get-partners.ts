import type { PartnerListQuery } from "@ldd/shared/partnerships";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { buildApiPath, getJson } from "@/lib/api-client.ts";
import { publicDataKeys } from "@/lib/query-keys.ts";
import { type PageView, TODAY, useView, viewParams } from "@/lib/view.ts";

type PartnerFilters = Pick<PartnerListQuery, "partnerType" | "minAuthorities">;

export function getPartnersCsvHref(filters: PartnerFilters, view: PageView = TODAY): string {
  return buildApiPath("/api/partners.csv", { ...filters, ...viewParams(view) });
}

const loadPartnerListSchema = () =>
  import("@ldd/shared/partnerships").then((module) => module.PartnerListSchema);

export function getPartners(filters: PartnerFilters, view: PageView, signal?: AbortSignal) {
  return getJson(buildApiPath("/api/partners", { ...filters, ...viewParams(view) }), loadPartnerListSchema, {
    signal,
  });
}

export function getPartnersQueryOptions(filters: PartnerFilters, view: PageView) {
  return queryOptions({
    queryKey: publicDataKeys.partners(view, filters),
    queryFn: ({ signal }) => getPartners(filters, view, signal),
  });
}

/** Partner organisations and the authorities working with them, the most connected first. */
export function usePartners(filters: PartnerFilters) {
  return useQuery(getPartnersQueryOptions(filters, useView()));
}
