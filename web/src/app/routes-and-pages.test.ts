// @vitest-environment node
import { readFileSync } from "node:fs";
import { PAGE_PATTERNS } from "@ldd/shared/pages";
import { describe, expect, it } from "vitest";

/*
 * The server answers 404 for any address that is not in PAGE_PATTERNS (shared/src/pages.ts), so
 * the router and that list must name the same pages: a page missing from the list would be served
 * with status 404, a pattern without a route would be a 200 "not found".
 */
describe("the router's pages", () => {
  it("are exactly the pages the server knows", () => {
    const router = readFileSync(new URL("./router.tsx", import.meta.url), "utf8");
    const routed = [...router.matchAll(/<Route\s+path="([^"]+)"/g)].map((match) => match[1]);
    expect([...routed].sort()).toEqual([...PAGE_PATTERNS].sort());
  });
});
