/**
 * docs/quality.md P2/P4 under mixed load: 100 public readers (autocannon, 100 connections) for 60 s while
 * 5 editors save drafts back to back (a closed loop with no think time), against the real HTTP
 * server in a child process. Reports read p99 and errors (P4: p99 ≤ 25 ms, 0 errors), the
 * editors' save latencies (P4: p95 ≤ 100 ms on PostgreSQL) and the server's RSS before and after.
 *
 *   pnpm exec tsx api/bench/mixed-load.ts                  # PGlite in memory
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres pnpm exec tsx api/bench/mixed-load.ts
 *   BENCH_SECONDS=10 ...                                   # a shorter run
 */
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import pg from "pg";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const READERS = 100;
const EDITORS = Number(process.env.BENCH_EDITORS ?? 5);
const GSS = "E09000012";
const READ_PATHS = [
  "/api/summary",
  "/api/series/commitments-by-status",
  `/api/authorities/${GSS}`,
  "/api/commitments?status=in_progress",
];

// With BENCH_DATABASE_URL (a server), the benchmark works in a scratch database it drops afterwards.
const serverUrl = process.env.BENCH_DATABASE_URL;
const scratch = `ldd_bench_${process.pid}`;
async function onServer(statement: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(statement);
  await client.end();
}
let scratchUrl = "";
if (serverUrl) {
  await onServer(`CREATE DATABASE ${scratch}`);
  const url = new URL(serverUrl);
  url.pathname = `/${scratch}`;
  scratchUrl = url.toString();
}

const child = fork(
  fileURLToPath(new URL("./mixed-load-server.ts", import.meta.url)),
  [scratchUrl, String(EDITORS)],
  { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] },
);
const { port, kind } = await new Promise<{ port: number; kind: string }>((resolve) =>
  child.once("message", resolve as never),
);
interface ServerStats {
  rss: number;
  loopDelayP99: number;
  loopDelayMax: number;
}
const serverStats = () =>
  new Promise<ServerStats>((resolve) => {
    child.once("message", (message) => resolve(message as ServerStats));
    child.send("rss");
  });
const base = `http://127.0.0.1:${port}`;

async function editor(index: number) {
  const signIn = await fetch(`${base}/api/session`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email: `bench-${index}@example.org`, password: `bench-password-${index}` }),
  });
  const cookie = signIn.headers.get("set-cookie")?.split(";")[0] ?? "";
  const created = await fetch(`${base}/api/workspace/${GSS}/commitments`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Cookie: cookie },
    body: JSON.stringify({
      title: `Bench commitment ${index}`,
      partners: "",
      mission: "Measure saves under load.",
      impact: "Readers never wait.",
      principles: [2],
      lotiArea: null,
      committedOn: "2026-01-01",
      targetDate: "2027-01-01",
    }),
  });
  const { id, version } = (await created.json()) as { id: string; version: number };
  return { cookie, id, version };
}
const editors = await Promise.all(Array.from({ length: EDITORS }, (_, index) => editor(index)));
// Warm every read once, as a running site would be.
for (const path of READ_PATHS) await (await fetch(`${base}${path}`)).arrayBuffer();
const before = await serverStats();

const saves: number[] = [];
let saveFailures = 0;
let readersDone = false;
const editing = Promise.all(
  editors.map(async (e) => {
    let version = e.version;
    while (!readersDone) {
      const started = performance.now();
      const response = await fetch(`${base}/api/workspace/${GSS}/commitments/${e.id}/status-updates`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Cookie: e.cookie },
        body: JSON.stringify({
          status: "in_progress",
          phase: "beta",
          effectiveDate: "2026-11-01",
          note: "Benchmark draft",
          evidenceUrl: "https://example.org/evidence",
          expectedVersion: version,
        }),
      });
      saves.push(performance.now() - started);
      if (response.status === 201) version = ((await response.json()) as { version: number }).version;
      else {
        saveFailures += 1;
        await response.text();
      }
    }
  }),
);
const reads = await autocannon({
  url: base,
  connections: READERS,
  duration: SECONDS,
  requests: READ_PATHS.map((path) => ({ method: "GET", path })),
});
readersDone = true;
await editing;
const after = await serverStats();

saves.sort((a, b) => a - b);
const at = (q: number) => saves[Math.min(saves.length - 1, Math.floor(q * saves.length))] ?? 0;
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
console.log(
  [
    `${kind}, ${SECONDS} s, ${READERS} readers + ${EDITORS} editors saving drafts (${new Date().toISOString().slice(0, 10)})`,
    `reads: ${reads.requests.total} (${Math.round(reads.requests.average)}/s), p50 ${reads.latency.p50} ms, p99 ${reads.latency.p99} ms (P4 ≤ 25), max ${reads.latency.max} ms, ` +
      `errors ${reads.errors} (timeouts ${reads.timeouts}), non-2xx ${reads.non2xx}`,
    `saves: ${saves.length} (${saveFailures} not 201), p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms (P4 ≤ 100), p99 ${at(0.99).toFixed(1)} ms`,
    `server RSS: ${mb(before.rss)} before, ${mb(after.rss)} after; event loop held up: p99 ${after.loopDelayP99.toFixed(0)} ms, max ${after.loopDelayMax.toFixed(0)} ms`,
  ].join("\n"),
);
child.disconnect();
await new Promise((resolve) => child.once("exit", resolve));
if (serverUrl) await onServer(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
