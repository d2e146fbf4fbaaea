import { describe, expect, it } from "vitest";
import { normaliseIdentifier, partnerNameKey } from "./partner-identifiers.ts";

describe("partner identifiers", () => {
  it("puts an identifier in its register's form, or refuses it", () => {
    expect(normaliseIdentifier("companies_house", "1234567")).toBe("01234567");
    expect(normaliseIdentifier("companies_house", "sc 123456")).toBe("SC123456");
    expect(normaliseIdentifier("companies_house", "123456789")).toBeNull();
    expect(normaliseIdentifier("ukprn", "10007784")).toBe("10007784");
    expect(normaliseIdentifier("ukprn", "20007784")).toBeNull();
    expect(normaliseIdentifier("charity_number", "1123456")).toBe("1123456");
    expect(normaliseIdentifier("charity_number", "sc012345")).toBe("SC012345");
    expect(normaliseIdentifier("charity_number", "12345")).toBeNull();
    expect(normaliseIdentifier("gss", "e06000023")).toBe("E06000023");
    expect(normaliseIdentifier("gss", "E0600002")).toBeNull();
  });

  it("compares names without case, punctuation, a leading The or a company suffix", () => {
    expect(partnerNameKey("The Example Trust Ltd")).toBe("example trust");
    expect(partnerNameKey("example trust limited")).toBe("example trust");
    expect(partnerNameKey("London & Partners")).toBe(partnerNameKey("London and Partners"));
    expect(partnerNameKey("Demo Tenants’ Voice Network")).toBe("demo tenants voice network");
    expect(partnerNameKey("Theatre Digital")).toBe("theatre digital");
  });
});
