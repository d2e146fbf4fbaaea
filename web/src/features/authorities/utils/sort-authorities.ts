import type { AuthoritySummary } from "@ldd/shared/authorities";

/*
 * Sorting the authorities table. The sort lives in the address as `?sort=overdue` (ascending) or
 * `?sort=-overdue` (descending), so a sorted table can be shared and reopened. Anything else in
 * `sort` is ignored and the table is sorted by name.
 */

export const AUTHORITY_SORT_KEYS = [
  "name",
  "signed",
  "commitments",
  "done",
  "in_progress",
  "overdue",
  "not_yet_reported",
  "updated",
  "partnerships",
] as const;
export type AuthoritySortKey = (typeof AUTHORITY_SORT_KEYS)[number];

export interface AuthoritySort {
  key: AuthoritySortKey;
  direction: "ascending" | "descending";
}

export const DEFAULT_AUTHORITY_SORT: AuthoritySort = { key: "name", direction: "ascending" };

type Kind = "text" | "date" | "count";

interface SortDefinition {
  /** Column heading. */
  label: string;
  /** In "Sorted by …". */
  phrase: string;
  kind: Kind;
  /** The value to sort by; null sorts last whichever the direction (not signed, never updated). */
  value: (authority: AuthoritySummary) => string | number | null;
}

export const AUTHORITY_SORTS: Record<AuthoritySortKey, SortDefinition> = {
  name: { label: "Authority", phrase: "name", kind: "text", value: (authority) => authority.name },
  signed: {
    label: "Signed on",
    phrase: "date signed",
    kind: "date",
    value: (authority) => authority.signedOn,
  },
  commitments: {
    label: "Commitments",
    phrase: "number of commitments",
    kind: "count",
    value: (authority) => authority.commitmentCount,
  },
  done: {
    label: "Done",
    phrase: "commitments done",
    kind: "count",
    value: (authority) => authority.commitmentsByStatus.done ?? 0,
  },
  in_progress: {
    label: "In progress",
    phrase: "commitments in progress",
    kind: "count",
    value: (authority) => authority.commitmentsByStatus.in_progress ?? 0,
  },
  overdue: {
    label: "Overdue",
    phrase: "overdue commitments",
    kind: "count",
    value: (authority) => authority.overdueCommitments,
  },
  not_yet_reported: {
    label: "Not yet reported",
    phrase: "commitments not yet reported",
    kind: "count",
    value: (authority) => authority.commitmentsByStatus.not_yet_reported ?? 0,
  },
  updated: {
    label: "Last update",
    phrase: "last update",
    kind: "date",
    value: (authority) => authority.lastUpdatedAt,
  },
  partnerships: {
    label: "Active partnerships",
    phrase: "active partnerships",
    kind: "count",
    value: (authority) => authority.activePartnershipCount,
  },
};

const isSortKey = (value: string): value is AuthoritySortKey =>
  (AUTHORITY_SORT_KEYS as readonly string[]).includes(value);

/** The sort in `?sort=`: "overdue", "-overdue"; the default (name, A to Z) for anything else. */
export function readAuthoritySort(param: string | null): AuthoritySort {
  if (!param) return DEFAULT_AUTHORITY_SORT;
  const descending = param.startsWith("-");
  const key = descending ? param.slice(1) : param;
  return isSortKey(key)
    ? { key, direction: descending ? "descending" : "ascending" }
    : DEFAULT_AUTHORITY_SORT;
}

/** The `?sort=` value of a sort; null for the default, which needs no parameter. */
export function writeAuthoritySort(sort: AuthoritySort): string | null {
  if (sort.key === DEFAULT_AUTHORITY_SORT.key && sort.direction === DEFAULT_AUTHORITY_SORT.direction) {
    return null;
  }
  return `${sort.direction === "descending" ? "-" : ""}${sort.key}`;
}

/** The sort after choosing a column's heading: that column ascending, or the other way if it already is. */
export function nextAuthoritySort(current: AuthoritySort, key: AuthoritySortKey): AuthoritySort {
  if (current.key !== key) return { key, direction: "ascending" };
  return { key, direction: current.direction === "ascending" ? "descending" : "ascending" };
}

const DIRECTION_WORDS: Record<Kind, Record<AuthoritySort["direction"], string>> = {
  text: { ascending: "A to Z", descending: "Z to A" },
  date: { ascending: "earliest first", descending: "latest first" },
  count: { ascending: "fewest first", descending: "most first" },
};

/** "Sorted by overdue commitments, most first". */
export function describeAuthoritySort(sort: AuthoritySort): string {
  const definition = AUTHORITY_SORTS[sort.key];
  return `Sorted by ${definition.phrase}, ${DIRECTION_WORDS[definition.kind][sort.direction]}`;
}

const byName = (a: AuthoritySummary, b: AuthoritySummary) => a.name.localeCompare(b.name, "en-GB");

/** A sorted copy; ties, and the authorities with no value, in name order. */
export function sortAuthorities(
  authorities: readonly AuthoritySummary[],
  sort: AuthoritySort,
): AuthoritySummary[] {
  const { value, kind } = AUTHORITY_SORTS[sort.key];
  const sign = sort.direction === "ascending" ? 1 : -1;
  return [...authorities].sort((a, b) => {
    const left = value(a);
    const right = value(b);
    if (left === null || right === null) {
      if (left === right) return byName(a, b);
      return left === null ? 1 : -1;
    }
    const compared =
      kind === "count"
        ? Number(left) - Number(right)
        : kind === "text"
          ? String(left).localeCompare(String(right), "en-GB")
          : String(left) < String(right)
            ? -1
            : String(left) > String(right)
              ? 1
              : 0;
    return compared === 0 ? byName(a, b) : sign * compared;
  });
}
