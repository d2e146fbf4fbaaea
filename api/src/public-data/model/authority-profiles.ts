import type { AuthoritySummary, MembershipEvent, ProfileData, Signature } from "@ldd/shared/authorities";
import { LOTI_LAUNCH_DATE } from "@ldd/shared/reference-data";
import {
  COMMITMENT_STATUSES,
  type CommitmentStatus,
  EVIDENCE_CONFIDENCES,
  type EvidenceConfidence,
  isJoinEvent,
} from "@ldd/shared/vocabulary";
import { toIsoInstant } from "../../db/timestamps.ts";
import type { PublishedData } from "../select-published.ts";
import {
  byEffectiveThenRecorded,
  type CommitmentFacts,
  groupBy,
  latestOnOrBefore,
  maxInstant,
} from "./facts.ts";
import { type RecordedPartnership, toPartnership } from "./partnership-list.ts";

type Organisation = PublishedData["organisations"][number];
export type RecordedMembershipEvent = MembershipEvent & { recordedAt: string };

/** Each authority's published signature, by organisation id. */
export function buildSignatures(data: PublishedData): Map<string, Signature> {
  return new Map(
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
}

/** Each organisation's programme membership events in effective-time order, by organisation id. */
export function buildMemberships(data: PublishedData): Map<string, RecordedMembershipEvent[]> {
  const byOrganisation = new Map<string, RecordedMembershipEvent[]>();
  for (const [organisationId, events] of groupBy(data.membershipEvents, (e) => e.organisationId)) {
    byOrganisation.set(
      organisationId,
      events
        .map((event) => ({
          kind: event.kind,
          effectiveDate: event.effectiveDate,
          reason: event.reason,
          recordedAt: toIsoInstant(event.recordedAt),
        }))
        .sort(byEffectiveThenRecorded),
    );
  }
  return byOrganisation;
}

/** A member on `date` if the latest event on or before it is a join. */
export function isMemberAt(
  memberships: ReadonlyMap<string, readonly RecordedMembershipEvent[]>,
  organisationId: string,
  date: string,
): boolean {
  const latest = latestOnOrBefore(memberships.get(organisationId) ?? [], date);
  return latest !== undefined && latest !== null && isJoinEvent(latest.kind);
}

/**
 * Joined the programme at its launch: the first event is a founding one, or (as recorded before
 * that kind existed) a join on the launch date.
 */
export function isFoundingMember(
  memberships: ReadonlyMap<string, readonly RecordedMembershipEvent[]>,
  organisationId: string,
): boolean {
  const first = memberships.get(organisationId)?.[0];
  return first?.kind === "founding" || (first?.kind === "joined" && first.effectiveDate === LOTI_LAUNCH_DATE);
}

/** Every authority's summary line and profile, as they stand on `today`. */
export function buildAuthorities(input: {
  authorityRows: readonly Organisation[];
  signatures: ReadonlyMap<string, Signature>;
  memberships: ReadonlyMap<string, readonly RecordedMembershipEvent[]>;
  commitmentFacts: readonly CommitmentFacts[];
  partnerships: readonly RecordedPartnership[];
  today: string;
}): { authorities: AuthoritySummary[]; profiles: Map<string, ProfileData> } {
  const { signatures, memberships, today } = input;
  const commitmentsByAuthority = groupBy(input.commitmentFacts, (facts) => facts.detail.authorityGss);
  const partnershipsByAuthority = groupBy(input.partnerships, (p) => p.authorityGss);
  const namingAuthority = groupBy(
    input.partnerships.filter((p) => p.partner.type === "other_council" && p.partner.canonicalId !== null),
    (p) => p.partner.canonicalId ?? "",
  );
  const authorities: AuthoritySummary[] = [];
  const profiles = new Map<string, ProfileData>();
  for (const row of input.authorityRows) {
    const gss = row.gss ?? "";
    const signature = signatures.get(row.id) ?? null;
    const membership = memberships.get(row.id) ?? [];
    const ownCommitments = commitmentsByAuthority.get(gss) ?? [];
    const ownPartnerships = partnershipsByAuthority.get(gss) ?? [];
    const commitmentsByStatus = Object.fromEntries(COMMITMENT_STATUSES.map((s) => [s, 0])) as Record<
      CommitmentStatus,
      number
    >;
    for (const facts of ownCommitments) commitmentsByStatus[facts.detail.status] += 1;
    const statusClaimsByConfidence = Object.fromEntries(EVIDENCE_CONFIDENCES.map((c) => [c, 0])) as Record<
      EvidenceConfidence,
      number
    >;
    for (const facts of ownCommitments) {
      if (facts.detail.statusConfidence) statusClaimsByConfidence[facts.detail.statusConfidence] += 1;
    }
    const summary: AuthoritySummary = {
      gss,
      name: row.name,
      innerOuter1963: row.innerOuter1963 ?? "outer",
      innerOuterOns: row.innerOuterOns ?? "outer",
      signedOn: signature && signature.signedOn <= today ? signature.signedOn : null,
      lotiMember: isMemberAt(memberships, row.id, today),
      foundingMember: isFoundingMember(memberships, row.id),
      commitmentCount: ownCommitments.length,
      commitmentsByStatus,
      overdueCommitments: ownCommitments.filter((facts) => facts.detail.overdue).length,
      statusClaimsByConfidence,
      activePartnershipCount: ownPartnerships.filter((p) => p.active).length,
      tile:
        row.tileColumn !== null && row.tileRow !== null ? { column: row.tileColumn, row: row.tileRow } : null,
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
      membership: membership.map(({ kind, effectiveDate, reason }) => ({ kind, effectiveDate, reason })),
      commitments: ownCommitments.map((facts) => facts.detail),
      partnerships: ownPartnerships.map(toPartnership),
      namedIn: (namingAuthority.get(gss) ?? []).map(toPartnership),
    });
  }
  return { authorities, profiles };
}
