import { toLondonDate } from "@ldd/shared/dates";

/** Records not touched for this many days are flagged as stale. */
export const STALE_AFTER_DAYS = 183;

export interface Freshness {
  isStale: boolean;
  /** The London date of the last update, YYYY-MM-DD; null when never updated. */
  lastUpdatedOn: string | null;
}

/** Whether an authority's records are stale: never updated, or not for about six months. */
export function getFreshness(lastUpdatedAt: string | null, now: Date): Freshness {
  if (!lastUpdatedAt) return { isStale: true, lastUpdatedOn: null };
  const ageInDays = (now.getTime() - new Date(lastUpdatedAt).getTime()) / 86_400_000;
  return { isStale: ageInDays > STALE_AFTER_DAYS, lastUpdatedOn: toLondonDate(lastUpdatedAt) };
}
