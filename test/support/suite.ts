import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "./browser.ts";
import { freshDatabase, type RunningServer, type ServerWorld, startServer } from "./server.ts";

/** What a browser suite works with: its own database, a server on it, and a Chromium. */
export interface BrowserSuite {
  readonly world: ServerWorld;
  readonly server: RunningServer;
  readonly browser: Browser;
  /** A new browser context signed in through the sign-in page, as a person would. */
  signedInPage(email: string, password: string): Promise<Page>;
}

/**
 * Call at the top of a browser suite: before its tests, a database of the suite's own (copied
 * from the run's demo-data template), the server started on it and Chromium launched; after them,
 * all three stopped and removed.
 */
export function serverAndBrowser(): BrowserSuite {
  let world: ServerWorld | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    world = await freshDatabase();
    server = await startServer(world);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await world?.cleanUp();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The suite's ${what} is used before its beforeAll has run`);
    return value;
  };
  const suite: BrowserSuite = {
    get world() {
      return ready(world, "database");
    },
    get server() {
      return ready(server, "server");
    },
    get browser() {
      return ready(browser, "browser");
    },
    async signedInPage(email, password) {
      const context = await suite.browser.newContext({ locale: "en-GB" });
      const page = await context.newPage();
      await page.goto(`${suite.server.url}/sign-in`);
      await page.getByLabel("Email address").fill(email);
      await page.getByLabel("Password").fill(password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
      return page;
    },
  };
  return suite;
}
