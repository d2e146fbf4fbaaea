import type { Partnership } from "@ldd/shared/partnerships";

// Written out rather than imported: fixtures.ts imports this file.
const HACKNEY_GSS = "E09000012";

/** Hackney's partnership with UCL: an organisation, so no answer is needed. */
export const hackneyPartnership: Partnership = {
  id: "p-hackney-1",
  authorityGss: HACKNEY_GSS,
  authorityName: "Hackney",
  partner: {
    id: "org-ucl",
    name: "UCL",
    type: "university",
    canonicalIdScheme: "ukprn",
    canonicalId: "10007784",
  },
  startDate: "2019-07-15",
  endDate: null,
  purpose: "Evaluate the impact of the case management tool.",
  active: true,
  commitmentIds: ["c-hackney-1"],
  confirmation: { state: "not_needed", partnerGss: null, partnerName: null, comment: null, answeredOn: null },
};

/** A partnership between two authorities: Hackney reported it and Camden confirmed it. */
export const hackneyWithCamden: Partnership = {
  id: "p-hackney-2",
  authorityGss: HACKNEY_GSS,
  authorityName: "Hackney",
  partner: {
    id: "org-camden",
    name: "Camden",
    type: "other_council",
    canonicalIdScheme: "gss",
    canonicalId: "E09000007",
  },
  startDate: "2024-04-01",
  endDate: null,
  purpose: "Share a booking system for both boroughs.",
  active: true,
  commitmentIds: [],
  confirmation: {
    state: "confirmed",
    partnerGss: "E09000007",
    partnerName: "Camden",
    comment: null,
    answeredOn: "2024-05-02",
  },
};

/** A partnership Islington reported with Hackney, which Hackney has not answered yet. */
export const islingtonWithHackney: Partnership = {
  id: "p-islington-1",
  authorityGss: "E09000019",
  authorityName: "Islington",
  partner: {
    id: "org-hackney",
    name: "Hackney",
    type: "other_council",
    canonicalIdScheme: "gss",
    canonicalId: HACKNEY_GSS,
  },
  startDate: "2025-01-06",
  endDate: null,
  purpose: "Joint digital inclusion outreach.",
  active: true,
  commitmentIds: [],
  confirmation: {
    state: "awaiting",
    partnerGss: HACKNEY_GSS,
    partnerName: "Hackney",
    comment: null,
    answeredOn: null,
  },
};
