import type { Signature } from "@ldd/shared/authorities";
import type { Partnership } from "@ldd/shared/partnerships";
import type { HeadlineFigures } from "@ldd/shared/series";
import { COMMITMENT_STATUSES, type CommitmentStatus } from "@ldd/shared/vocabulary";
import type { PublishedData } from "../select-published.ts";
import { isMemberAt, type RecordedMembershipEvent } from "./authority-profiles.ts";
import { type CommitmentFacts, isActiveAt, isOverdueAt, statusAt } from "./facts.ts";

type Organisation = PublishedData["organisations"][number];

/** The headline figures as they stood at the end of any date (effective time). */
export function headlineFiguresAt(input: {
  authorityRows: readonly Organisation[];
  signatures: ReadonlyMap<string, Signature>;
  memberships: ReadonlyMap<string, readonly RecordedMembershipEvent[]>;
  commitmentFacts: readonly CommitmentFacts[];
  partnerships: readonly Partnership[];
}): (date: string) => HeadlineFigures {
  const { authorityRows, signatures, memberships, commitmentFacts, partnerships } = input;
  return (date) => {
    const existing = commitmentFacts.filter((facts) => facts.detail.committedOn <= date);
    const commitmentsByStatus = Object.fromEntries(COMMITMENT_STATUSES.map((s) => [s, 0])) as Record<
      CommitmentStatus,
      number
    >;
    for (const facts of existing) commitmentsByStatus[statusAt(facts, date)] += 1;
    const active = partnerships.filter((p) => isActiveAt(p, date));
    return {
      authorities: authorityRows.length,
      authoritiesSigned: authorityRows.filter((row) => {
        const signature = signatures.get(row.id);
        return signature !== undefined && signature.signedOn <= date;
      }).length,
      lotiMembers: authorityRows.filter((row) => isMemberAt(memberships, row.id, date)).length,
      commitments: existing.length,
      commitmentsByStatus,
      overdueCommitments: existing.filter((facts) => isOverdueAt(facts, date)).length,
      activePartnerships: active.length,
      partnerOrganisations: new Set(active.map((p) => p.partner.id)).size,
    };
  };
}
