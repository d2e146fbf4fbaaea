import { describe, expect, it } from "vitest";
import {
  firstDayOfMonth,
  isMonth,
  lastDayOfMonth,
  lastDayOfPreviousMonth,
  monthsNewestFirst,
  previousMonth,
} from "./months.ts";

describe("calendar months", () => {
  it("know their last days, leap years included", () => {
    expect(lastDayOfMonth("2026-11")).toBe("2026-11-30");
    expect(lastDayOfMonth("2024-02")).toBe("2024-02-29");
    expect(lastDayOfMonth("2025-02")).toBe("2025-02-28");
    expect(lastDayOfMonth("2025-12")).toBe("2025-12-31");
  });

  it("step back across a year", () => {
    expect(previousMonth("2026-01")).toBe("2025-12");
    expect(lastDayOfPreviousMonth("2026-01-15")).toBe("2025-12-31");
    expect(firstDayOfMonth("2026-11-20")).toBe("2026-11-01");
  });

  it("list months newest first and check their form", () => {
    expect(monthsNewestFirst("2025-11", "2026-02")).toEqual(["2026-02", "2026-01", "2025-12", "2025-11"]);
    expect(isMonth("2026-13")).toBe(false);
    expect(isMonth("2026-1")).toBe(false);
    expect(isMonth("2026-09")).toBe(true);
  });
});
