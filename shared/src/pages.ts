/*
 * Every page of the web app, by path pattern (`:name` is one path segment). The web router has a
 * route for each (a test checks both ways), and the server answers 404 for any other address, so
 * a mistyped or stale link is a real "not found" for people, crawlers and link checkers alike.
 */
export const PAGE_PATTERNS = [
  "/",
  "/authorities",
  "/authorities/:gss",
  "/commitments",
  "/compare",
  "/partners",
  "/about",
  "/changes",
  "/activity",
  "/report",
  "/about/data",
  "/accessibility",
  "/methodology",
  "/embed/series/:name",
  "/embed/compare/:measure",
  "/sign-in",
  "/manage/:gss",
  "/manage/:gss/preview",
  "/manage/:gss/signature",
  "/manage/:gss/commitments/new",
  "/manage/:gss/commitments/:id/edit",
  "/manage/:gss/commitments/:id/status",
  "/manage/:gss/commitments/:id/target-date",
  "/manage/:gss/partnerships/new",
  "/manage/:gss/partnerships/:id/edit",
  "/manage/:gss/history/:recordType/:id",
  "/manage/:gss/partnership-answers",
  "/review",
  "/admin/accounts",
  "/admin/membership",
  "/admin/membership/:gss",
  "/leadership",
  "/leadership/report",
] as const;

export type PagePattern = (typeof PAGE_PATTERNS)[number];

/**
 * The public pages the server renders to HTML, so they read without JavaScript and paint at once
 * (docs/decisions/014-server-rendered-public-pages.md). Signed-in pages and the chart-only embeds
 * are rendered in the browser.
 */
export const SERVER_RENDERED_PAGES = [
  "/",
  "/authorities",
  "/authorities/:gss",
  "/commitments",
  "/compare",
  "/partners",
  "/about",
  "/changes",
  "/activity",
  "/report",
  "/about/data",
  "/accessibility",
  "/methodology",
] as const satisfies readonly PagePattern[];

const compiled = PAGE_PATTERNS.map((pattern) => {
  const names: string[] = [];
  const source = pattern
    .split("/")
    .map((segment) => {
      if (!segment.startsWith(":")) return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      names.push(segment.slice(1));
      return "([^/]+)";
    })
    .join("/");
  return { pattern, names, regex: new RegExp(`^${source}/?$`) };
});

/** The page an address is for, with its parameters, or null when no page has that address. */
export function matchPage(path: string): { pattern: PagePattern; params: Record<string, string> } | null {
  for (const { pattern, names, regex } of compiled) {
    const match = regex.exec(path);
    if (match) {
      const params = Object.fromEntries(
        names.map((name, index) => [name, decodeURIComponent(match[index + 1] ?? "")]),
      );
      return { pattern, params };
    }
  }
  return null;
}
