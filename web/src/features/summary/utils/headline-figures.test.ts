import { SummarySchema } from "@ldd/shared/series";
import { describe, expect, it } from "vitest";
import { buildSummary } from "@/testing/fixtures.ts";
import { getHeadlineFigures } from "./headline-figures.ts";

describe("getHeadlineFigures", () => {
  it("gives the six headline figures with signed and member counts out of all authorities", () => {
    const figures = getHeadlineFigures(buildSummary());
    expect(figures.map((figure) => figure.label)).toEqual([
      "Authorities signed",
      "LOTI members",
      "Commitments",
      "Commitments done",
      "Commitments overdue",
      "Active partnerships",
    ]);
    expect(figures[0]).toMatchObject({ value: 29, outOf: 33, change: null });
    expect(figures[2]?.outOf).toBeNull();
  });

  it("gives the change against the comparison date when one was chosen", () => {
    const summary = SummarySchema.parse(buildSummary("2024-01-31"));
    const figures = getHeadlineFigures(summary);
    expect(figures.find((figure) => figure.id === "authorities-signed")?.change).toBe(3);
    expect(figures.find((figure) => figure.id === "commitments-overdue")?.change).toBe(-2);
  });
});
