import type { Signature } from "@ldd/shared/authorities";
import { monthsBetween } from "@ldd/shared/dates";
import type { Partnership } from "@ldd/shared/partnerships";
import { DECLARATION_LAUNCH_DATE, PRINCIPLES } from "@ldd/shared/reference-data";
import type { SeriesData, SeriesName, TimeSeries } from "@ldd/shared/series";
import {
  COMMITMENT_STATUS_LABELS,
  COMMITMENT_STATUSES,
  type CommitmentStatus,
  isJoinEvent,
  PARTNER_TYPE_LABELS,
  PARTNER_TYPES,
} from "@ldd/shared/vocabulary";
import type { PublishedData } from "../select-published.ts";
import type { RecordedMembershipEvent } from "./authority-profiles.ts";
import type { CommitmentFacts } from "./facts.ts";

type Organisation = PublishedData["organisations"][number];

/**
 * Month-by-month counters: each fact adds one to a key over a run of months, kept as differences
 * and summed once, so a series costs O(months + facts) rather than a recount per month.
 */
function monthCounters(monthDates: readonly string[], months: readonly string[], keys: readonly string[]) {
  const deltas = new Map(keys.map((key) => [key, new Int32Array(monthDates.length + 1)]));
  return {
    /** Counts one for `key` in months [from, to). */
    add(key: string, from: number, to = monthDates.length) {
      const delta = deltas.get(key);
      if (!delta || from >= to) return;
      delta[from] = (delta[from] ?? 0) + 1;
      delta[to] = (delta[to] ?? 0) - 1;
    },
    points(): TimeSeries["points"] {
      const running = new Map(keys.map((key) => [key, 0]));
      return months.map((month, index) => {
        const values: Record<string, number> = {};
        for (const key of keys) {
          const value = (running.get(key) ?? 0) + (deltas.get(key)?.[index] ?? 0);
          running.set(key, value);
          values[key] = value;
        }
        return { month, values };
      });
    },
  };
}

/**
 * The four monthly series, from the Declaration's launch to the month of `today`, each point the
 * state at the end of its month (the current month as it stands today). Each series is swept once
 * over months and facts: at national scale that is the difference between seconds and a fraction
 * of one per snapshot (docs/quality.md P8, docs/benchmarks.md).
 */
export function buildMonthlySeries(input: {
  authorityRows: readonly Organisation[];
  signatures: ReadonlyMap<string, Signature>;
  memberships: ReadonlyMap<string, readonly RecordedMembershipEvent[]>;
  commitmentFacts: readonly CommitmentFacts[];
  partnerships: readonly Partnership[];
  today: string;
}): Record<SeriesName, SeriesData> {
  const { today } = input;
  const calendar = monthsBetween(DECLARATION_LAUNCH_DATE.slice(0, 7), today.slice(0, 7));
  const months = calendar.map((m) => m.month);
  // The current month is shown as it stands today, not as it will stand at its end.
  // biome-ignore lint/complexity/useMathMinMax: these are ISO date strings; Math.min would make them NaN
  const monthDates = calendar.map((m) => (m.lastDay > today ? today : m.lastDay));
  /** Index of the first month whose date is on or after `date` (months.length when none). */
  const firstMonthFrom = (date: string) => {
    let low = 0;
    let high = monthDates.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((monthDates[middle] ?? "") < date) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  /** Index of the first month whose date is after `date`. */
  const firstMonthAfter = (date: string) => firstMonthFrom(`${date}\uffff`);
  const counters = (keys: readonly string[]) => monthCounters(monthDates, months, keys);

  const adoption = counters(["signed", "lotiMembers"]);
  for (const row of input.authorityRows) {
    const signature = input.signatures.get(row.id);
    if (signature) adoption.add("signed", firstMonthFrom(signature.signedOn));
    // Membership: each join opens a run of months, the next leave closes it.
    let joinedFrom: number | null = null;
    for (const event of input.memberships.get(row.id) ?? []) {
      if (isJoinEvent(event.kind) && joinedFrom === null) joinedFrom = firstMonthFrom(event.effectiveDate);
      if (event.kind === "left" && joinedFrom !== null) {
        adoption.add("lotiMembers", joinedFrom, firstMonthFrom(event.effectiveDate));
        joinedFrom = null;
      }
    }
    if (joinedFrom !== null) adoption.add("lotiMembers", joinedFrom);
  }

  const byStatus = counters(COMMITMENT_STATUSES);
  const byPrinciple = counters(PRINCIPLES.map((p) => String(p.number)));
  for (const facts of input.commitmentFacts) {
    const exists = firstMonthFrom(facts.detail.committedOn);
    for (const principle of facts.detail.principles) byPrinciple.add(String(principle), exists);
    // The status holds from the month of its effective date until the next one takes over.
    let status: CommitmentStatus = "not_yet_reported";
    let from = exists;
    for (const update of facts.statuses) {
      const month = Math.max(exists, firstMonthFrom(update.effectiveDate));
      if (month > from) {
        byStatus.add(status, from, month);
        from = month;
      }
      status = update.status;
    }
    byStatus.add(status, from);
  }

  const byPartnerType = counters(PARTNER_TYPES);
  for (const partnership of input.partnerships) {
    const to = partnership.endDate === null ? monthDates.length : firstMonthAfter(partnership.endDate);
    byPartnerType.add(partnership.partner.type, firstMonthFrom(partnership.startDate), to);
  }

  return {
    adoption: {
      name: "adoption",
      title: "Authorities that have signed the Declaration, and LOTI members",
      unit: "authorities",
      keys: [
        { key: "signed", label: "Signed the Declaration" },
        { key: "lotiMembers", label: "LOTI members" },
      ],
      points: adoption.points(),
    },
    "commitments-by-status": {
      name: "commitments-by-status",
      title: "Commitments by status",
      unit: "commitments",
      keys: COMMITMENT_STATUSES.map((status) => ({ key: status, label: COMMITMENT_STATUS_LABELS[status] })),
      points: byStatus.points(),
    },
    "commitments-by-principle": {
      name: "commitments-by-principle",
      title: "Commitments by the Declaration principle they serve",
      unit: "commitments",
      keys: PRINCIPLES.map((p) => ({ key: String(p.number), label: `${p.number}. ${p.title}` })),
      points: byPrinciple.points(),
    },
    "partnerships-by-type": {
      name: "partnerships-by-type",
      title: "Active partnerships by partner type",
      unit: "partnerships",
      keys: PARTNER_TYPES.map((type) => ({ key: type, label: PARTNER_TYPE_LABELS[type] })),
      points: byPartnerType.points(),
    },
  };
}
