import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { AuthorityProfileSchema } from "@ldd/shared/authorities";
import { CommitmentListSchema } from "@ldd/shared/commitments";
import { SummarySchema } from "@ldd/shared/series";
import type { BrowserContext, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "./support/browser.ts";
import { REPOSITORY_ROOT } from "./support/server.ts";
import { serverAndBrowser } from "./support/suite.ts";

/*
 * Public pages as the server renders them (docs/decisions/014-server-rendered-public-pages.md):
 * read and used with JavaScript off, and taken over by the browser with it on, without asking for
 * the data again, failing a request or logging an error.
 */

const SCREENSHOTS = join(REPOSITORY_ROOT, "test-results", "without-javascript");

const suite = serverAndBrowser();

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
});

async function getJson(path: string): Promise<unknown> {
  return (await fetch(`${suite.server.url}${path}`)).json();
}

async function withoutJavaScript(path: string): Promise<{ page: Page; context: BrowserContext }> {
  const context = await suite.browser.newContext({ javaScriptEnabled: false, locale: "en-GB" });
  const page = await context.newPage();
  const response = await page.goto(`${suite.server.url}${path}`);
  expect(response?.status()).toBe(200);
  return { page, context };
}

const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

describe("public pages without JavaScript", () => {
  it("show the overview's headline figures, every chart's sentence and table, and working links", async () => {
    const summary = SummarySchema.parse(await getJson("/api/summary"));
    const { page, context } = await withoutJavaScript("/");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain(
      "Local Digital Declaration",
    );
    const signed = page.locator(".app-figure", { hasText: "Authorities signed" });
    expect(await signed.textContent()).toContain(String(summary.current.authoritiesSigned));

    // Every panel with a chart (the tile map is a list of links, not a chart).
    const panels = page.locator(".app-chart-panel", { has: page.locator(".app-view-switch") });
    const panelCount = await panels.count();
    expect(panelCount).toBeGreaterThanOrEqual(4);
    for (let index = 0; index < panelCount; index += 1) {
      const panel = panels.nth(index);
      expect((await panel.locator(".app-chart-panel__summary").textContent())?.length).toBeGreaterThan(20);
      // The table is shown; the chart's space and its Chart/Table switch are not.
      expect(await panel.locator("table").isVisible()).toBe(true);
      expect(await panel.getByRole("button", { name: "Table" }).isVisible()).toBe(false);
      expect(await panel.locator(".app-series-chart--placeholder").isVisible()).toBe(false);
    }
    await screenshot(page, "overview");

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Authorities" }).click();
    await page.waitForURL(`${suite.server.url}/authorities`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain("33 authorities");
    await screenshot(page, "authorities");
    await context.close();
  });

  it("show an authority's profile with its commitments", async () => {
    const profile = AuthorityProfileSchema.parse(await getJson("/api/authorities/E09000012"));
    const { page, context } = await withoutJavaScript("/authorities/E09000012");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Hackney");
    const main = (await page.locator("main").textContent()) ?? "";
    for (const commitment of profile.commitments) expect(main).toContain(commitment.title);
    await screenshot(page, "profile");
    await context.close();
  });

  it("filter the commitments with a form the browser submits itself", async () => {
    const inProgress = CommitmentListSchema.parse(await getJson("/api/commitments?status=in_progress"));
    const { page, context } = await withoutJavaScript("/commitments");
    await page.getByLabel("Status").selectOption("in_progress");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL(/status=in_progress/);
    expect(await page.locator("main table tbody tr").count()).toBe(inProgress.commitments.length);
    await screenshot(page, "commitments-in-progress");
    await context.close();
  });

  it("say so, with status 404, at an address that has nothing", async () => {
    const context = await suite.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of ["/no-such-page", "/authorities/E09999999"]) {
      const response = await page.goto(`${suite.server.url}${path}`);
      expect(response?.status(), path).toBe(404);
      expect(await page.getByRole("heading", { level: 1 }).textContent(), path).toBe("Page not found");
    }
    await context.close();
  });
});

describe("public pages with JavaScript", () => {
  it.each(["/", "/authorities", "/authorities/E09000012", "/commitments", "/no-such-page"])(
    "%s is taken over without asking for its data again, a failed request or a console error",
    async (path) => {
      const context = await suite.browser.newContext({ locale: "en-GB" });
      const page = await context.newPage();
      const problems: string[] = [];
      const dataReads: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" && !message.text().includes("404 (Not Found)")) {
          problems.push(message.text());
        }
      });
      page.on("pageerror", (error) => problems.push(error.message));
      page.on("request", (request) => {
        const url = new URL(request.url());
        if (url.pathname.startsWith("/api/") && url.pathname !== "/api/session") dataReads.push(url.pathname);
      });
      page.on("response", (response) => {
        if (response.status() >= 400 && new URL(response.url()).pathname !== path) {
          problems.push(`${response.status()} ${response.url()}`);
        }
      });
      await page.goto(`${suite.server.url}${path}`, { waitUntil: "networkidle" });
      expect(problems).toEqual([]);
      expect(dataReads).toEqual([]);
      if (path === "/") {
        // Hydrated: the charts are drawn and the Chart/Table switch works.
        await page.locator(".recharts-surface").first().waitFor();
        const panel = page.locator("section", {
          has: page.getByRole("heading", { name: "Adoption over time" }),
        });
        await panel.getByRole("button", { name: "Table" }).click();
        await panel.locator("table").waitFor();
      }
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    },
  );
});
