/**
 * docs/quality.md P4: p95 of an editor's save with 10 concurrent editors. Ten editors (each with their own
 * commitment) save status updates in a loop for a fixed time against the real HTTP server on
 * PGlite; latencies are measured at the client.
 *
 *   pnpm exec tsx api/bench/editor-saves.ts            # 15 s on PGlite
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres pnpm exec tsx api/bench/editor-saves.ts
 */
import { serve } from "@hono/node-server";
import { getLondonToday } from "@ldd/shared/dates";
import pg from "pg";
import { createApp } from "../src/app.ts";
import { openDatabase, runWrite } from "../src/db/client.ts";
import { createAccount } from "../src/domain/accounts.ts";
import { ensureInitialData } from "../src/seed/seed.ts";

const EDITORS = 10;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);

// With BENCH_DATABASE_URL (a server), the benchmark works in a scratch database it drops afterwards.
const serverUrl = process.env.BENCH_DATABASE_URL;
const scratch = `ldd_bench_${process.pid}`;
async function onServer(statement: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(statement);
  await client.end();
}
let scratchUrl: string | undefined;
if (serverUrl) {
  await onServer(`CREATE DATABASE ${scratch}`);
  const url = new URL(serverUrl);
  url.pathname = `/${scratch}`;
  scratchUrl = url.toString();
}
const database = await openDatabase(scratchUrl ? { kind: "postgres", url: scratchUrl } : { kind: "pglite" });
await ensureInitialData(database, { demoData: true, today: getLondonToday() });
const app = createApp({ database });
const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
await new Promise((resolve) => setTimeout(resolve, 100));
const port = (server.address() as { port: number }).port;
const base = `http://127.0.0.1:${port}`;
const gss = "E09000012";

async function editor(index: number) {
  const email = `bench-${index}@example.org`;
  const password = `bench-password-${index}`;
  await runWrite(database, { changesPublicData: false }, (tx) =>
    createAccount(tx, { email, displayName: `Bench ${index}`, role: "editor", authorityGss: gss, password }),
  );
  const signIn = await fetch(`${base}/api/session`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  const cookie = signIn.headers.get("set-cookie")?.split(";")[0] ?? "";
  const created = await fetch(`${base}/api/workspace/${gss}/commitments`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Cookie: cookie },
    body: JSON.stringify({
      title: `Bench commitment ${index}`,
      partners: "",
      mission: "Measure saves.",
      impact: "Faster dashboards.",
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
const latencies: number[] = [];
let failures = 0;
const deadline = Date.now() + SECONDS * 1000;
await Promise.all(
  editors.map(async (e) => {
    let version = e.version;
    while (Date.now() < deadline) {
      const started = performance.now();
      const response = await fetch(`${base}/api/workspace/${gss}/commitments/${e.id}/status-updates`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Cookie: e.cookie },
        body: JSON.stringify({
          status: "in_progress",
          phase: "beta",
          effectiveDate: "2026-11-01",
          note: "Benchmark",
          evidenceUrl: "https://example.org/evidence",
          expectedVersion: version,
        }),
      });
      latencies.push(performance.now() - started);
      if (response.status === 201) version = ((await response.json()) as { version: number }).version;
      else {
        failures += 1;
        await response.text();
      }
    }
  }),
);
latencies.sort((a, b) => a - b);
const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
console.log(
  `${EDITORS} concurrent editors, ${SECONDS} s, ${database.kind}: ${latencies.length} saves (${failures} not 201), ` +
    `p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms (P4 ≤ 100), p99 ${at(0.99).toFixed(1)} ms`,
);
server.close();
await database.close();
if (serverUrl) await onServer(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
