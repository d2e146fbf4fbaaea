import { describe, expect, it } from "vitest";
import { GssCodeSchema } from "./common.ts";
import { AUTHORITIES, LOTI_AREAS, LOTI_CONFIRMED_FOUNDERS, PRINCIPLES } from "./reference-data.ts";

describe("reference data", () => {
  it("has the 33 London authorities, E09000001 to E09000033, each once", () => {
    expect(AUTHORITIES).toHaveLength(33);
    const codes = AUTHORITIES.map((a) => a.gss);
    expect(codes).toEqual(Array.from({ length: 33 }, (_, i) => `E09${String(i + 1).padStart(6, "0")}`));
    for (const code of codes) expect(GssCodeSchema.safeParse(code).success).toBe(true);
  });

  it("keeps both inner/outer definitions, which disagree on exactly Greenwich, Haringey and Newham", () => {
    const disagree = AUTHORITIES.filter((a) => a.innerOuter1963 !== a.innerOuterOns).map((a) => a.name);
    expect(disagree).toEqual(["Greenwich", "Haringey", "Newham"]);
  });

  it("has five principles and LOTI's six areas of work", () => {
    expect(PRINCIPLES.map((p) => p.number)).toEqual([1, 2, 3, 4, 5]);
    expect(LOTI_AREAS).toHaveLength(6);
    expect(new Set(LOTI_AREAS.map((a) => a.id)).size).toBe(6);
  });

  it("names only authorities in the list as confirmed LOTI founders", () => {
    const codes = new Set(AUTHORITIES.map((a) => a.gss));
    for (const code of LOTI_CONFIRMED_FOUNDERS) expect(codes.has(code)).toBe(true);
  });
});
