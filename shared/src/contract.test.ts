import { describe, expect, it } from "vitest";
import { CommitmentListQuerySchema } from "./commitments.ts";
import { PartnershipListQuerySchema } from "./partnerships.ts";
import { SeriesNameSchema, SummaryQuerySchema } from "./series.ts";

describe("query schemas", () => {
  it("reads a principle from the query string as a number from 1 to 5", () => {
    expect(CommitmentListQuerySchema.parse({ principle: "3" })).toEqual({ principle: 3 });
    const result = CommitmentListQuerySchema.safeParse({ principle: "2.5" });
    expect(result.error?.issues[0]?.message).toBe("principle must be a whole number from 1 to 5");
  });

  it("reads active=true and active=false as booleans and refuses anything else", () => {
    expect(PartnershipListQuerySchema.parse({ active: "false" })).toEqual({ active: false });
    expect(PartnershipListQuerySchema.safeParse({ active: "1" }).success).toBe(false);
  });

  it("accepts only the published series names and real since dates", () => {
    expect(SeriesNameSchema.options).toContain("adoption");
    expect(SummaryQuerySchema.safeParse({ since: "2019-13-01" }).success).toBe(false);
  });
});
