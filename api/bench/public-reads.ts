/**
 * docs/quality.md P1/P4/P6: public reads (the JSON API and the server-rendered pages) against a bare
 * node:http server returning the same bytes.
 * Runs are interleaved (bare, app, bare, app…) and medians reported, because this machine is
 * shared and noisy: only ratios measured side by side mean anything.
 *
 *   pnpm bench            # 5 runs × 5 s per server and path
 *   BENCH_SECONDS=2 BENCH_RUNS=3 pnpm bench
 */
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { type LoadResult, load, median } from "./load.ts";

const TARGETS: { path: string; gzip?: boolean }[] = [
  { path: "/api/summary" },
  { path: "/api/series/commitments-by-status" },
  { path: "/api/authorities/E09000012" },
  // Server-rendered pages (needs `pnpm build`), as browsers read them: compressed.
  { path: "/", gzip: true },
  { path: "/authorities/E09000012", gzip: true },
];
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const runs = Number(process.env.BENCH_RUNS ?? 5);

const child = fork(fileURLToPath(new URL("./bench-servers.ts", import.meta.url)), [JSON.stringify(TARGETS)], {
  execArgv: ["--import", "tsx"],
  stdio: ["ignore", "inherit", "inherit", "ipc"],
});
const ports = await new Promise<{ hono: number; bare: number }>((resolve) =>
  child.once("message", resolve as never),
);

const rows: string[] = [];
for (const target of TARGETS) {
  const bare: LoadResult[] = [];
  const app: LoadResult[] = [];
  for (let run = 0; run < runs; run++) {
    bare.push(await load(ports.bare, target, seconds));
    app.push(await load(ports.hono, target, seconds));
  }
  const bareRps = median(bare.map((r) => r.requestsPerSecond));
  const appRps = median(app.map((r) => r.requestsPerSecond));
  const errors = app.reduce((sum, r) => sum + r.non2xx, 0);
  rows.push(
    `| \`${target.path}\`${target.gzip ? " (gzip)" : ""} | ${Math.round(bareRps)} | ${Math.round(appRps)} | ${((appRps / bareRps) * 100).toFixed(0)}% | ${median(bare.map((r) => r.p99))} | ${median(app.map((r) => r.p99))} | ${errors} |`,
  );
}
console.log(
  `\n${runs} interleaved runs × ${seconds} s, 100 connections, medians (${new Date().toISOString().slice(0, 10)})\n`,
);
console.log(
  "| path | bare node:http req/s | app req/s | app / bare (P1 ≥ 85%) | bare p99 ms | app p99 ms (P4 ≤ 25) | app non-2xx |",
);
console.log("|---|---|---|---|---|---|---|");
for (const row of rows) console.log(row);
child.disconnect();
