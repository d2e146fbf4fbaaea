import { describe, expect, it } from "vitest";
import { buildAuthoritySeries } from "@/testing/portfolio-fixtures.ts";

import { summariseAuthoritySeries } from "./summarise-authority-series.ts";

const context = { totalAuthorities: 33 };

describe("summariseAuthoritySeries", () => {
  it("names the one authority a series counts, and says whether and since when it had signed", () => {
    expect(
      summariseAuthoritySeries(buildAuthoritySeries("adoption", "E09000012"), "Hackney", context),
    ).toMatch(
      /^By November 2026, Hackney had signed the Declaration \(by [A-Z][a-z]+ \d{4}\) and was a LOTI member\.$/,
    );
    expect(
      summariseAuthoritySeries(buildAuthoritySeries("adoption", "E09000004"), "Bexley", context),
    ).toMatch(/^By November 2026, Bexley had not signed the Declaration and was (not )?a LOTI member\.$/);
    expect(
      summariseAuthoritySeries(
        buildAuthoritySeries("commitments-by-status", "E09000012"),
        "Hackney",
        context,
      ),
    ).toMatch(/^By November 2026, Hackney had made \d+ commitments?/);
  });
});
