import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "./support/browser.ts";
import { serverAndBrowser } from "./support/suite.ts";

const suite = serverAndBrowser();

async function openPage(path: string): Promise<Page> {
  const context = await suite.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${suite.server.url}${path}`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  return page;
}

async function getJson<T>(path: string): Promise<T> {
  return (await (await fetch(`${suite.server.url}${path}`)).json()) as T;
}

interface Authority {
  gss: string;
  name: string;
  overdueCommitments: number;
}

describe("the portfolio pages, in Chromium", () => {
  it("sorts the authorities by overdue commitments from the keyboard and maps a measure", async () => {
    const { authorities } = await getJson<{ authorities: Authority[] }>("/api/authorities");
    const mostOverdue = Math.max(...authorities.map((authority) => authority.overdueCommitments));
    const page = await openPage("/authorities");
    const table = page.getByRole("table", { name: "London authorities and the Local Digital Declaration" });
    await table.waitFor();

    const overdue = table.getByRole("columnheader", { name: /^Overdue/ });
    await overdue.getByRole("button").focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.url()).toBe(`${suite.server.url}/authorities?sort=-overdue`);
    expect(await overdue.getAttribute("aria-sort")).toBe("descending");
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("most first");
    const firstRow = table.locator("tbody tr").first();
    expect(await firstRow.locator("td").nth(6).textContent()).toBe(String(mostOverdue));

    await page.getByLabel("Show on the map").selectOption("overdue");
    await page.getByRole("button", { name: "Update the map" }).click();
    await expect.poll(() => page.url()).toBe(`${suite.server.url}/authorities?sort=-overdue&measure=overdue`);
    const map = page.getByRole("list", { name: "Map of London authorities: overdue commitments" });
    expect(await map.getByRole("link").count()).toBe(33);
    const firstName = (await firstRow.getByRole("link").first().textContent()) ?? "";
    expect(await map.getByRole("link", { name: new RegExp(`^${firstName}`) }).textContent()).toContain(
      `${mostOverdue} overdue`,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("compares three authorities side by side, with a table for every chart", async () => {
    const page = await openPage("/compare?authorities=E09000012,E09000007,E09000003");
    await expect
      .poll(() => page.getByText(/^Comparing /).textContent())
      .toBe("Comparing Hackney, Camden and Barnet.");
    const declaration = page.getByRole("table", { name: "The Declaration and LOTI membership" });
    expect(await declaration.getByRole("columnheader").allTextContents()).toEqual([
      "Measure",
      "Hackney",
      "Camden",
      "Barnet",
    ]);
    const series = await getJson<{ points: unknown[] }>("/api/series/adoption?authority=E09000012");
    const panels = page.locator("section.app-chart-panel");
    await expect.poll(() => panels.count()).toBe(5);
    for (let index = 0; index < 5; index++) {
      const panel = panels.nth(index);
      await panel.getByRole("button", { name: "Table" }).click();
      const chartTable = panel.locator("table");
      await chartTable.waitFor();
      expect(await chartTable.locator("thead th").allTextContents()).toEqual([
        "Month",
        "Hackney",
        "Camden",
        "Barnet",
      ]);
      expect(await chartTable.locator("tbody tr").count()).toBe(series.points.length);
    }
    const csv = await page
      .locator("section.app-chart-panel")
      .first()
      .getByRole("link", { name: /^Camden/ })
      .getAttribute("href");
    expect(csv).toBe("/api/series/adoption.csv?authority=E09000007");
    const answer = await fetch(`${suite.server.url}${csv}`);
    expect(answer.status).toBe(200);
    expect((await answer.text()).split("\n")[0]).toBe("month,Signed the Declaration,LOTI members");
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("refuses one authority with an error summary that takes the keyboard to the field", async () => {
    const page = await openPage("/compare?authorities=E09000012");
    const summary = page.locator(".govuk-error-summary");
    await expect.poll(() => summary.evaluate((element) => element === document.activeElement)).toBe(true);
    await summary.getByRole("link", { name: /Select at least 2 authorities/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("compare-authorities");
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("shows the partner organisations, filtered by type and reach, with the real data", async () => {
    const { partners } = await getJson<{ partners: { name: string; activeAuthorities: unknown[] }[] }>(
      "/api/partners?minAuthorities=2",
    );
    const page = await openPage("/partners");
    await page.getByLabel("Shared by at least").fill("2");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect.poll(() => page.url()).toBe(`${suite.server.url}/partners?minAuthorities=2`);
    const table = page.getByRole("table", {
      name: "Partner organisations and the authorities they work with",
    });
    await expect.poll(() => table.locator("tbody tr").count()).toBe(partners.length);
    expect(await table.locator("tbody tr th").first().textContent()).toBe(partners[0]?.name);
    await expect
      .poll(() => page.getByRole("status").first().textContent())
      .toContain(`the most connected is ${partners[0]?.name}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
