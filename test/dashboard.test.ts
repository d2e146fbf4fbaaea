import { readFileSync } from "node:fs";
import { SummarySchema, TimeSeriesSchema } from "@ldd/shared/series";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "./support/browser.ts";
import { serverAndBrowser } from "./support/suite.ts";

const suite = serverAndBrowser();

async function openPage(path: string): Promise<Page> {
  const context = await suite.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${suite.server.url}${path}`);
  return page;
}

describe("the public dashboard, in Chromium", () => {
  it("shows the overview with headline figures from the API, labelled as demo data", async () => {
    const summary = SummarySchema.parse(await (await fetch(`${suite.server.url}/api/summary`)).json());
    const page = await openPage("/");
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toContain("Local Digital Declaration");
    await expect.poll(() => page.getByText("illustrative demo data").count()).toBeGreaterThan(0);
    const signed = page.locator("text=Authorities signed").first().locator("..");
    await expect.poll(() => signed.textContent()).toContain(String(summary.current.authoritiesSigned));
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("switches a chart to its table and downloads its CSV", async () => {
    const page = await openPage("/");
    const panel = page.locator("section", { has: page.getByRole("heading", { name: "Adoption over time" }) });
    await panel.getByRole("button", { name: "Table" }).click();
    const table = panel.locator("table");
    await table.waitFor();
    const series = TimeSeriesSchema.parse(
      await (await fetch(`${suite.server.url}/api/series/adoption`)).json(),
    );
    expect(await table.locator("tbody tr").count()).toBe(series.points.length);
    expect(await axeViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      panel.getByRole("link", { name: /Download the data \(CSV\)/ }).click(),
    ]);
    const path = await download.path();
    const csv = readFileSync(path, "utf8").trim().split("\n");
    expect(csv[0]).toBe("month,Signed the Declaration,LOTI members");
    expect(csv).toHaveLength(series.points.length + 1);
    await page.context().close();
  });

  it("opens an authority's profile from the list, with its commitments", async () => {
    const page = await openPage("/authorities");
    await page.getByLabel(/Search by name or GSS code/).fill("hackney");
    await page.getByRole("link", { name: "Hackney", exact: true }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Hackney");
    expect(page.url()).toBe(`${suite.server.url}/authorities/E09000012`);
    await expect.poll(() => page.getByRole("heading", { name: /^Commitments/ }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it.each(["/authorities", "/commitments?status=in_progress", "/about", "/authorities/E09000099"])(
    "finds no accessibility violations on %s",
    async (path) => {
      const page = await openPage(path);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await page.waitForLoadState("networkidle");
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    },
  );

  it("serves the API reference page without accessibility violations", async () => {
    const page = await openPage("/api/docs");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("API reference");
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
