import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "./support/browser.ts";
import { serverAndBrowser } from "./support/suite.ts";

/* LOTI's leadership page as a demo reviewer sees it, and the board report as a PDF, in Chromium. */

const suite = serverAndBrowser();
let pdfFolder: string;

beforeAll(async () => {
  pdfFolder = mkdtempSync(join(tmpdir(), "ldd-report-"));
});

afterAll(async () => {
  if (pdfFolder) rmSync(pdfFolder, { recursive: true, force: true });
});

async function signedInAsReviewer(): Promise<Page> {
  const context = await suite.browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  await page.goto(`${suite.server.url}/sign-in`);
  await page.getByLabel("Email address").fill("reviewer@example.org");
  await page.getByLabel("Password").fill("demo-reviewer-loti");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  return page;
}

describe("LOTI leadership, in Chromium", () => {
  it("shows a reviewer the portfolio, what needs attention and this month's activity, accessibly", async () => {
    const page = await signedInAsReviewer();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Leadership" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Leadership");

    // The portfolio: one row per authority, each cell in words.
    const matrix = page.getByRole("table", { name: "Portfolio" });
    await matrix.waitFor();
    expect(await matrix.locator("tbody tr").count()).toBe(33);
    const overdue = (await (await fetch(`${suite.server.url}/api/commitments?overdue=true`)).json()) as {
      commitments: unknown[];
    };
    const overdueList = page.getByRole("region", { name: /^Overdue/ });
    await expect
      .poll(() => overdueList.getByRole("heading").textContent())
      .toBe(`Overdue ${overdue.commitments.length}`);
    await page.getByRole("region", { name: "Activity this month" }).getByRole("table").waitFor();
    await page.waitForLoadState("networkidle");
    expect(await axeViolations(page)).toEqual([]);

    // Every control is reachable by keyboard, and focus is always visible somewhere on the page.
    await page.locator("body").focus();
    const reached = new Set<string>();
    for (let step = 0; step < 60; step += 1) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const element = document.activeElement;
        return element && element !== document.body
          ? `${element.tagName}:${element.getAttribute("href") ?? element.getAttribute("name") ?? element.textContent?.trim().slice(0, 30)}`
          : null;
      });
      expect(focused).not.toBeNull();
      if (focused) reached.add(focused);
    }
    expect([...reached].some((name) => name.startsWith("A:/commitments?authority="))).toBe(true);

    // The stale list's days go through the address.
    await page.getByLabel("Days without an update").fill("365");
    await page.getByRole("button", { name: "Show", exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("stale_days") === "365");
    await page.getByRole("heading", { name: /No update for 365 days or more/ }).waitFor();
    await page.context().close();
  });

  it("saves the board report as a PDF", async () => {
    const context = await suite.browser.newContext({ locale: "en-GB" });
    const page = await context.newPage();
    await page.goto(`${suite.server.url}/report`);
    await page.getByRole("heading", { level: 1, name: /The Local Digital Declaration in London/ }).waitFor();
    await page.getByRole("table", { name: /Commitments by authority and principle/ }).waitFor();
    await page.waitForLoadState("networkidle");
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("button", { name: "Print or save as PDF" }).isVisible()).toBe(false);
    const path = join(pdfFolder, "board-report.pdf");
    await page.pdf({ path, format: "A4" });
    expect(statSync(path).size).toBeGreaterThan(10_000);
    expect(readFileSync(path).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    await context.close();
  });
});
