import type { CommitmentListQuery } from "@ldd/shared/commitments";

/** Commitments that need attention: no update for a while, past their target date, or slipped. */
export type AttentionKind = "stale" | "overdue" | "slipped";

export const DEFAULT_STALE_DAYS = 180;

/** The list's filters and order: the most neglected, most overdue or most slipped first. */
export function attentionFilters(kind: AttentionKind, staleDays: number): CommitmentListQuery {
  switch (kind) {
    case "stale":
      return { stale_days: staleDays, sort: "-days_since_update" };
    case "overdue":
      return { overdue: true, sort: "target_date" };
    case "slipped":
      return { slipped: true, sort: "-days_slipped" };
  }
}

/** `?stale_days=` from the address, when it is a whole number of days the API accepts. */
export function readStaleDays(value: string | null): number {
  if (value === null || !/^\d{1,4}$/.test(value.trim())) return DEFAULT_STALE_DAYS;
  const days = Number(value);
  return days >= 1 && days <= 3650 ? days : DEFAULT_STALE_DAYS;
}
