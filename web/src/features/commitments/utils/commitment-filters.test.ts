import { describe, expect, it } from "vitest";
import { describeCommitmentFilters, readCommitmentFilters } from "./commitment-filters.ts";

describe("readCommitmentFilters", () => {
  it("reads the authority, principle and status from the query string", () => {
    expect(readCommitmentFilters(new URLSearchParams("authority=E09000012&principle=2&status=done"))).toEqual(
      {
        authority: "E09000012",
        principle: 2,
        status: "done",
      },
    );
  });

  it("drops values the API would refuse instead of failing the page", () => {
    expect(
      readCommitmentFilters(new URLSearchParams("authority=Hackney&principle=9&status=finished")),
    ).toEqual({});
  });
});

describe("describeCommitmentFilters", () => {
  it("describes the filtered set in words", () => {
    expect(
      describeCommitmentFilters(1, { authority: "E09000012", principle: 2, status: "in_progress" }),
    ).toBe(
      "Showing 1 commitment, by Hackney, serving principle 2 (Fix the plumbing), with status “In progress”",
    );
  });
});
