import type { AuthoritySummary } from "@ldd/shared/authorities";
import type { InnerOuter } from "@ldd/shared/vocabulary";

export interface AuthorityFilters {
  /** Part of a name or GSS code, any case. */
  query: string;
  /** Inner or outer London by the ONS statistical definition; null for both. */
  innerOuter: InnerOuter | null;
}

function normalise(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, "and")
    .replace(/\s+/g, " ")
    .trim();
}

/** Authorities whose name or GSS code contains the query, in the chosen part of London, by name. */
export function filterAuthorities(
  authorities: readonly AuthoritySummary[],
  filters: AuthorityFilters,
): AuthoritySummary[] {
  const query = normalise(filters.query);
  return authorities
    .filter(
      (authority) =>
        (query === "" ||
          normalise(authority.name).includes(query) ||
          authority.gss.toLowerCase().includes(query)) &&
        (filters.innerOuter === null || authority.innerOuterOns === filters.innerOuter),
    )
    .sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
}
