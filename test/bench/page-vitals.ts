/**
 * docs/quality.md P6: Largest Contentful Paint and cumulative layout shift of public pages on a
 * slow phone: headless Chromium with 4× CPU slowdown and a slow-4G network (150 ms round trip,
 * 1.6 Mbit/s down), at a phone's width and a laptop's. Starts the real server on a new embedded
 * database with demo data (after `pnpm build`); each page is loaded once to warm the server's
 * rendering, then measured in fresh browser contexts. Medians, with every run shown.
 *
 *   pnpm bench:pages
 *   VITALS_RUNS=7 VITALS_PAGES=/,/authorities pnpm bench:pages
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchChromium } from "../support/browser.ts";
import { freePort, spawnServer, waitUntilHealthy } from "../support/server.ts";

const PAGES = (process.env.VITALS_PAGES ?? "/,/authorities/E09000012,/authorities,/commitments").split(",");
const RUNS = Number(process.env.VITALS_RUNS ?? 5);
const VIEWPORTS = [
  { name: "phone", width: 412, height: 823 },
  { name: "laptop", width: 1280, height: 900 },
];

interface Vitals {
  lcp: number;
  cls: number;
  bytes: { html: number; js: number; css: number };
}

declare global {
  interface Window {
    vitals: { lcp: number; cls: number };
  }
}

const dataDir = mkdtempSync(join(tmpdir(), "ldd-vitals-"));
const server = spawnServer({ PORT: String(await freePort()), DATA_DIR: dataDir, STOP_WITH_PARENT: "true" });
try {
  await waitUntilHealthy(server);
  const browser = await launchChromium();
  for (const path of PAGES) await fetch(`${server.url}${path}`);

  async function measure(path: string, viewport: { width: number; height: number }): Promise<Vitals> {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.vitals = { lcp: 0, cls: 0 };
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.vitals.lcp = entry.startTime;
      }).observe({ type: "largest-contentful-paint", buffered: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[]) {
          if (!entry.hadRecentInput) window.vitals.cls += entry.value;
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 150,
      downloadThroughput: 1.6e6 / 8,
      uploadThroughput: 0.75e6 / 8,
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    const bytes = { html: 0, js: 0, css: 0 };
    const kinds = new Map<string, keyof typeof bytes>();
    cdp.on("Network.responseReceived", ({ requestId, response }) => {
      const type = response.mimeType;
      if (type.includes("html")) kinds.set(requestId, "html");
      else if (type.includes("javascript")) kinds.set(requestId, "js");
      else if (type.includes("css")) kinds.set(requestId, "css");
    });
    cdp.on("Network.loadingFinished", ({ requestId, encodedDataLength }) => {
      const kind = kinds.get(requestId);
      if (kind) bytes[kind] += encodedDataLength;
    });
    await page.goto(`${server.url}${path}`, { waitUntil: "networkidle" });
    await page.waitForTimeout(1_000);
    const { lcp, cls } = await page.evaluate(() => window.vitals);
    await context.close();
    return { lcp, cls, bytes };
  }

  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  console.log(
    `\n${RUNS} runs per page and width, 4× CPU, 150 ms, 1.6 Mbit/s (${new Date().toISOString().slice(0, 10)})\n`,
  );
  console.log(
    "| page | width | LCP median ms (P6 ≤ 1000) | LCP runs | CLS max (P6 ≤ 0.02) | HTML kB | JS kB | CSS kB |",
  );
  console.log("|---|---|---|---|---|---|---|---|");
  for (const path of PAGES) {
    for (const viewport of VIEWPORTS) {
      const runs: Vitals[] = [];
      for (let run = 0; run < RUNS; run += 1) runs.push(await measure(path, viewport));
      const first = runs[0]?.bytes ?? { html: 0, js: 0, css: 0 };
      const kB = (value: number) => (value / 1000).toFixed(1);
      console.log(
        `| \`${path}\` | ${viewport.name} | ${Math.round(median(runs.map((r) => r.lcp)))} | ${runs.map((r) => Math.round(r.lcp)).join(", ")} | ${Math.max(...runs.map((r) => r.cls)).toFixed(3)} | ${kB(first.html)} | ${kB(first.js)} | ${kB(first.css)} |`,
      );
    }
  }
  await browser.close();
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
