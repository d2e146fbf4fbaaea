import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "./support/browser.ts";
import { serverAndBrowser } from "./support/suite.ts";

const suite = serverAndBrowser();
const framingSite = { html: "", url: "", server: null as Server | null };

beforeAll(async () => {
  framingSite.server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(framingSite.html);
  });
  await new Promise<void>((resolve) => framingSite.server?.listen(0, "127.0.0.1", resolve));
  framingSite.url = `http://127.0.0.1:${(framingSite.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  framingSite.server?.close();
});

async function openPage(path: string): Promise<Page> {
  const context = await suite.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${suite.server.url}${path}`);
  return page;
}

/**
 * Another site (a news article, say) with a frame of `path` in it: a page of its own on another
 * origin (another port), served by a server of its own. Not an intercepted made-up address:
 * Chromium's local network access checks would then refuse any frame of our local server.
 */
async function openFramingSite(path: string): Promise<{ page: Page; frame: () => Frame | undefined }> {
  const src = `${suite.server.url}${path}`;
  framingSite.html = `<!doctype html><html lang="en"><head><title>An article</title></head><body><main><h1>An article</h1><iframe src="${src}" title="A chart" width="800" height="700"></iframe></main></body></html>`;
  const context = await suite.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${framingSite.url}/article`);
  return { page, frame: () => page.frames().find((frame) => frame !== page.mainFrame()) };
}

describe("the public statements and embeds, in Chromium", () => {
  it.each([
    ["/about/data", "Open data and data dictionary"],
    ["/accessibility", "Accessibility statement for the Local Digital Declaration dashboard"],
    ["/methodology", "Methodology: how the figures are worked out"],
    ["/about", "About the data"],
    ["/embed/series/adoption", "Adoption over time"],
    [
      "/embed/series/commitments-by-status?authority=E09000012&asOf=2024-03-31&asPublished=true",
      "Commitments by status over time: Hackney",
    ],
    [
      "/embed/compare/done?authorities=E09000012,E09000007&asOf=2025-12-31",
      "Commitments done: Hackney, Camden",
    ],
  ])("shows %s with no accessibility violations", async (path, heading) => {
    const page = await openPage(path);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(heading);
    await page.waitForLoadState("networkidle");
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("lists every table's columns from the package the API serves", async () => {
    const descriptor = (await (await fetch(`${suite.server.url}/data/latest/datapackage.json`)).json()) as {
      resources: { name: string; path: string; schema: { fields: { name: string }[] } }[];
    };
    const page = await openPage("/about/data");
    await page.getByRole("heading", { level: 1 }).waitFor();
    for (const resource of descriptor.resources) {
      const table = page.getByRole("table", { name: `Columns of ${resource.path}, in file order` });
      expect(await table.getByRole("rowheader").allTextContents()).toEqual(
        resource.schema.fields.map((field) => field.name),
      );
      const link = page.getByRole("link", { name: new RegExp(`\\(${resource.path}\\)$`) }).first();
      const response = await fetch(new URL((await link.getAttribute("href")) ?? "", suite.server.url));
      expect(response.status, resource.path).toBe(200);
    }
    await page.context().close();
  });

  it("puts a schema.org Dataset on the About page whose downloads all exist", async () => {
    const page = await openPage("/about");
    const script = page.locator('head script[type="application/ld+json"]');
    await expect.poll(async () => JSON.parse((await script.textContent()) ?? "{}").dateModified).toBeTruthy();
    const dataset = JSON.parse((await script.textContent()) ?? "{}") as {
      "@type": string;
      distribution: { contentUrl: string; encodingFormat: string }[];
    };
    expect(dataset["@type"]).toBe("Dataset");
    for (const download of dataset.distribution) {
      const response = await fetch(download.contentUrl);
      expect(response.status, download.contentUrl).toBe(200);
      expect(response.headers.get("content-type"), download.contentUrl).toContain(
        download.encodingFormat === "text/csv" ? "text/csv" : download.encodingFormat,
      );
    }
    await page.context().close();
  });

  it("lets another site frame an embedded chart, but not the dashboard itself", async () => {
    const embedded = await openFramingSite("/embed/series/adoption?asOf=2024-03-31");
    await expect
      .poll(() => embedded.frame()?.getByRole("heading", { level: 1 }).textContent())
      .toBe("Adoption over time");
    const frame = embedded.frame() as Frame;
    // The sentence is on the page (the drawn chart may repeat it in its own description).
    await expect
      .poll(() =>
        frame
          .locator("p")
          .getByText(/^By March 2024, \d+ of 33 authorities had signed/)
          .count(),
      )
      .toBe(1);
    await frame.getByRole("button", { name: "Table" }).click();
    expect(await frame.getByRole("rowheader").first().textContent()).toBe("March 2024");
    expect(await axeViolations(embedded.page)).toEqual([]);
    await embedded.page.context().close();

    const refused = await openFramingSite("/");
    // Chromium puts its own error page in place of a refused frame: the dashboard never loads in it.
    await expect.poll(() => refused.frame()?.url()).toBe("chrome-error://chromewebdata/");
    expect((await fetch(`${suite.server.url}/`)).headers.get("x-frame-options")).toBe("DENY");
    await refused.page.context().close();
  });

  it("offers every comparison chart to embed, at an address that shows that chart", async () => {
    const page = await openPage("/compare?authorities=E09000012,E09000007");
    const panels = page.locator(".app-chart-panel", { has: page.locator(".app-view-switch") });
    await panels.first().waitFor();
    const count = await panels.count();
    expect(count).toBe(5);
    for (let index = 0; index < count; index += 1) {
      const panel = panels.nth(index);
      const title = await panel.getByRole("heading").first().textContent();
      await panel.getByText("Embed this chart").click();
      const code = (await panel.getByLabel(`HTML code to embed “${title}”`).inputValue()) ?? "";
      const src = /src="([^"]+)"/.exec(code)?.[1] ?? "";
      expect(src).toMatch(/\/embed\/compare\/\w+\?authorities=E09000012,E09000007$/);
      const response = await fetch(src);
      expect(response.status).toBe(200);
    }
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("copies an embed code from a chart panel, by keyboard", async () => {
    const context = await suite.browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
    const page = await context.newPage();
    await page.goto(`${suite.server.url}/`);
    const panel = page.locator("section", { has: page.getByRole("heading", { name: "Adoption over time" }) });
    const summary = panel.locator("summary", { hasText: "Embed this chart" });
    await summary.focus();
    await page.keyboard.press("Enter");
    const code = panel.getByLabel("HTML code to embed “Adoption over time”");
    await code.waitFor();
    const snippet = await code.inputValue();
    expect(snippet).toBe(
      `<iframe src="${suite.server.url}/embed/series/adoption" title="Adoption over time" width="100%" height="620" style="border: 0; max-width: 100%;" loading="lazy"></iframe>`,
    );
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain("Copy the code");
    await page.keyboard.press("Enter");
    await expect.poll(() => panel.getByRole("status").textContent()).toContain("Code copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
