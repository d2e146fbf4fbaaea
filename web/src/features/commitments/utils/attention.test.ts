import { describe, expect, it } from "vitest";
import { attentionFilters, readStaleDays } from "./attention.ts";

describe("commitments that need attention", () => {
  it("ask the API for each list in the order that matters", () => {
    expect(attentionFilters("stale", 90)).toEqual({ stale_days: 90, sort: "-days_since_update" });
    expect(attentionFilters("overdue", 90)).toEqual({ overdue: true, sort: "target_date" });
    expect(attentionFilters("slipped", 90)).toEqual({ slipped: true, sort: "-days_slipped" });
  });

  it("read the days without an update from the address, 180 unless it is a number the API accepts", () => {
    expect(readStaleDays(null)).toBe(180);
    expect(readStaleDays("365")).toBe(365);
    expect(readStaleDays("0")).toBe(180);
    expect(readStaleDays("ninety")).toBe(180);
    expect(readStaleDays("4000")).toBe(180);
  });
});
