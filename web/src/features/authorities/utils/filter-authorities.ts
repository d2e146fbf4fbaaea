import type { AuthoritySummary } from "@ldd/shared/authorities";
import { AUTHORITIES } from "@ldd/shared/reference-data";
import { type InnerOuter, InnerOuterSchema } from "@ldd/shared/vocabulary";

/** The two definitions of inner and outer London (docs/domain.md). */
export type LondonDefinition = "ons" | "1963";

export interface AuthorityFilters {
  /** Part of a name or GSS code, any case. */
  query: string;
  /** Inner or outer London by `definition`; null for both. */
  innerOuter: InnerOuter | null;
  /** Which definition `innerOuter` uses: the ONS statistical one unless told otherwise. */
  definition?: LondonDefinition;
  /** LOTI members on the view's date (true), the others (false), or both (null). */
  member?: boolean | null;
  /** Only founding members: those that joined LOTI at its launch. */
  founding?: boolean;
}

export const NO_AUTHORITY_FILTERS: AuthorityFilters = {
  query: "",
  innerOuter: null,
  definition: "ons",
  member: null,
  founding: false,
};

/** The filters in the address (`?q=&area=inner&definition=1963&member=yes&founding=yes`); unknown values are ignored. */
export function readAuthorityFilters(search: URLSearchParams): AuthorityFilters {
  const area = InnerOuterSchema.safeParse(search.get("area"));
  const member = search.get("member");
  return {
    query: search.get("q") ?? "",
    innerOuter: area.success ? area.data : null,
    definition: search.get("definition") === "1963" ? "1963" : "ons",
    member: member === "yes" ? true : member === "no" ? false : null,
    founding: search.get("founding") === "yes",
  };
}

export function hasAuthorityFilters(filters: AuthorityFilters): boolean {
  return (
    filters.query.trim() !== "" ||
    filters.innerOuter !== null ||
    (filters.member ?? null) !== null ||
    filters.founding === true
  );
}

/** In words, the boroughs the two definitions place differently: "Greenwich, Haringey and Newham". */
export function describeDefinitionDifferences(definition: LondonDefinition): string {
  const differing = AUTHORITIES.filter((authority) => authority.innerOuter1963 !== authority.innerOuterOns);
  const inner = differing.filter(
    (authority) => (definition === "ons" ? authority.innerOuterOns : authority.innerOuter1963) === "inner",
  );
  const outer = differing.filter((authority) => !inner.includes(authority));
  const names = (list: typeof differing) => listInWords(list.map((authority) => authority.name));
  const verb = (list: typeof differing) => (list.length === 1 ? "is" : "are");
  return [
    inner.length > 0 ? `${names(inner)} ${verb(inner)} inner` : null,
    outer.length > 0 ? `${names(outer)} ${verb(outer)} outer` : null,
  ]
    .filter(Boolean)
    .join("; ");
}

export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

export const DEFINITION_NAMES: Record<LondonDefinition, string> = {
  ons: "ONS definition",
  "1963": "1963 definition",
};

/** "inner London (1963 definition), LOTI members": what the filters keep, for the summary sentence. */
export function describeAuthorityFilters(filters: AuthorityFilters): string[] {
  const parts: string[] = [];
  if (filters.query.trim() !== "") parts.push(`matching “${filters.query.trim()}”`);
  if (filters.innerOuter) {
    parts.push(`${filters.innerOuter} London (${DEFINITION_NAMES[filters.definition ?? "ons"]})`);
  }
  if (filters.member === true) parts.push(filters.founding ? "founding LOTI members" : "LOTI members");
  else if (filters.member === false) {
    parts.push(filters.founding ? "founding LOTI members that are no longer members" : "not LOTI members");
  } else if (filters.founding) parts.push("founding LOTI members");
  return parts;
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

/** Authorities that pass every filter, by name. */
export function filterAuthorities(
  authorities: readonly AuthoritySummary[],
  filters: AuthorityFilters,
): AuthoritySummary[] {
  const query = normalise(filters.query);
  const part = (authority: AuthoritySummary) =>
    filters.definition === "1963" ? authority.innerOuter1963 : authority.innerOuterOns;
  return authorities
    .filter(
      (authority) =>
        (query === "" ||
          normalise(authority.name).includes(query) ||
          authority.gss.toLowerCase().includes(query)) &&
        (filters.innerOuter === null || part(authority) === filters.innerOuter) &&
        (filters.member === undefined ||
          filters.member === null ||
          authority.lotiMember === filters.member) &&
        (!filters.founding || authority.foundingMember),
    )
    .sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
}
