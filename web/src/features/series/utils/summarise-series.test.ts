import type { TimeSeries } from "@ldd/shared/series";
import { describe, expect, it } from "vitest";
import { buildSeries } from "@/testing/fixtures.ts";
import { summariseSeries } from "./summarise-series.ts";

const context = { totalAuthorities: 33 };

describe("summariseSeries", () => {
  it("says how many authorities had signed by the last month, against the first month anyone signed", () => {
    expect(summariseSeries(buildSeries("adoption"), context)).toBe(
      "By November 2026, 29 of 33 authorities had signed the Declaration, up from 21 in December 2018, and 27 were LOTI members.",
    );
  });

  it("says when no authority has signed yet", () => {
    const series: TimeSeries = {
      ...buildSeries("adoption"),
      points: [
        { month: "2018-07", values: { signed: 0, lotiMembers: 1 } },
        { month: "2018-08", values: { signed: 0, lotiMembers: 1 } },
      ],
    };
    expect(summariseSeries(series, context)).toBe(
      "By August 2018, none of the 33 authorities had signed the Declaration, and 1 was a LOTI member.",
    );
  });

  it("gives the total commitments and the two largest statuses", () => {
    expect(summariseSeries(buildSeries("commitments-by-status"), context)).toBe(
      "By November 2026, authorities had made 64 commitments: 22 in progress, 20 done and 22 in other statuses.",
    );
  });

  it("names the principles served by most and fewest commitments", () => {
    expect(summariseSeries(buildSeries("commitments-by-principle"), context)).toBe(
      "By November 2026, the principle served by most commitments was Fix the plumbing (30), and by fewest Open culture (8).",
    );
  });

  it("gives the number of active partnerships and the most common partner type", () => {
    expect(summariseSeries(buildSeries("partnerships-by-type"), context)).toBe(
      "By November 2026, there were 18 active partnerships; the most common partner type was govtech supplier (7).",
    );
  });

  it("says there is no data when the series is empty", () => {
    expect(summariseSeries({ ...buildSeries("adoption"), points: [] }, context)).toBe(
      "There is no data to show yet.",
    );
  });
});
