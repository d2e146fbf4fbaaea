import { existsSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, chromium, type Page } from "playwright-core";

/** Debian's Chromium, where the machine has it (CI installs it). */
const SYSTEM_CHROMIUM = "/usr/bin/chromium";
const HEADLESS_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * A Chromium that needs no download outside the package registries (docs/decisions/007): the
 * system's when there is one, otherwise the one the `@sparticuz/chromium` npm package ships, which
 * it unpacks into the temporary folder on first use. So `pnpm test` runs on a machine with only
 * Node and npm.
 */
async function chromiumToLaunch(): Promise<{ executablePath: string; args: string[] }> {
  if (existsSync(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM, args: HEADLESS_ARGS };
  const { default: bundled } = await import("@sparticuz/chromium");
  // Not the package's own argument list: it is for AWS Lambda, and turns off web security (which
  // these tests check) and runs one process (which closing a browser context then kills).
  return { executablePath: await bundled.executablePath(), args: HEADLESS_ARGS };
}

/**
 * Public pages come rendered from the server: their links work at once, their scripted controls
 * (a sort button, a Chart/Table switch) once the browser has taken the page over. A person waits
 * for that without noticing; a test must wait for it explicitly, so every `page.goto` here waits,
 * with JavaScript on, until the app marks the page ready (`<html data-ready>`, web/src/app/router.tsx).
 */
const READY_TIMEOUT_MS = 15_000;

function waitForTheAppOnEveryGoto(browser: Browser): Browser {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    if (options?.javaScriptEnabled === false) return context;
    context.on("page", (page) => {
      const goto = page.goto.bind(page);
      page.goto = async (url, gotoOptions) => {
        const response = await goto(url, gotoOptions);
        // Only the dashboard's own pages (with the app's root) are marked; a page that fails to
        // render never is, and the test goes on to find out why.
        await page
          .waitForFunction(
            () => !document.getElementById("root") || document.documentElement.dataset.ready === "true",
            undefined,
            { timeout: READY_TIMEOUT_MS },
          )
          .catch(() => undefined);
        return response;
      };
    });
    return context;
  };
  return browser;
}

export async function launchChromium(): Promise<Browser> {
  return waitForTheAppOnEveryGoto(await chromium.launch(await chromiumToLaunch()));
}

/** axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules (docs/quality.md, A1). */
export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(" ")).slice(0, 5),
  }));
}
