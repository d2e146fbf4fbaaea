import { type AuthorityList, type AuthorityProfile, AuthorityProfileSchema } from "@ldd/shared/authorities";
import type { Commitment, CommitmentDetail, CommitmentList } from "@ldd/shared/commitments";
import { AUTHORITIES, PRINCIPLES } from "@ldd/shared/reference-data";
import type { HeadlineFigures, Meta, SeriesName, Summary, TimeSeries } from "@ldd/shared/series";
import {
  COMMITMENT_STATUSES,
  type CommitmentStatus,
  PARTNER_TYPE_LABELS,
  PARTNER_TYPES,
} from "@ldd/shared/vocabulary";
import { listMonths, stepValue } from "./months.ts";
import { hackneyPartnership, hackneyWithCamden, islingtonWithHackney } from "./partnership-fixtures.ts";

/**
 * One set of fixtures for every web test. Each builder returns data that passes the shared
 * contract schemas (fixtures.test.ts checks that), so the mocks cannot drift from the API.
 */

export const FIXTURE_LAST_MONTH = "2026-11";
export const FIXTURE_TODAY = "2026-11-20";
/** Today's state as known now: what every read without `asOf` describes. */
export const TODAY_VIEW = { asOf: FIXTURE_TODAY, asPublished: false };

export function buildMeta(overrides: Partial<Meta> = {}): Meta {
  return {
    demoData: true,
    dataVersion: "2026-11-20T09:00:00.000Z",
    licence: "Open Government Licence v3.0",
    stale: false,
    today: FIXTURE_TODAY,
    view: TODAY_VIEW,
    changesSince: 0,
    contactEmail: null,
    ...overrides,
  };
}

const currentFigures: HeadlineFigures = {
  authorities: 33,
  authoritiesSigned: 29,
  lotiMembers: 27,
  commitments: 64,
  commitmentsByStatus: {
    not_yet_reported: 6,
    not_applicable: 2,
    planned: 11,
    in_progress: 22,
    done: 20,
    dropped: 3,
  },
  overdueCommitments: 5,
  activePartnerships: 18,
  partnerOrganisations: 14,
};

const earlierFigures: HeadlineFigures = {
  authorities: 33,
  authoritiesSigned: 26,
  lotiMembers: 27,
  commitments: 52,
  commitmentsByStatus: {
    not_yet_reported: 8,
    not_applicable: 1,
    planned: 12,
    in_progress: 18,
    done: 12,
    dropped: 1,
  },
  overdueCommitments: 7,
  activePartnerships: 15,
  partnerOrganisations: 12,
};

export function buildSummary(since?: string): Summary {
  return {
    asOf: FIXTURE_TODAY,
    view: TODAY_VIEW,
    current: currentFigures,
    since: since ? { date: since, figures: earlierFigures } : null,
    lastUpdatedAt: "2026-11-19T16:30:00.000Z",
  };
}

const SERIES_BUILDERS: Record<
  SeriesName,
  () => Omit<TimeSeries, "name" | "points" | "view" | "authorityGss"> & {
    valuesAt: (month: string) => Record<string, number>;
  }
> = {
  adoption: () => ({
    title: "Authorities that have signed the Declaration, and LOTI members",
    unit: "authorities",
    keys: [
      { key: "signed", label: "Signed the Declaration" },
      { key: "lotiMembers", label: "LOTI members" },
    ],
    valuesAt: (month) => ({
      signed: stepValue(month, [
        ["2018-12", 21],
        ["2019-09", 23],
        ["2021-03", 26],
        ["2025-02", 29],
      ]),
      lotiMembers: stepValue(month, [
        ["2019-06", 15],
        ["2020-07", 16],
        ["2020-09", 19],
        ["2024-01", 27],
      ]),
    }),
  }),
  "commitments-by-status": () => ({
    title: "Commitments by status",
    unit: "commitments",
    keys: [
      { key: "done", label: "Done" },
      { key: "in_progress", label: "In progress" },
      { key: "planned", label: "Planned" },
      { key: "not_yet_reported", label: "Not yet reported" },
      { key: "not_applicable", label: "Not applicable" },
      { key: "dropped", label: "Dropped" },
    ],
    valuesAt: (month) => ({
      done: stepValue(month, [
        ["2020-01", 4],
        ["2023-01", 12],
        ["2026-01", 20],
      ]),
      in_progress: stepValue(month, [
        ["2019-01", 10],
        ["2022-01", 18],
        ["2026-01", 22],
      ]),
      planned: stepValue(month, [
        ["2018-12", 11],
        ["2024-01", 12],
        ["2026-01", 11],
      ]),
      not_yet_reported: stepValue(month, [
        ["2018-12", 8],
        ["2026-01", 6],
      ]),
      not_applicable: stepValue(month, [["2025-01", 2]]),
      dropped: stepValue(month, [["2024-06", 3]]),
    }),
  }),
  "commitments-by-principle": () => ({
    title: "Commitments by the Declaration principle they serve",
    unit: "commitments",
    // Labelled as the API labels them: "1. User-centred redesign".
    keys: PRINCIPLES.map((principle) => ({
      key: String(principle.number),
      label: `${principle.number}. ${principle.title}`,
    })),
    valuesAt: (month) => ({
      "1": stepValue(month, [
        ["2018-12", 14],
        ["2023-01", 24],
      ]),
      "2": stepValue(month, [
        ["2018-12", 17],
        ["2023-01", 30],
      ]),
      "3": stepValue(month, [["2018-12", 9]]),
      "4": stepValue(month, [["2019-06", 12]]),
      "5": stepValue(month, [["2020-01", 8]]),
    }),
  }),
  "partnerships-by-type": () => ({
    title: "Active partnerships by partner type",
    unit: "partnerships",
    keys: PARTNER_TYPES.map((type) => ({ key: type, label: PARTNER_TYPE_LABELS[type] })),
    valuesAt: (month) => ({
      govtech_supplier: stepValue(month, [
        ["2019-01", 3],
        ["2024-01", 7],
      ]),
      university: stepValue(month, [["2019-07", 3]]),
      non_profit: stepValue(month, [["2020-03", 2]]),
      public_body: stepValue(month, [["2019-07", 4]]),
      other_council: stepValue(month, [["2021-05", 2]]),
    }),
  }),
};

export function buildSeries(name: SeriesName): TimeSeries {
  const { valuesAt, ...rest } = SERIES_BUILDERS[name]();
  return {
    name,
    view: TODAY_VIEW,
    authorityGss: null,
    ...rest,
    points: listMonths("2018-07", FIXTURE_LAST_MONTH).map((month) => ({ month, values: valuesAt(month) })),
  };
}

/** Authorities that have not signed in the fixtures (29 of 33 have). */
const NOT_SIGNED = new Set(["E09000004", "E09000006", "E09000016", "E09000017"]);
/** Authorities that are not LOTI members in the fixtures (27 of 33 are). */
const NOT_MEMBERS = new Set(["E09000004", "E09000006", "E09000016", "E09000017", "E09000026", "E09000001"]);

/** Counts for every status, zero where not given. */
export function statusCounts(
  counts: Partial<Record<CommitmentStatus, number>>,
): Record<CommitmentStatus, number> {
  return Object.fromEntries(COMMITMENT_STATUSES.map((status) => [status, counts[status] ?? 0])) as Record<
    CommitmentStatus,
    number
  >;
}

export function buildAuthorityList(): AuthorityList {
  return {
    view: TODAY_VIEW,
    authorities: AUTHORITIES.map((authority, index) => ({
      gss: authority.gss,
      name: authority.name,
      innerOuter1963: authority.innerOuter1963,
      innerOuterOns: authority.innerOuterOns,
      signedOn: NOT_SIGNED.has(authority.gss) ? null : index % 3 === 0 ? "2019-09-12" : "2018-12-05",
      lotiMember: !NOT_MEMBERS.has(authority.gss),
      foundingMember: !NOT_MEMBERS.has(authority.gss) && index % 2 === 0,
      commitmentCount: NOT_SIGNED.has(authority.gss) ? 0 : (index % 3) + 1,
      commitmentsByStatus: statusCounts(
        NOT_SIGNED.has(authority.gss)
          ? {}
          : { done: index % 2, in_progress: 1, not_yet_reported: index % 3 === 2 ? 1 : 0 },
      ),
      overdueCommitments: index % 4 === 0 && !NOT_SIGNED.has(authority.gss) ? 1 : 0,
      statusClaimsByConfidence: { self_declared: 1, evidenced: index % 2, verified: 0 },
      activePartnershipCount: index % 2,
      tile: authority.tile,
      lastUpdatedAt: NOT_SIGNED.has(authority.gss) ? null : "2026-10-01T10:00:00.000Z",
    })),
  };
}

export const HACKNEY_GSS = "E09000012";

const hackneyCommitment: CommitmentDetail = {
  id: "c-hackney-1",
  authorityGss: HACKNEY_GSS,
  authorityName: "Hackney",
  title: "Open-source social care case management",
  partners: "Camden, Greenwich",
  mission: "Build and share a modular case management tool for adult social care.",
  impact: "Social workers spend less time re-keying data and more time with residents.",
  principles: [1, 2, 5],
  lotiArea: "peer-sharing",
  committedOn: "2018-12-05",
  originalTargetDate: "2019-12-31",
  targetDate: "2020-06-30",
  status: "in_progress",
  phase: "beta",
  statusDate: "2020-02-10",
  statusConfidence: "evidenced",
  overdue: true,
  rebaselines: 1,
  daysSlipped: 182,
  lastUpdateDate: "2020-02-10",
  daysSinceUpdate: 2475,
  lastUpdatedAt: "2026-10-01T10:00:00.000Z",
  statusHistory: [
    {
      status: "planned",
      phase: "discovery",
      effectiveDate: "2018-12-05",
      note: "Discovery with two partner boroughs.",
      evidenceUrls: [],
      confidence: "self_declared",
      recordedAt: "2018-12-06T09:00:00.000Z",
    },
    {
      status: "in_progress",
      phase: "alpha",
      effectiveDate: "2019-06-01",
      note: "Alpha started with a shared team.",
      evidenceUrls: ["https://example.org/hackney/alpha-show-and-tell"],
      confidence: "evidenced",
      recordedAt: "2019-06-03T09:00:00.000Z",
    },
    {
      status: "in_progress",
      phase: "beta",
      effectiveDate: "2020-02-10",
      note: null,
      evidenceUrls: ["https://example.org/hackney/beta-report"],
      confidence: "evidenced",
      recordedAt: "2020-02-11T09:00:00.000Z",
    },
  ],
  targetDateHistory: [
    {
      targetDate: "2019-12-31",
      reason: null,
      effectiveDate: "2018-12-05",
      recordedAt: "2018-12-06T09:00:00.000Z",
    },
    {
      targetDate: "2020-06-30",
      reason: "Procurement of hosting took longer than planned.",
      effectiveDate: "2019-11-15",
      recordedAt: "2019-11-16T09:00:00.000Z",
    },
  ],
};

export function buildAuthorityProfile(gss = HACKNEY_GSS): AuthorityProfile {
  const summary = buildAuthorityList().authorities.find((authority) => authority.gss === gss);
  if (!summary) throw new Error(`No fixture authority ${gss}`);
  return AuthorityProfileSchema.parse({
    view: TODAY_VIEW,
    authority: { ...summary, signedOn: "2018-12-05", commitmentCount: 1, activePartnershipCount: 1 },
    signature: {
      signedOn: "2018-12-05",
      approverName: "Jane Example",
      approverRole: "Chief Executive",
      commitmentUrl: "https://localdigital.gov.uk/commitments/example",
      recordedAt: "2018-12-06T09:00:00.000Z",
    },
    membership: [
      {
        kind: "founding",
        effectiveDate: "2019-06-10",
        reason: "A founding member, as LOTI’s public sources confirm",
      },
    ],
    commitments: [{ ...hackneyCommitment, authorityGss: gss, authorityName: summary.name }],
    partnerships:
      gss === HACKNEY_GSS
        ? [hackneyPartnership, hackneyWithCamden]
        : [{ ...hackneyPartnership, authorityGss: gss, authorityName: summary.name }],
    namedIn: gss === HACKNEY_GSS ? [islingtonWithHackney] : [],
  });
}

export function buildCommitmentList(): CommitmentList {
  const { statusHistory: _history, targetDateHistory: _targets, ...hackney } = hackneyCommitment;
  const camden: Commitment = {
    ...hackney,
    id: "c-camden-1",
    authorityGss: "E09000007",
    authorityName: "Camden",
    title: "Shared data standard for housing repairs",
    principles: [2, 3],
    lotiArea: "procurement",
    status: "done",
    phase: "live",
    overdue: false,
    rebaselines: 0,
    daysSlipped: 0,
  };
  const southwark: Commitment = {
    ...hackney,
    id: "c-southwark-1",
    authorityGss: "E09000028",
    authorityName: "Southwark",
    title: "Publish our digital roadmap in the open",
    principles: [5],
    lotiArea: null,
    status: "planned",
    phase: null,
    targetDate: "2027-03-31",
    originalTargetDate: "2027-03-31",
    overdue: false,
    rebaselines: 0,
    daysSlipped: 0,
    lastUpdateDate: "2026-09-01",
    daysSinceUpdate: 80,
  };
  return { view: TODAY_VIEW, commitments: [hackney, camden, southwark] };
}
