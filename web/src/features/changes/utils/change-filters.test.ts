import { describe, expect, it } from "vitest";
import { describeCounts, readChangeFilters, summariseChanges } from "./change-filters.ts";

const noChanges = {
  signatures: 0,
  membershipJoins: 0,
  membershipLeaves: 0,
  newCommitments: 0,
  statusChanges: 0,
  targetDatesMoved: 0,
  partnershipsStarted: 0,
  partnershipsEnded: 0,
};

describe("change filters", () => {
  const defaults = { from: "2026-10-31", to: "2026-11-20" };

  it("take the defaults for dates left out and ignore an unknown authority or kind", () => {
    const { values, errors } = readChangeFilters(
      new URLSearchParams("authority=E99999999&kind=weather"),
      defaults,
    );
    expect(values).toEqual({ ...defaults, authority: undefined, kind: undefined, asPublished: false });
    expect(errors).toEqual([]);
  });

  it("read the filters in the address", () => {
    const { values } = readChangeFilters(
      new URLSearchParams("from=2026-01-31&to=2026-02-28&authority=E09000012&kind=status&asPublished=true"),
      defaults,
    );
    expect(values).toEqual({
      from: "2026-01-31",
      to: "2026-02-28",
      authority: "E09000012",
      kind: "status",
      asPublished: true,
    });
  });

  it("name a date that is not real, and a range that ends before it starts", () => {
    expect(readChangeFilters(new URLSearchParams("from=2026-02-30"), defaults).errors).toEqual([
      {
        field: "from",
        message: "Start date must be a real date",
        box: "day",
        typed: { day: "30", month: "2", year: "2026" },
      },
    ]);
    expect(readChangeFilters(new URLSearchParams("from=2026-11-10&to=2026-11-01"), defaults).errors).toEqual([
      { field: "to", message: "The end date must be the same as or after the start date", box: "day" },
    ]);
  });

  it("read the day, month and year boxes of a form sent without JavaScript, and name a missing box", () => {
    const read = readChangeFilters(
      new URLSearchParams("from-day=31&from-month=1&from-year=2026&to-day=&to-month=2&to-year=2026"),
      defaults,
    );
    expect(read.values.from).toBe("2026-01-31");
    expect(read.errors).toEqual([
      {
        field: "to",
        message: "End date must include a day",
        box: "day",
        typed: { day: "", month: "2", year: "2026" },
      },
    ]);
  });

  it("count what changed in words", () => {
    expect(describeCounts(noChanges)).toBeNull();
    expect(
      describeCounts({ ...noChanges, statusChanges: 6, partnershipsStarted: 1, partnershipsEnded: 1 }),
    ).toBe("6 status changes, 1 partnership started and 1 partnership ended");
    expect(summariseChanges("2026-10-31", "2026-11-30", 1, { ...noChanges, newCommitments: 1 })).toBe(
      "After 31 October 2026 up to the end of 30 November 2026: 1 change, including 1 new commitment.",
    );
    expect(summariseChanges("2026-10-31", "2026-11-30", 0, noChanges)).toBe(
      "After 31 October 2026 up to the end of 30 November 2026, nothing changed.",
    );
  });
});
