import { AuthorityListSchema, AuthorityProfileSchema } from "@ldd/shared/authorities";
import { CommitmentListSchema } from "@ldd/shared/commitments";
import { ActivitySchema, AttentionSchema, ChangesSchema, MatrixSchema } from "@ldd/shared/leadership";
import { AuthorityMembershipSchema } from "@ldd/shared/membership";
import { IncomingPartnershipListSchema } from "@ldd/shared/partnership-answers";
import { PartnerListSchema } from "@ldd/shared/partnerships";
import { MetaSchema, SERIES_NAMES, SummarySchema, TimeSeriesSchema } from "@ldd/shared/series";
import { describe, expect, it } from "vitest";
import {
  buildAuthorityList,
  buildAuthorityProfile,
  buildCommitmentList,
  buildMeta,
  buildSeries,
  buildSummary,
} from "./fixtures.ts";
import {
  buildActivity,
  buildAttention,
  buildChanges,
  buildLeadershipActivity,
} from "./leadership-fixtures.ts";
import { buildMembership } from "./membership-fixtures.ts";
import { buildIncomingPartnershipList } from "./partnership-answer-fixtures.ts";
import { buildAuthoritySeries, buildMatrix, buildPartnerList } from "./portfolio-fixtures.ts";

describe("test fixtures", () => {
  it("pass the shared contract schemas, so the mocks cannot drift from the API", () => {
    expect(() => MetaSchema.parse(buildMeta())).not.toThrow();
    expect(() => AuthorityMembershipSchema.parse(buildMembership())).not.toThrow();
    expect(() => IncomingPartnershipListSchema.parse(buildIncomingPartnershipList())).not.toThrow();
    expect(() => SummarySchema.parse(buildSummary())).not.toThrow();
    expect(() => SummarySchema.parse(buildSummary("2024-01-31"))).not.toThrow();
    for (const name of SERIES_NAMES) expect(() => TimeSeriesSchema.parse(buildSeries(name))).not.toThrow();
    expect(() => AuthorityListSchema.parse(buildAuthorityList())).not.toThrow();
    expect(() => AuthorityProfileSchema.parse(buildAuthorityProfile())).not.toThrow();
    expect(() => CommitmentListSchema.parse(buildCommitmentList())).not.toThrow();
    for (const name of SERIES_NAMES) {
      expect(() => TimeSeriesSchema.parse(buildAuthoritySeries(name, "E09000012"))).not.toThrow();
    }
    expect(() => PartnerListSchema.parse(buildPartnerList())).not.toThrow();
    expect(() => MatrixSchema.parse(buildMatrix())).not.toThrow();
    expect(() => ChangesSchema.parse(buildChanges())).not.toThrow();
    expect(() => ActivitySchema.parse(buildActivity())).not.toThrow();
    expect(() => ActivitySchema.parse(buildLeadershipActivity())).not.toThrow();
    expect(() => AttentionSchema.parse(buildAttention())).not.toThrow();
  });

  it("cover all 33 authorities, 29 of them signed", () => {
    const { authorities } = buildAuthorityList();
    expect(authorities).toHaveLength(33);
    expect(authorities.filter((authority) => authority.signedOn !== null)).toHaveLength(29);
  });

  it("give monthly series from July 2018 without gaps", () => {
    const months = buildSeries("adoption").points.map((point) => point.month);
    expect(months[0]).toBe("2018-07");
    expect(months[1]).toBe("2018-08");
    expect(months.at(-1)).toBe("2026-11");
  });
});
