import type { PartnerSummary } from "@ldd/shared/partnerships";
import { PARTNER_TYPE_LABELS, PARTNER_TYPES, type PartnerType } from "@ldd/shared/vocabulary";

export interface PartnerFilters {
  partnerType?: PartnerType;
  minAuthorities?: number;
}

export interface PartnerFilterReading {
  filters: PartnerFilters;
  /** What the reader typed for "shared by at least", to show it back with its error. */
  minAuthoritiesText: string;
  /** A GOV.UK error message for "shared by at least", or null. */
  minAuthoritiesError: string | null;
}

export const MIN_AUTHORITIES_ERROR = "Enter a whole number of authorities from 1 to 1000, for example 2";

/** The filters in the address (`?partnerType=university&minAuthorities=2`). An unknown type is ignored. */
export function readPartnerFilters(search: URLSearchParams): PartnerFilterReading {
  const filters: PartnerFilters = {};
  const type = search.get("partnerType");
  if (type && (PARTNER_TYPES as readonly string[]).includes(type)) filters.partnerType = type as PartnerType;
  const minText = (search.get("minAuthorities") ?? "").trim();
  let minAuthoritiesError: string | null = null;
  if (minText !== "") {
    const value = /^\d+$/.test(minText) ? Number(minText) : Number.NaN;
    if (Number.isInteger(value) && value >= 1 && value <= 1000) filters.minAuthorities = value;
    else minAuthoritiesError = MIN_AUTHORITIES_ERROR;
  }
  return { filters, minAuthoritiesText: minText, minAuthoritiesError };
}

export const PARTNER_TYPE_PLURALS: Record<PartnerType, string> = {
  govtech_supplier: "govtech suppliers",
  university: "universities",
  non_profit: "non-profits",
  public_body: "public bodies",
  other_council: "other councils",
};

const authorities = (count: number) => `${count} ${count === 1 ? "authority" : "authorities"}`;

/**
 * What the table shows, in one or two sentences: "Showing 26 partner organisations. 16 work with
 * more than one authority; the most connected is London Councils (6 authorities)."
 */
export function describePartners(partners: readonly PartnerSummary[], filters: PartnerFilters): string {
  const kinds = filters.partnerType ? PARTNER_TYPE_PLURALS[filters.partnerType] : "partner organisations";
  const kind = filters.partnerType
    ? PARTNER_TYPE_LABELS[filters.partnerType].toLowerCase()
    : "partner organisation";
  const conditions = filters.minAuthorities
    ? `, each working with at least ${authorities(filters.minAuthorities)}`
    : "";
  if (partners.length === 0) {
    return filters.minAuthorities
      ? `No ${kinds} work with at least ${authorities(filters.minAuthorities)}.`
      : `No ${kinds} match the filters.`;
  }
  const shown = `Showing ${partners.length} ${partners.length === 1 ? kind : kinds}${conditions}.`;
  const shared = partners.filter((partner) => partner.activeAuthorities.length > 1);
  const most = [...partners].sort(
    (a, b) =>
      b.activeAuthorities.length - a.activeAuthorities.length || a.name.localeCompare(b.name, "en-GB"),
  )[0];
  if (!most || most.activeAuthorities.length === 0) {
    return `${shown} None has an active partnership with an authority on the date shown.`;
  }
  const sharedText =
    shared.length === 0
      ? "None works with more than one authority"
      : `${shared.length} ${shared.length === 1 ? "works" : "work"} with more than one authority`;
  return `${shown} ${sharedText}; the most connected is ${most.name} (${authorities(most.activeAuthorities.length)}).`;
}
