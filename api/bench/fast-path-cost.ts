/**
 * What request ids, counts and log lines add to a public read answered from memory (the fast
 * path, docs/decisions/005 and 015), measured in-process where the network's noise cannot hide
 * a microsecond: `serveFromSnapshot` called in a loop, with observation off and on. The rounds are
 * interleaved and medians reported.
 *
 *   pnpm exec tsx api/bench/fast-path-cost.ts
 */
import { getRequestListener } from "@hono/node-server";
import { pino } from "pino";
import { openDatabase } from "../src/db/client.ts";
import { createLogger, silentLogger } from "../src/lib/observability/logger.ts";
import { createMetrics } from "../src/lib/observability/metrics.ts";
import { type CachedReadObserver, cachedReadObserver } from "../src/lib/observability/request-log.ts";
import { computeSecurityHeaders } from "../src/lib/security-headers.ts";
import { createPublicData } from "../src/public-data/public-data.ts";
import { serveFromSnapshot } from "../src/public-data/public-response.ts";
import { loadPublishedHistory } from "../src/public-data/published-data.repository.ts";
import { PublicSnapshot } from "../src/public-data/snapshot.ts";
import { ensureInitialData } from "../src/seed/seed.ts";

// @hono/node-server's light Response, which serve() installs: undici's would dwarf everything.
getRequestListener(() => new Response(null));
const TODAY = "2026-11-28";
const database = await openDatabase({ kind: "pglite" });
await ensureInitialData(database, { demoData: true, today: TODAY });
const snapshot = new PublicSnapshot(
  async () => createPublicData(await loadPublishedHistory(database.db), TODAY),
  () => TODAY,
);
const entry = await snapshot.respond("/api/summary", (data) => ({
  body: JSON.stringify(data.current.profiles.size),
  contentType: "application/json; charset=utf-8",
}));
snapshot.rememberRequestUrl("/api/summary", entry);
const { standard: securityHeaders } = computeSecurityHeaders({ production: false });

const metricsSources = { database, snapshotAgeSeconds: () => 0, snapshotStale: () => false };
const toDevNull = () =>
  createLogger({
    level: "info",
    format: "json",
    destination: pino.destination({ dest: "/dev/null", sync: true }),
  });
const observe = (logger: ReturnType<typeof silentLogger>, cachedReadEvery: number) =>
  cachedReadObserver({
    logger,
    metrics: createMetrics(metricsSources),
    trustedProxies: null,
    cachedReadEvery,
  });
const nothing = { inc() {}, observe() {} };
const VARIANTS: [string, CachedReadObserver][] = [
  ["nothing (no id, no counts)", { requestId: () => "", counters: () => nothing, answered() {} }],
  ["id and counts, silent", observe(silentLogger(), 100)],
  ["id and counts, info, one line in 100", observe(toDevNull(), 100)],
  ["id and counts, info, every read", observe(toDevNull(), 1)],
];

const request = new Request("http://localhost/api/summary");
const env = { incoming: { url: "/api/summary", headers: { "accept-encoding": "gzip" } } };
const CALLS = 200_000;
const ROUNDS = 9;
const nsPerCall = (observer: CachedReadObserver) => {
  const started = performance.now();
  for (let i = 0; i < CALLS; i++) serveFromSnapshot(snapshot, securityHeaders, observer, request, env);
  return ((performance.now() - started) * 1e6) / CALLS;
};
const times = VARIANTS.map(() => [] as number[]);
for (let round = 0; round < ROUNDS; round++) {
  for (const [index, [, observer]] of VARIANTS.entries()) times[index]?.push(nsPerCall(observer));
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
console.log(
  `\n${ROUNDS} interleaved rounds × ${CALLS} calls, medians (${new Date().toISOString().slice(0, 10)})\n`,
);
console.log("| fast path with | ns per answer | added |");
console.log("|---|---|---|");
const base = median(times[0] ?? []);
for (const [index, [name]] of VARIANTS.entries()) {
  const ns = median(times[index] ?? []);
  console.log(`| ${name} | ${Math.round(ns)} | ${index === 0 ? "–" : `+${Math.round(ns - base)}`} |`);
}
await database.close();
