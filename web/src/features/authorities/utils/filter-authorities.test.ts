import { describe, expect, it } from "vitest";
import { buildAuthorityList } from "@/testing/fixtures.ts";
import { filterAuthorities } from "./filter-authorities.ts";

const { authorities } = buildAuthorityList();

describe("filterAuthorities", () => {
  it("finds authorities by part of their name, ignoring case", () => {
    expect(filterAuthorities(authorities, { query: "HACK", innerOuter: null }).map((a) => a.name)).toEqual([
      "Hackney",
    ]);
  });

  it("finds an authority by its GSS code", () => {
    expect(
      filterAuthorities(authorities, { query: "e09000007", innerOuter: null }).map((a) => a.name),
    ).toEqual(["Camden"]);
  });

  it("treats an ampersand as 'and'", () => {
    expect(filterAuthorities(authorities, { query: "Hammersmith & Fulham", innerOuter: null })).toHaveLength(
      1,
    );
  });

  it("keeps only inner or outer London authorities by the ONS definition", () => {
    const outer = filterAuthorities(authorities, { query: "", innerOuter: "outer" });
    expect(outer.some((a) => a.name === "Greenwich")).toBe(true);
    expect(outer.some((a) => a.name === "Newham")).toBe(false);
  });

  it("lists all 33 in name order when nothing is chosen", () => {
    const all = filterAuthorities(authorities, { query: "  ", innerOuter: null });
    expect(all).toHaveLength(33);
    expect(all[0]?.name).toBe("Barking and Dagenham");
  });
});
