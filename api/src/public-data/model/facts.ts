import type { CommitmentDetail, StatusUpdate, TargetDateChange } from "@ldd/shared/commitments";
import type { Partnership } from "@ldd/shared/partnerships";
import type { CommitmentStatus } from "@ldd/shared/vocabulary";

/*
 * The small vocabulary every part of the public model shares: facts in effective-time order, the
 * latest fact on a date (ties go to the later recording), and what "overdue" and "active" mean.
 */

/** Statuses that close a commitment: it can no longer be overdue. */
export const CLOSED_STATUSES: ReadonlySet<CommitmentStatus> = new Set(["done", "dropped", "not_applicable"]);

export interface Dated {
  effectiveDate: string;
  recordedAt: string;
}

/** Code-unit order: right for ISO dates, instants and ids, and far cheaper than localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const englishOrder = new Intl.Collator("en-GB");
/** Alphabetical order for names, as a reader in the UK expects it (one collator for every call). */
export const compareNames = (a: string, b: string): number => englishOrder.compare(a, b);

export function byEffectiveThenRecorded(a: Dated, b: Dated): number {
  if (a.effectiveDate !== b.effectiveDate) return a.effectiveDate < b.effectiveDate ? -1 : 1;
  return a.recordedAt < b.recordedAt ? -1 : a.recordedAt > b.recordedAt ? 1 : 0;
}

/** The last item (sorted by effective date) whose effective date is on or before `date`. */
export function latestOnOrBefore<T extends Dated>(sorted: readonly T[], date: string): T | undefined {
  let found: T | undefined;
  for (const item of sorted) {
    if (item.effectiveDate > date) break;
    found = item;
  }
  return found;
}

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function maxInstant(values: Iterable<string>): string | null {
  let max: string | null = null;
  for (const value of values) if (max === null || value > max) max = value;
  return max;
}

/** A commitment as the public sees it, with its histories in effective-time order. */
export interface CommitmentFacts {
  detail: CommitmentDetail;
  statuses: StatusUpdate[];
  targets: TargetDateChange[];
}

export function statusAt(facts: Pick<CommitmentFacts, "statuses">, date: string): CommitmentStatus {
  return latestOnOrBefore(facts.statuses, date)?.status ?? "not_yet_reported";
}

/** Target date passed on `date`, and not done, dropped or not applicable then. */
export function isOverdueAt(facts: Pick<CommitmentFacts, "statuses" | "targets">, date: string): boolean {
  const target = latestOnOrBefore(facts.targets, date)?.targetDate;
  return target !== undefined && target < date && !CLOSED_STATUSES.has(statusAt(facts, date));
}

export function isActiveAt(partnership: Pick<Partnership, "startDate" | "endDate">, date: string): boolean {
  return partnership.startDate <= date && (partnership.endDate === null || partnership.endDate >= date);
}
