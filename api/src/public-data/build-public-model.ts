import type { AuthorityProfile, AuthoritySummary, MembershipEvent, Signature } from "@ldd/shared/authorities";
import type { Commitment, CommitmentDetail, StatusUpdate, TargetDateChange } from "@ldd/shared/commitments";
import type { PartnerOrganisation, Partnership } from "@ldd/shared/partnerships";
import { DECLARATION_LAUNCH_DATE, PRINCIPLES } from "@ldd/shared/reference-data";
import type { HeadlineFigures, SeriesName, TimeSeries } from "@ldd/shared/series";
import {
  COMMITMENT_STATUS_LABELS,
  COMMITMENT_STATUSES,
  type CommitmentStatus,
  PARTNER_TYPE_LABELS,
  PARTNER_TYPES,
  type PartnerType,
} from "@ldd/shared/vocabulary";
import { monthsBetween, toIsoInstant } from "./dates.ts";
import type { PublishedData } from "./published-data.repository.ts";

/**
 * The public view of the data, computed once per snapshot from the published rows.
 * Pure: same rows and `today` in, same model out. "As of D" uses effective dates:
 * the latest fact whose effective date is on or before D (ties go to the later recording).
 */
export interface PublicModel {
  today: string;
  demoData: boolean;
  lastUpdatedAt: string | null;
  authorities: AuthoritySummary[];
  profiles: Map<string, AuthorityProfile>;
  commitments: CommitmentDetail[];
  partnerships: Partnership[];
  series: Record<SeriesName, TimeSeries>;
  figuresAt(date: string): HeadlineFigures;
}

const CLOSED_STATUSES: ReadonlySet<CommitmentStatus> = new Set(["done", "dropped", "not_applicable"]);

interface Dated {
  effectiveDate: string;
  recordedAt: string;
}

function byEffectiveThenRecorded(a: Dated, b: Dated): number {
  if (a.effectiveDate !== b.effectiveDate) return a.effectiveDate < b.effectiveDate ? -1 : 1;
  return a.recordedAt < b.recordedAt ? -1 : a.recordedAt > b.recordedAt ? 1 : 0;
}

/** The last item (sorted by effective date) whose effective date is on or before `date`. */
function latestOnOrBefore<T extends Dated>(sorted: readonly T[], date: string): T | undefined {
  let found: T | undefined;
  for (const item of sorted) {
    if (item.effectiveDate > date) break;
    found = item;
  }
  return found;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function maxInstant(values: Iterable<string>): string | null {
  let max: string | null = null;
  for (const value of values) if (max === null || value > max) max = value;
  return max;
}

interface CommitmentFacts {
  detail: CommitmentDetail;
  statuses: StatusUpdate[];
  targets: TargetDateChange[];
}

function statusAt(facts: CommitmentFacts, date: string): CommitmentStatus {
  return latestOnOrBefore(facts.statuses, date)?.status ?? "not_yet_reported";
}

function isOverdueAt(facts: CommitmentFacts, date: string): boolean {
  const target = latestOnOrBefore(facts.targets, date)?.targetDate;
  return target !== undefined && target < date && !CLOSED_STATUSES.has(statusAt(facts, date));
}

function isActiveAt(partnership: Partnership, date: string): boolean {
  return partnership.startDate <= date && (partnership.endDate === null || partnership.endDate >= date);
}

export function buildPublicModel(data: PublishedData, today: string): PublicModel {
  const organisationById = new Map(data.organisations.map((org) => [org.id, org]));
  const authorityRows = data.organisations
    .filter((org) => org.kind === "authority")
    .sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
  const authorityIds = new Set(authorityRows.map((row) => row.id));

  const signatureByAuthority = new Map<string, Signature>(
    data.signatures.map((row) => [
      row.authorityId,
      {
        signedOn: row.signedOn,
        approverName: row.approverName,
        approverRole: row.approverRole,
        commitmentUrl: row.commitmentUrl,
        recordedAt: toIsoInstant(row.recordedAt),
      },
    ]),
  );

  const membershipByOrganisation = new Map<string, (MembershipEvent & { recordedAt: string })[]>();
  for (const [organisationId, events] of groupBy(data.membershipEvents, (e) => e.organisationId)) {
    membershipByOrganisation.set(
      organisationId,
      events
        .map((event) => ({
          kind: event.kind,
          effectiveDate: event.effectiveDate,
          recordedAt: toIsoInstant(event.recordedAt),
        }))
        .sort(byEffectiveThenRecorded),
    );
  }
  const isMemberAt = (authorityId: string, date: string): boolean =>
    latestOnOrBefore(membershipByOrganisation.get(authorityId) ?? [], date)?.kind === "joined";

  const statusesByCommitment = groupBy(data.statusUpdates, (row) => row.commitmentId);
  const targetsByCommitment = groupBy(data.targetDateChanges, (row) => row.commitmentId);

  const commitmentFacts: CommitmentFacts[] = data.commitments
    .filter((row) => authorityIds.has(row.authorityId))
    .map((row) => {
      const authority = organisationById.get(row.authorityId);
      const statuses: StatusUpdate[] = (statusesByCommitment.get(row.id) ?? [])
        .map((update) => ({
          status: update.status,
          phase: update.phase,
          effectiveDate: update.effectiveDate,
          note: update.note,
          evidenceUrls: update.evidenceUrls,
          recordedAt: toIsoInstant(update.recordedAt),
        }))
        .sort(byEffectiveThenRecorded);
      const targets: TargetDateChange[] = (targetsByCommitment.get(row.id) ?? [])
        .map((change) => ({
          targetDate: change.targetDate,
          reason: change.reason,
          effectiveDate: change.effectiveDate,
          recordedAt: toIsoInstant(change.recordedAt),
        }))
        .sort(byEffectiveThenRecorded);
      const current = latestOnOrBefore(statuses, today);
      const facts: CommitmentFacts = { statuses, targets, detail: undefined as never };
      const detail: CommitmentDetail = {
        id: row.id,
        authorityGss: authority?.gss ?? "",
        authorityName: authority?.name ?? "",
        title: row.title,
        partners: row.partners,
        mission: row.mission,
        impact: row.impact,
        principles: [...row.principles].sort((a, b) => a - b),
        lotiArea: row.lotiArea,
        committedOn: row.committedOn,
        originalTargetDate: targets[0]?.targetDate ?? null,
        targetDate: latestOnOrBefore(targets, today)?.targetDate ?? null,
        status: current?.status ?? "not_yet_reported",
        phase: current?.phase ?? null,
        statusDate: current?.effectiveDate ?? null,
        overdue: isOverdueAt(facts, today),
        lastUpdatedAt:
          maxInstant([
            toIsoInstant(row.recordedAt),
            ...statuses.map((s) => s.recordedAt),
            ...targets.map((t) => t.recordedAt),
          ]) ?? toIsoInstant(row.recordedAt),
        statusHistory: statuses,
        targetDateHistory: targets,
      };
      facts.detail = detail;
      return facts;
    })
    .sort(
      (a, b) =>
        a.detail.authorityName.localeCompare(b.detail.authorityName, "en-GB") ||
        a.detail.committedOn.localeCompare(b.detail.committedOn) ||
        a.detail.title.localeCompare(b.detail.title, "en-GB"),
    );

  const partnerOf = (organisationId: string): PartnerOrganisation | null => {
    const org = organisationById.get(organisationId);
    if (!org) return null;
    const type: PartnerType = org.kind === "authority" ? "other_council" : (org.partnerType ?? "public_body");
    return {
      id: org.id,
      name: org.name,
      type,
      canonicalIdScheme: org.kind === "authority" ? "gss" : org.canonicalIdScheme,
      canonicalId: org.kind === "authority" ? org.gss : org.canonicalId,
    };
  };
  const partnershipList: (Partnership & { recordedAt: string })[] = data.partnerships
    .filter((row) => authorityIds.has(row.authorityId))
    .flatMap((row) => {
      const authority = organisationById.get(row.authorityId);
      const partner = partnerOf(row.partnerId);
      if (!authority?.gss || !partner) return [];
      const partnership: Partnership = {
        id: row.id,
        authorityGss: authority.gss,
        authorityName: authority.name,
        partner,
        startDate: row.startDate,
        endDate: row.endDate,
        purpose: row.purpose,
        active: false,
        commitmentIds: row.commitmentIds,
      };
      partnership.active = isActiveAt(partnership, today);
      return [{ ...partnership, recordedAt: toIsoInstant(row.recordedAt) }];
    })
    .sort(
      (a, b) =>
        a.authorityName.localeCompare(b.authorityName, "en-GB") ||
        a.startDate.localeCompare(b.startDate) ||
        a.partner.name.localeCompare(b.partner.name, "en-GB"),
    );
  const partnershipsOut: Partnership[] = partnershipList.map(({ recordedAt: _recordedAt, ...rest }) => rest);

  const commitmentsByAuthority = groupBy(commitmentFacts, (facts) => facts.detail.authorityGss);
  const partnershipsByAuthority = groupBy(partnershipList, (p) => p.authorityGss);

  const authorities: AuthoritySummary[] = [];
  const profiles = new Map<string, AuthorityProfile>();
  for (const row of authorityRows) {
    const gss = row.gss ?? "";
    const signature = signatureByAuthority.get(row.id) ?? null;
    const membership = membershipByOrganisation.get(row.id) ?? [];
    const ownCommitments = commitmentsByAuthority.get(gss) ?? [];
    const ownPartnerships = partnershipsByAuthority.get(gss) ?? [];
    const summary: AuthoritySummary = {
      gss,
      name: row.name,
      innerOuter1963: row.innerOuter1963 ?? "outer",
      innerOuterOns: row.innerOuterOns ?? "outer",
      signedOn: signature && signature.signedOn <= today ? signature.signedOn : null,
      lotiMember: isMemberAt(row.id, today),
      commitmentCount: ownCommitments.length,
      activePartnershipCount: ownPartnerships.filter((p) => p.active).length,
      lastUpdatedAt: maxInstant([
        ...(signature ? [signature.recordedAt] : []),
        ...membership.map((event) => event.recordedAt),
        ...ownCommitments.map((facts) => facts.detail.lastUpdatedAt),
        ...ownPartnerships.map((p) => p.recordedAt),
      ]),
    };
    authorities.push(summary);
    profiles.set(gss, {
      authority: summary,
      signature,
      membership: membership.map(({ kind, effectiveDate }) => ({ kind, effectiveDate })),
      commitments: ownCommitments.map((facts) => facts.detail),
      partnerships: ownPartnerships.map(({ recordedAt: _recordedAt, ...rest }) => rest),
    });
  }

  const signedAt = (date: string) =>
    authorityRows.filter((row) => {
      const signature = signatureByAuthority.get(row.id);
      return signature !== undefined && signature.signedOn <= date;
    }).length;
  const existingAt = (date: string) => commitmentFacts.filter((facts) => facts.detail.committedOn <= date);

  const figuresAt = (date: string): HeadlineFigures => {
    const existing = existingAt(date);
    const commitmentsByStatus = Object.fromEntries(COMMITMENT_STATUSES.map((s) => [s, 0])) as Record<
      CommitmentStatus,
      number
    >;
    for (const facts of existing) commitmentsByStatus[statusAt(facts, date)] += 1;
    const active = partnershipsOut.filter((p) => isActiveAt(p, date));
    return {
      authorities: authorityRows.length,
      authoritiesSigned: signedAt(date),
      lotiMembers: authorityRows.filter((row) => isMemberAt(row.id, date)).length,
      commitments: existing.length,
      commitmentsByStatus,
      overdueCommitments: existing.filter((facts) => isOverdueAt(facts, date)).length,
      activePartnerships: active.length,
      partnerOrganisations: new Set(active.map((p) => p.partner.id)).size,
    };
  };

  const months = monthsBetween(DECLARATION_LAUNCH_DATE.slice(0, 7), today.slice(0, 7)).map((m) => ({
    month: m.month,
    // The current month is shown as it stands today, not as it will stand at its end.
    date: m.lastDay > today ? today : m.lastDay,
  }));

  // Each series is swept once over months and facts (O(months + facts) per record), not
  // recomputed from scratch per month: at national scale that is the difference between
  // seconds and a fraction of one per snapshot (QUALITY P8, docs/benchmarks.md).
  const monthDates = months.map((m) => m.date);
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
  const counters = (keys: readonly string[]) => {
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
        return months.map(({ month }, index) => {
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
  };

  const adoption = counters(["signed", "lotiMembers"]);
  for (const row of authorityRows) {
    const signature = signatureByAuthority.get(row.id);
    if (signature) adoption.add("signed", firstMonthFrom(signature.signedOn));
    // Membership: each join opens a run of months, the next leave closes it.
    let joinedFrom: number | null = null;
    for (const event of membershipByOrganisation.get(row.id) ?? []) {
      if (event.kind === "joined" && joinedFrom === null) joinedFrom = firstMonthFrom(event.effectiveDate);
      if (event.kind === "left" && joinedFrom !== null) {
        adoption.add("lotiMembers", joinedFrom, firstMonthFrom(event.effectiveDate));
        joinedFrom = null;
      }
    }
    if (joinedFrom !== null) adoption.add("lotiMembers", joinedFrom);
  }

  const byStatus = counters(COMMITMENT_STATUSES);
  const byPrinciple = counters(PRINCIPLES.map((p) => String(p.number)));
  for (const facts of commitmentFacts) {
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
  for (const partnership of partnershipsOut) {
    const to = partnership.endDate === null ? monthDates.length : firstMonthAfter(partnership.endDate);
    byPartnerType.add(partnership.partner.type, firstMonthFrom(partnership.startDate), to);
  }

  const series: Record<SeriesName, TimeSeries> = {
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

  return {
    today,
    demoData: data.demoData,
    lastUpdatedAt: maxInstant(authorities.flatMap((a) => (a.lastUpdatedAt ? [a.lastUpdatedAt] : []))),
    authorities,
    profiles,
    commitments: commitmentFacts.map((facts) => facts.detail),
    partnerships: partnershipsOut,
    series,
    figuresAt,
  };
}

/** The list shape of a commitment (without its histories). */
export function toCommitment({
  statusHistory: _s,
  targetDateHistory: _t,
  ...commitment
}: CommitmentDetail): Commitment {
  return commitment;
}
