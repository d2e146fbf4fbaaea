import { describe, expect, it } from "vitest";
import { GssCodeSchema, HttpUrlSchema, IsoDateSchema } from "./common.ts";

describe("HttpUrlSchema", () => {
  it("accepts http and https links", () => {
    expect(HttpUrlSchema.parse("https://example.org/evidence")).toBe("https://example.org/evidence");
    expect(HttpUrlSchema.parse(" http://example.org ")).toBe("http://example.org");
  });

  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "data:text/html,<script>1</script>",
    "ftp://x.org",
    "example.org",
  ])("refuses %s with a message that says which links are allowed", (value) => {
    const result = HttpUrlSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Enter a link that starts with http:// or https://");
  });
  it.each([
    "https://www.gov.uk@evil.example/login",
    "http://user:pass@example.org/",
    "https://user@example.org",
  ])("refuses %s, whose text starts with a host it does not lead to", (value) => {
    const result = HttpUrlSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain("without a user name or password");
  });

  it("accepts an @ in the path or query, where it names no user", () => {
    expect(HttpUrlSchema.safeParse("https://example.org/people/@hackney?by=a@b.org").success).toBe(true);
  });
});

describe("IsoDateSchema", () => {
  it("accepts real calendar dates and refuses impossible ones", () => {
    expect(IsoDateSchema.safeParse("2024-02-29").success).toBe(true);
    expect(IsoDateSchema.safeParse("2023-02-29").success).toBe(false);
    expect(IsoDateSchema.safeParse("29/02/2024").success).toBe(false);
  });
});

describe("GssCodeSchema", () => {
  it("accepts a GSS code and explains the format when refusing", () => {
    expect(GssCodeSchema.safeParse("E09000012").success).toBe(true);
    const result = GssCodeSchema.safeParse("Hackney");
    expect(result.error?.issues[0]?.message).toContain("E09000012");
  });
});
