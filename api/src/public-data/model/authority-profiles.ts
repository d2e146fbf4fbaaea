import type { AuthorityProfile, AuthoritySummary, MembershipEvent, Signature } from "@ldd/shared/authorities";
import { toIsoInstant } from "../../db/timestamps.ts";
import type { PublishedData } from "../published-data.repository.ts";
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
  return latestOnOrBefore(memberships.get(organisationId) ?? [], date)?.kind === "joined";
}

/** Every authority's summary line and profile, as they stand on `today`. */
export function buildAuthorities(input: {
  authorityRows: readonly Organisation[];
  signatures: ReadonlyMap<string, Signature>;
  memberships: ReadonlyMap<string, readonly RecordedMembershipEvent[]>;
  commitmentFacts: readonly CommitmentFacts[];
  partnerships: readonly RecordedPartnership[];
  today: string;
}): { authorities: AuthoritySummary[]; profiles: Map<string, AuthorityProfile> } {
  const { signatures, memberships, today } = input;
  const commitmentsByAuthority = groupBy(input.commitmentFacts, (facts) => facts.detail.authorityGss);
  const partnershipsByAuthority = groupBy(input.partnerships, (p) => p.authorityGss);
  const authorities: AuthoritySummary[] = [];
  const profiles = new Map<string, AuthorityProfile>();
  for (const row of input.authorityRows) {
    const gss = row.gss ?? "";
    const signature = signatures.get(row.id) ?? null;
    const membership = memberships.get(row.id) ?? [];
    const ownCommitments = commitmentsByAuthority.get(gss) ?? [];
    const ownPartnerships = partnershipsByAuthority.get(gss) ?? [];
    const summary: AuthoritySummary = {
      gss,
      name: row.name,
      innerOuter1963: row.innerOuter1963 ?? "outer",
      innerOuterOns: row.innerOuterOns ?? "outer",
      signedOn: signature && signature.signedOn <= today ? signature.signedOn : null,
      lotiMember: isMemberAt(memberships, row.id, today),
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
      partnerships: ownPartnerships.map(toPartnership),
    });
  }
  return { authorities, profiles };
}
