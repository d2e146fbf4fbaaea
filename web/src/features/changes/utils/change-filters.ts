import type { DatePart, DateParts } from "@ldd/shared/date-parts";
import { formatLongDate } from "@ldd/shared/dates";
import { CHANGE_KINDS, type ChangeCounts, type ChangeKind } from "@ldd/shared/leadership";
import { AUTHORITIES } from "@ldd/shared/reference-data";
import { readDateQuery } from "@/lib/date-query.ts";

/** The filters of a change list as the address gives them: dates, authority, kind, as published. */
export interface ChangeFilterValues {
  from: string;
  to: string;
  authority: string | undefined;
  kind: ChangeKind | undefined;
  asPublished: boolean;
}

export interface FilterError {
  field: "from" | "to";
  message: string;
  /** The first box of the date with the problem, which the error summary links to. */
  box: DatePart;
  /** The boxes as typed, to show again for correction; absent for a range the wrong way round. */
  typed?: DateParts;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const KNOWN_AUTHORITIES = new Set(AUTHORITIES.map((authority) => authority.gss));

/**
 * Reads the filters from the address. Dates left out take the defaults; an authority or kind the
 * API would not know is ignored; a date that is not a real date, or a range that ends before it
 * starts, is an error to show next to its field instead of asking the API.
 */
export function readChangeFilters(
  search: URLSearchParams,
  defaults: { from: string; to: string; asPublished?: boolean },
  labels: { from: string; to: string } = { from: "start date", to: "end date" },
): { values: ChangeFilterValues; errors: FilterError[] } {
  const fromQuery = readDateQuery(search, "from", capitalise(labels.from));
  const toQuery = readDateQuery(search, "to", capitalise(labels.to));
  const from = fromQuery.value || (fromQuery.error ? "" : defaults.from);
  const to = toQuery.value || (toQuery.error ? "" : defaults.to);
  const authority = search.get("authority") ?? "";
  const kind = search.get("kind") ?? "";
  const asPublishedParam = search.get("asPublished");
  const values: ChangeFilterValues = {
    from,
    to,
    authority: KNOWN_AUTHORITIES.has(authority) ? authority : undefined,
    kind: (CHANGE_KINDS as readonly string[]).includes(kind) ? (kind as ChangeKind) : undefined,
    asPublished: asPublishedParam === null ? (defaults.asPublished ?? false) : asPublishedParam === "true",
  };
  const errors: FilterError[] = [];
  for (const [field, query] of [
    ["from", fromQuery],
    ["to", toQuery],
  ] as const) {
    if (query.error) {
      errors.push({ field, message: query.error, box: query.errorBox ?? "day", typed: query.parts });
    }
  }
  if (errors.length === 0 && from !== "" && to !== "" && from > to) {
    errors.push({
      field: "to",
      message: `The ${labels.to} must be the same as or after the ${labels.from}`,
      box: "day",
    });
  }
  return { values, errors };
}

const COUNT_LABELS: Record<keyof ChangeCounts, [one: string, many: string]> = {
  signatures: ["authority signed the Declaration", "authorities signed the Declaration"],
  membershipJoins: ["authority joined LOTI", "authorities joined LOTI"],
  membershipLeaves: ["authority left LOTI", "authorities left LOTI"],
  newCommitments: ["new commitment", "new commitments"],
  statusChanges: ["status change", "status changes"],
  targetDatesMoved: ["target date moved", "target dates moved"],
  partnershipsStarted: ["partnership started", "partnerships started"],
  partnershipsEnded: ["partnership ended", "partnerships ended"],
};

export const COUNT_HEADINGS: Record<keyof ChangeCounts, string> = {
  signatures: "Signed the Declaration",
  membershipJoins: "Joined LOTI",
  membershipLeaves: "Left LOTI",
  newCommitments: "New commitments",
  statusChanges: "Status changes",
  targetDatesMoved: "Target dates moved",
  partnershipsStarted: "Partnerships started",
  partnershipsEnded: "Partnerships ended",
};

export const COUNT_KEYS = Object.keys(COUNT_LABELS) as (keyof ChangeCounts)[];

/** "6 status changes, 1 partnership started and 1 partnership ended", or null when nothing changed. */
export function describeCounts(counts: ChangeCounts): string | null {
  const parts = COUNT_KEYS.filter((key) => counts[key] > 0).map((key) => {
    const [one, many] = COUNT_LABELS[key];
    return `${counts[key]} ${counts[key] === 1 ? one : many}`;
  });
  if (parts.length === 0) return null;
  return parts.length === 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/** "Between the end of 31 October 2026 and the end of 30 November 2026: 8 changes: …". */
export function summariseChanges(from: string, to: string, total: number, counts: ChangeCounts): string {
  const period = `After ${formatLongDate(from)} up to the end of ${formatLongDate(to)}`;
  if (total === 0) return `${period}, nothing changed.`;
  const described = describeCounts(counts);
  return `${period}: ${total} ${total === 1 ? "change" : "changes"}${described ? `, including ${described}` : ""}.`;
}
