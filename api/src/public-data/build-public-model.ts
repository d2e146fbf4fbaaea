import type { AuthorityProfile, AuthoritySummary } from "@ldd/shared/authorities";
import type { Commitment, CommitmentDetail } from "@ldd/shared/commitments";
import type { Partnership } from "@ldd/shared/partnerships";
import type { HeadlineFigures, SeriesName, TimeSeries } from "@ldd/shared/series";
import { buildAuthorities, buildMemberships, buildSignatures } from "./model/authority-profiles.ts";
import { buildCommitmentFacts } from "./model/commitment-facts.ts";
import { maxInstant } from "./model/facts.ts";
import { headlineFiguresAt } from "./model/headline-figures.ts";
import { buildMonthlySeries } from "./model/monthly-series.ts";
import { buildPartnershipList, toPartnership } from "./model/partnership-list.ts";
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

/** Puts the model's parts together; each part is built by one function of `./model/`. */
export function buildPublicModel(data: PublishedData, today: string): PublicModel {
  const organisationById = new Map(data.organisations.map((org) => [org.id, org]));
  const authorityRows = data.organisations
    .filter((org) => org.kind === "authority")
    .sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
  const authorityIds = new Set(authorityRows.map((row) => row.id));

  const signatures = buildSignatures(data);
  const memberships = buildMemberships(data);
  const commitmentFacts = buildCommitmentFacts(data, organisationById, authorityIds, today);
  const recordedPartnerships = buildPartnershipList(data, organisationById, authorityIds, today);
  const partnerships = recordedPartnerships.map(toPartnership);
  const { authorities, profiles } = buildAuthorities({
    authorityRows,
    signatures,
    memberships,
    commitmentFacts,
    partnerships: recordedPartnerships,
    today,
  });
  const parts = { authorityRows, signatures, memberships, commitmentFacts, partnerships };

  return {
    today,
    demoData: data.demoData,
    lastUpdatedAt: maxInstant(authorities.flatMap((a) => (a.lastUpdatedAt ? [a.lastUpdatedAt] : []))),
    authorities,
    profiles,
    commitments: commitmentFacts.map((facts) => facts.detail),
    partnerships,
    series: buildMonthlySeries({ ...parts, today }),
    figuresAt: headlineFiguresAt(parts),
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
