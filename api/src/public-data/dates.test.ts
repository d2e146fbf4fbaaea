import { describe, expect, it } from "vitest";
import { londonToday, monthsBetween, toIsoInstant } from "./dates.ts";

describe("toIsoInstant", () => {
  it.each([
    ["2024-09-19 17:27:55+00", "2024-09-19T17:27:55.000Z"],
    ["2024-09-19 17:27:55.1+00", "2024-09-19T17:27:55.100Z"],
    ["2024-09-19 17:27:55.123456+00", "2024-09-19T17:27:55.123Z"],
    ["2024-09-19 18:27:55+01", "2024-09-19T17:27:55.000Z"],
    ["2024-09-19 12:57:55.5-04:30", "2024-09-19T17:27:55.500Z"],
    ["2024-09-19T17:27:55.000Z", "2024-09-19T17:27:55.000Z"],
  ])("reads %s as %s", (input, expected) => {
    expect(toIsoInstant(input)).toBe(expected);
  });
});

describe("monthsBetween", () => {
  it("lists each month with its last day, leap years included", () => {
    expect(monthsBetween("2024-01", "2024-03")).toEqual([
      { month: "2024-01", lastDay: "2024-01-31" },
      { month: "2024-02", lastDay: "2024-02-29" },
      { month: "2024-03", lastDay: "2024-03-31" },
    ]);
    expect(monthsBetween("2018-11", "2019-01").map((m) => m.month)).toEqual([
      "2018-11",
      "2018-12",
      "2019-01",
    ]);
  });
});

describe("londonToday", () => {
  it("uses London's calendar: 00:30 in British Summer Time is already the next day", () => {
    expect(londonToday(new Date("2026-06-30T23:30:00Z"))).toBe("2026-07-01");
    expect(londonToday(new Date("2026-12-31T23:30:00Z"))).toBe("2026-12-31");
  });
});
