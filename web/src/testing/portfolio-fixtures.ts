import type { Matrix } from "@ldd/shared/leadership";
import type { PartnerList, PartnerSummary } from "@ldd/shared/partnerships";
import { AUTHORITIES, PRINCIPLES } from "@ldd/shared/reference-data";
import type { SeriesName, TimeSeries } from "@ldd/shared/series";
import { COMMITMENT_STATUSES, PARTNER_TYPES, type PartnerType } from "@ldd/shared/vocabulary";
import { buildAuthorityList, buildSeries, HACKNEY_GSS, statusCounts, TODAY_VIEW } from "./fixtures.ts";

/*
 * Fixtures of the portfolio reads: one authority's series, the partner ecosystem and the
 * authority × principle matrix. Like every fixture they pass the shared contract schemas.
 */

/** One authority's series, as `/api/series/{name}?authority=GSS` answers: its own records only. */
export function buildAuthoritySeries(name: SeriesName, gss: string): TimeSeries {
  const authority = buildAuthorityList().authorities.find((candidate) => candidate.gss === gss);
  if (!authority) throw new Error(`No fixture authority ${gss}`);
  const base = buildSeries(name);
  const signedMonth = authority.signedOn?.slice(0, 7) ?? null;
  const signed = (month: string) => signedMonth !== null && month >= signedMonth;
  const valuesAt = (month: string): Record<string, number> => {
    switch (name) {
      case "adoption":
        return {
          signed: signed(month) ? 1 : 0,
          lotiMembers: authority.lotiMember && month >= "2019-06" ? 1 : 0,
        };
      case "commitments-by-status":
        return Object.fromEntries(
          COMMITMENT_STATUSES.map((status) => [
            status,
            signed(month) ? (authority.commitmentsByStatus[status] ?? 0) : 0,
          ]),
        );
      case "commitments-by-principle":
        return Object.fromEntries(PRINCIPLES.map((principle) => [String(principle.number), 0]));
      case "partnerships-by-type":
        return {
          ...Object.fromEntries(PARTNER_TYPES.map((type) => [type, 0])),
          university: month >= "2020-01" ? authority.activePartnershipCount : 0,
        };
    }
  };
  return {
    ...base,
    authorityGss: gss,
    points: base.points.map((point) => ({ month: point.month, values: valuesAt(point.month) })),
  };
}

const partnerAuthority = (gss: string) => {
  const found = AUTHORITIES.find((authority) => authority.gss === gss);
  if (!found) throw new Error(`No authority ${gss}`);
  return { gss: found.gss, name: found.name };
};

function partnerSummary(
  id: string,
  name: string,
  type: PartnerType,
  active: readonly string[],
  formerly: readonly string[] = [],
): PartnerSummary {
  return {
    id,
    name,
    type,
    canonicalIdScheme: null,
    canonicalId: null,
    activeAuthorities: active.map(partnerAuthority),
    allAuthorities: [...active, ...formerly].map(partnerAuthority),
    activePartnerships: active.length,
    totalPartnerships: active.length + formerly.length,
  };
}

/** The partnership ecosystem, the most connected first, as `/api/partners` answers. */
export function buildPartnerList(): PartnerList {
  return {
    view: TODAY_VIEW,
    partners: [
      partnerSummary(
        "org-london-councils",
        "London Councils",
        "public_body",
        ["E09000012", "E09000007", "E09000019"],
        ["E09000003"],
      ),
      partnerSummary("org-ucl", "UCL", "university", ["E09000012", "E09000007"]),
      partnerSummary(
        "org-civic-tech",
        "Example Civic Tech Ltd",
        "govtech_supplier",
        ["E09000028"],
        ["E09000022"],
      ),
      partnerSummary("org-open-data", "Sample Open Data Foundation", "non_profit", [], ["E09000022"]),
    ],
  };
}

/**
 * Every authority × principle, as `/api/matrix` answers. Hackney has 4 commitments under
 * principle 1 (2 done, 1 in progress, 1 planned, 1 overdue).
 */
export function buildMatrix(view = TODAY_VIEW): Matrix {
  return {
    view,
    rows: buildAuthorityList().authorities.map((authority, index) => ({
      gss: authority.gss,
      name: authority.name,
      cells: PRINCIPLES.map((principle) => {
        if (authority.gss === HACKNEY_GSS && principle.number === 1) {
          return {
            principle: 1,
            total: 4,
            byStatus: statusCounts({ done: 2, in_progress: 1, planned: 1 }),
            overdue: 1,
          };
        }
        const total = authority.commitmentCount === 0 ? 0 : (index + principle.number) % 3;
        const done = Math.min(total, authority.commitmentsByStatus.done ?? 0);
        return {
          principle: principle.number,
          total,
          byStatus: statusCounts({ done, in_progress: total - done }),
          overdue: principle.number === 2 ? Math.min(total, authority.overdueCommitments) : 0,
        };
      }),
    })),
  };
}
