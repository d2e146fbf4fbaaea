/**
 * What logging costs public reads (docs/decisions/015-logs-request-ids-and-metrics.md): the same
 * app, in one process, silent and logging at info to /dev/null, and logging every read answered
 * from memory (LOG_CACHED_READ_EVERY=1). Request ids and metrics are on in all three. Runs are
 * interleaved (silent, info, info every read, silent…) and medians reported, because this machine
 * is shared and noisy: only ratios measured side by side mean anything.
 *
 *   pnpm bench:logging      # 5 runs × 5 s per variant and path
 *   BENCH_SECONDS=3 BENCH_RUNS=3 pnpm bench:logging
 */
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { type LoadResult, load, median } from "./load.ts";

const TARGETS: { path: string; gzip?: boolean }[] = [
  // Answered from memory before routing: one line in 100 at info.
  { path: "/api/summary" },
  { path: "/api/authorities/E09000012" },
  { path: "/authorities/E09000012", gzip: true },
  // Routed every time: a line for every request.
  { path: "/livez" },
];
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const runs = Number(process.env.BENCH_RUNS ?? 5);

const child = fork(fileURLToPath(new URL("./bench-servers.ts", import.meta.url)), [JSON.stringify(TARGETS)], {
  execArgv: ["--import", "tsx"],
  stdio: ["ignore", "inherit", "inherit", "ipc"],
});
const ports = await new Promise<{ hono: number; logged: number; loggedEveryRead: number }>((resolve) =>
  child.once("message", resolve as never),
);
const VARIANTS = [
  { name: "silent", port: ports.hono },
  { name: "info", port: ports.logged },
  { name: "info, every read", port: ports.loggedEveryRead },
] as const;

const rows: string[] = [];
for (const target of TARGETS) {
  const results = VARIANTS.map(() => [] as LoadResult[]);
  for (let run = 0; run < runs; run++) {
    for (const [index, variant] of VARIANTS.entries())
      results[index]?.push(await load(variant.port, target, seconds));
  }
  const rps = results.map((variant) => median(variant.map((r) => r.requestsPerSecond)));
  const p99 = results.map((variant) => median(variant.map((r) => r.p99)));
  const errors = results.flat().reduce((sum, r) => sum + r.non2xx, 0);
  const [silent = 1, info = 0, every = 0] = rps;
  const percent = (value: number) => `${((value / silent) * 100).toFixed(1)}%`;
  rows.push(
    `| \`${target.path}\`${target.gzip ? " (gzip)" : ""} | ${rps.map(Math.round).join(" | ")} | ${percent(info)} | ${percent(every)} | ${p99.join(" / ")} | ${errors} |`,
  );
}
console.log(
  `\n${runs} interleaved runs × ${seconds} s, 100 connections, medians (${new Date().toISOString().slice(0, 10)})\n`,
);
console.log(
  "| path | silent req/s | info req/s | info, every read req/s | info / silent | every read / silent | p99 ms (silent / info / every) | non-2xx |",
);
console.log("|---|---|---|---|---|---|---|---|");
for (const row of rows) console.log(row);
child.disconnect();
