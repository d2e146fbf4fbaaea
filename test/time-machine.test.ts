import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "./support/browser.ts";
import { serverAndBrowser } from "./support/suite.ts";

/*
 * The time machine and LOTI's attention lists as a reader uses them in Chromium: a page as of a
 * past month-end says so, the changes between two dates are listed as the API counts them, and an
 * attention item leads to its record.
 */

const suite = serverAndBrowser();

async function newPage(): Promise<Page> {
  const context = await suite.browser.newContext({ locale: "en-GB" });
  return context.newPage();
}

describe("the time machine, in Chromium", () => {
  it("shows the overview as of a past month-end with a banner, and a way back to today", async () => {
    const page = await newPage();
    await page.goto(`${suite.server.url}/?asOf=2026-10-31`);
    const banner = page.getByRole("region", { name: "Date shown" });
    await banner.waitFor();
    expect(await banner.textContent()).toContain("at the end of 31 October 2026");
    // The banner says how many published changes took effect since, as the API counts them.
    const meta = (await (await fetch(`${suite.server.url}/api/meta?asOf=2026-10-31`)).json()) as {
      changesSince: number;
    };
    await expect
      .poll(() => banner.textContent())
      .toContain(`${meta.changesSince.toLocaleString("en-GB")} published change`);
    // The headline figures are those of that date.
    const summary = (await (await fetch(`${suite.server.url}/api/summary?asOf=2026-10-31`)).json()) as {
      current: { authoritiesSigned: number };
    };
    await expect
      .poll(() => page.locator("main").textContent())
      .toContain(String(summary.current.authoritiesSigned));
    await page.waitForLoadState("networkidle");
    expect(await axeViolations(page)).toEqual([]);

    await banner.getByRole("link", { name: "Show today’s records instead" }).click();
    await page.waitForURL((url) => url.search === "");
    expect(await page.getByRole("region", { name: "Date shown" }).count()).toBe(0);
  });

  it("lists the changes between two dates as the API counts them, each linking to its record", async () => {
    const page = await newPage();
    await page.goto(`${suite.server.url}/changes?from=2025-12-31&to=2026-10-31`);
    const table = page.getByRole("table", { name: /Changes from 31 December 2025 to 31 October 2026/ });
    await table.waitFor();
    const api = (await (
      await fetch(`${suite.server.url}/api/changes?from=2025-12-31&to=2026-10-31`)
    ).json()) as {
      changes: { recordId: string | null }[];
    };
    expect(api.changes.length).toBeGreaterThan(0);
    expect(await table.locator("tbody tr").count()).toBe(api.changes.length);
    const firstLink = table.locator("tbody tr").first().getByRole("link").first();
    expect(await firstLink.getAttribute("href")).toMatch(/^\/authorities\/E0\d{7}/);
    await page.waitForLoadState("networkidle");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("takes a LOTI reviewer from an overdue item to the commitment on its authority's profile", async () => {
    const page = await newPage();
    await page.goto(`${suite.server.url}/sign-in`);
    await page.getByLabel("Email address").fill("reviewer@example.org");
    await page.getByLabel("Password").fill("demo-reviewer-loti");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
    await page.goto(`${suite.server.url}/leadership`);
    const overdue = page.getByRole("region", { name: /^Overdue/ });
    // An item's link, not the list's CSV download (which is there before the items have loaded).
    const item = overdue.locator('a[href^="/authorities/"]').first();
    await item.waitFor();
    const title = (await item.textContent())?.trim() ?? "";
    const href = (await item.getAttribute("href")) ?? "";
    const [, gss, id] = /^\/authorities\/(E0\d{7})#commitment-([\w-]+)/.exec(href) ?? [];
    expect(gss, href).toBeTruthy();
    await item.click();
    await page.waitForURL((url) => url.pathname === `/authorities/${gss}`);
    const record = page.locator(`[id="commitment-${id}"]`);
    await record.waitFor();
    expect(await record.textContent()).toContain(title);
  });
});
