import { describe, expect, it } from "vitest";
import { getFreshness } from "./freshness.ts";

const now = new Date("2026-11-20T12:00:00Z");

describe("getFreshness", () => {
  it("calls records never updated stale", () => {
    expect(getFreshness(null, now)).toEqual({ isStale: true, lastUpdatedOn: null });
  });

  it("calls records updated in the last six months fresh", () => {
    expect(getFreshness("2026-10-01T10:00:00.000Z", now)).toEqual({
      isStale: false,
      lastUpdatedOn: "2026-10-01",
    });
  });

  it("calls records not updated for over six months stale", () => {
    expect(getFreshness("2026-04-01T10:00:00.000Z", now).isStale).toBe(true);
  });

  it("gives the London date of the last update: 00:30 on a summer night is that day, not the one before", () => {
    expect(getFreshness("2026-06-09T23:30:00.000Z", now).lastUpdatedOn).toBe("2026-06-10");
  });
});
