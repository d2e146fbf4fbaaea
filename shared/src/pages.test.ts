import { describe, expect, it } from "vitest";
import { matchPage } from "./pages.ts";

describe("matchPage", () => {
  it("finds the page of an address, with its parameters", () => {
    expect(matchPage("/")?.pattern).toBe("/");
    expect(matchPage("/authorities/E09000012")).toEqual({
      pattern: "/authorities/:gss",
      params: { gss: "E09000012" },
    });
    expect(matchPage("/manage/E09000012/commitments/abc/status")?.params).toEqual({
      gss: "E09000012",
      id: "abc",
    });
    expect(matchPage("/commitments/")?.pattern).toBe("/commitments");
  });

  it("finds no page for other addresses", () => {
    for (const path of ["/nope", "/authorities/E09000012/extra", "/authorities//", "/index.php", "/manage"]) {
      expect(matchPage(path), path).toBeNull();
    }
  });
});
