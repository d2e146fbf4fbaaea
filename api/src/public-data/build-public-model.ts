import type { AuthoritySummary, ProfileData } from "@ldd/shared/authorities";
import type { Commitment, CommitmentDetail } from "@ldd/shared/commitments";
import type { PartnerSummary, Partnership } from "@ldd/shared/partnerships";
import type { HeadlineFigures, SeriesData, SeriesName } from "@ldd/shared/series";
import { buildAuthorities, buildMemberships, buildSignatures } from "./model/authority-profiles.ts";
import { buildCommitmentFacts } from "./model/commitment-facts.ts";
import { compareNames, maxInstant } from "./model/facts.ts";
import { headlineFiguresAt } from "./model/headline-figures.ts";
import { buildMonthlySeries } from "./model/monthly-series.ts";
import { buildPartnerEcosystem } from "./model/partner-ecosystem.ts";
import { buildPartnershipList, toPartnership } from "./model/partnership-list.ts";
import { buildPortfolioMatrix, type MatrixRow } from "./model/portfolio-matrix.ts";
import { type PublishedData, restrictToDate } from "./select-published.ts";

/** A value computed on first use, then kept. */
function once<T>(compute: () => T): () => T {
  let value: { computed: T } | undefined;
  return () => {
    value ??= { computed: compute() };
    return value.computed;
  };
}

/**
 * The public view of the data, computed once per snapshot from the published rows.
 * Pure: same rows and `today` in, same model out. "As of D" uses effective dates:
 * the latest fact whose effective date is on or before D (ties go to the later recording).
 */
export interface PublicModel {
  /** The date the model describes: today, or the `asOf` date of a past view. */
  today: string;
  demoData: boolean;
  lastUpdatedAt: string | null;
  authorities: AuthoritySummary[];
  profiles: Map<string, ProfileData>;
  commitments: CommitmentDetail[];
  partnerships: Partnership[];
  series: Record<SeriesName, SeriesData>;
  figuresAt(date: string): HeadlineFigures;
  /** The same series for one authority's records (built on first use, then kept). */
  seriesFor(gss: string): Record<SeriesName, SeriesData>;
  /** Authority × principle, commitments by status (built on first use). */
  matrix(): MatrixRow[];
  /** Partner organisations and the authorities working with them, most connected first. */
  partners(): PartnerSummary[];
}

/**
 * Puts the model's parts together; each part is built by one function of `./model/`. The facts
 * effective after `today` are left out first, so a past date's model is that date's state.
 */
export function buildPublicModel(published: PublishedData, today: string): PublicModel {
  const data = restrictToDate(published, today);
  const organisationById = new Map(data.organisations.map((org) => [org.id, org]));
  const authorityRows = data.organisations
    .filter((org) => org.kind === "authority")
    .sort((a, b) => compareNames(a.name, b.name));
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
  const commitments = commitmentFacts.map((facts) => facts.detail);
  const seriesByAuthority = new Map<string, Record<SeriesName, SeriesData>>();

  return {
    today,
    demoData: data.demoData,
    lastUpdatedAt: maxInstant(authorities.flatMap((a) => (a.lastUpdatedAt ? [a.lastUpdatedAt] : []))),
    authorities,
    profiles,
    commitments,
    partnerships,
    series: buildMonthlySeries({ ...parts, today }),
    figuresAt: headlineFiguresAt(parts),
    seriesFor(gss) {
      let found = seriesByAuthority.get(gss);
      if (!found) {
        const row = authorityRows.find((authority) => authority.gss === gss);
        found = buildMonthlySeries({
          authorityRows: row ? [row] : [],
          signatures,
          memberships,
          commitmentFacts: commitmentFacts.filter((facts) => facts.detail.authorityGss === gss),
          partnerships: partnerships.filter((p) => p.authorityGss === gss),
          today,
        });
        seriesByAuthority.set(gss, found);
      }
      return found;
    },
    matrix: once(() => buildPortfolioMatrix(authorities, commitments)),
    partners: once(() => buildPartnerEcosystem(partnerships)),
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
