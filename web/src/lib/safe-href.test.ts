import { describe, expect, it } from "vitest";
import { safeHref } from "./safe-href.ts";

describe("safeHref", () => {
  it("keeps http and https links", () => {
    expect(safeHref("https://example.org/a")).toBe("https://example.org/a");
  });

  it("refuses javascript: and data: links and text that is not a link", () => {
    expect(safeHref("javascript:alert(1)")).toBeNull();
    expect(safeHref("data:text/html,hi")).toBeNull();
    expect(safeHref("not a link")).toBeNull();
  });

  it("refuses links with a user name or password, stored before links were checked for them", () => {
    expect(safeHref("https://www.gov.uk@evil.example/login")).toBeNull();
    expect(safeHref("http://user:pass@example.org/")).toBeNull();
  });
});
