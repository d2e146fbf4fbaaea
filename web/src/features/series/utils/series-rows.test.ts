import type { TimeSeries } from "@ldd/shared/series";
import { describe, expect, it } from "vitest";
import { buildSeries } from "@/testing/fixtures.ts";
import { isSeriesEmpty, toSeriesRows } from "./series-rows.ts";

const tinySeries: TimeSeries = {
  name: "adoption",
  view: { asOf: "2018-08-31", asPublished: false },
  authorityGss: null,
  title: "Adoption over time",
  unit: "authorities",
  keys: [
    { key: "signed", label: "Authorities signed" },
    { key: "lotiMembers", label: "LOTI members" },
  ],
  points: [
    { month: "2018-08", values: { signed: 2 } },
    { month: "2018-07", values: { signed: 0, lotiMembers: 0 } },
  ],
};

describe("toSeriesRows", () => {
  it("puts the months in order and labels them in words", () => {
    const rows = toSeriesRows(tinySeries);
    expect(rows.map((row) => row.month)).toEqual(["2018-07", "2018-08"]);
    expect(rows[1]?.label).toBe("August 2018");
    expect(rows[1]?.shortLabel).toBe("Aug 2018");
  });

  it("gives every key a number, counting a missing value as zero", () => {
    expect(toSeriesRows(tinySeries)[1]?.values).toEqual({ signed: 2, lotiMembers: 0 });
  });

  it("keeps one row per month of the API series", () => {
    const series = buildSeries("commitments-by-status");
    expect(toSeriesRows(series)).toHaveLength(series.points.length);
  });
});

describe("isSeriesEmpty", () => {
  it("calls a series with no months empty", () => {
    expect(isSeriesEmpty({ ...tinySeries, points: [] })).toBe(true);
  });

  it("calls a series whose values are all zero empty", () => {
    expect(isSeriesEmpty({ ...tinySeries, points: [{ month: "2018-07", values: { signed: 0 } }] })).toBe(
      true,
    );
  });

  it("does not call a series with any value empty", () => {
    expect(isSeriesEmpty(tinySeries)).toBe(false);
  });
});
