import { describe, expect, it } from "vitest";
import {
  daysBetween,
  formatInstantAsLongDate,
  formatInstantAsLongDateTime,
  formatLongDate,
  formatMonth,
  formatShortMonth,
  getLondonToday,
  monthsBetween,
  toLondonDate,
} from "./dates.ts";

// 00:30 in London on 10 June 2026 is 23:30 UTC the day before (British Summer Time, UTC+1).
const BST_JUST_AFTER_MIDNIGHT = "2026-06-09T23:30:00.000Z";
// In winter London keeps Greenwich Mean Time, so 23:30 UTC is still 23:30 in London.
const GMT_JUST_BEFORE_MIDNIGHT = "2026-01-09T23:30:00.000Z";

describe("London dates", () => {
  it("puts an instant just after midnight in summer on the London day, not the UTC one", () => {
    expect(toLondonDate(BST_JUST_AFTER_MIDNIGHT)).toBe("2026-06-10");
    expect(formatInstantAsLongDate(BST_JUST_AFTER_MIDNIGHT)).toBe("10 June 2026");
    expect(formatInstantAsLongDateTime(BST_JUST_AFTER_MIDNIGHT)).toBe("10 June 2026 at 00:30");
  });

  it("keeps an instant in winter on the same day as in UTC", () => {
    expect(toLondonDate(GMT_JUST_BEFORE_MIDNIGHT)).toBe("2026-01-09");
    expect(formatInstantAsLongDate(GMT_JUST_BEFORE_MIDNIGHT)).toBe("9 January 2026");
    expect(formatInstantAsLongDateTime(GMT_JUST_BEFORE_MIDNIGHT)).toBe("9 January 2026 at 23:30");
  });

  it("reads instants written with an offset as well as in UTC", () => {
    expect(toLondonDate("2026-06-10T00:30:00+01:00")).toBe("2026-06-10");
  });

  it("says what today is in London at a given moment", () => {
    expect(getLondonToday(new Date(BST_JUST_AFTER_MIDNIGHT))).toBe("2026-06-10");
    expect(getLondonToday(new Date(GMT_JUST_BEFORE_MIDNIGHT))).toBe("2026-01-09");
    expect(getLondonToday()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("writes calendar dates and months in words, whatever the time zone", () => {
    expect(formatLongDate("2019-06-10")).toBe("10 June 2019");
    expect(formatLongDate("2026-03-29")).toBe("29 March 2026");
    expect(formatMonth("2019-06")).toBe("June 2019");
    expect(formatShortMonth("2026-11")).toBe("Nov 2026");
  });

  it("returns text that is not a date as it was, rather than an invalid date", () => {
    expect(formatLongDate("2026-02-30")).toBe("2026-02-30");
    expect(formatLongDate("soon")).toBe("soon");
    expect(formatMonth("2026-13")).toBe("2026-13");
    expect(toLondonDate("not a time")).toBeNull();
    expect(formatInstantAsLongDate("not a time")).toBe("not a time");
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

describe("daysBetween", () => {
  it("counts whole days across month ends, leap days and clock changes", () => {
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
    expect(daysBetween("2026-11-30", "2026-11-01")).toBe(-29);
  });
});
