/**
 * docs/quality.md R10 on PostgreSQL: what clients see through two 10 s outages. The real server runs in a
 * child process and reaches a scratch database through a TCP proxy. Three clients probe it in a
 * loop (a public read, a draft save by a signed-in editor, /healthz), each every 200 ms after its
 * previous answer. From 5 s to 15 s the proxy goes silent (nothing forwarded, nothing closed);
 * from 20 s to 30 s the database goes away (connections cut, new ones refused).
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres pnpm exec tsx api/bench/database-outage.ts
 */
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { startTcpProxy } from "../src/testing/tcp-proxy.ts";

const serverUrl = process.env.BENCH_DATABASE_URL;
if (!serverUrl)
  throw new Error("Set BENCH_DATABASE_URL to a PostgreSQL server (a scratch database is made there)");
const GSS = "E09000012";
const END_S = 38;
const PHASES = [
  { from: 0, name: "before" },
  { from: 5, name: "silent (proxy paused)" },
  { from: 15, name: "after silence" },
  { from: 20, name: "gone (connections cut, refused)" },
  { from: 30, name: "after it returns" },
] as const;

const scratch = `ldd_bench_${process.pid}`;
async function onServer(statement: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(statement);
  await client.end();
}
await onServer(`CREATE DATABASE ${scratch}`);
const direct = new URL(serverUrl);
direct.pathname = `/${scratch}`;
const proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });

const child = fork(
  fileURLToPath(new URL("./mixed-load-server.ts", import.meta.url)),
  [proxy.urlFor(direct.toString()), "1"],
  { execArgv: ["--import", "tsx"], stdio: ["ignore", "ignore", "inherit", "ipc"] },
);
const { port } = await new Promise<{ port: number }>((resolve) => child.once("message", resolve as never));
const base = `http://127.0.0.1:${port}`;

const signIn = await fetch(`${base}/api/session`, {
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify({ email: "bench-0@example.org", password: "bench-password-0" }),
});
const cookie = signIn.headers.get("set-cookie")?.split(";")[0] ?? "";
const created = (await (
  await fetch(`${base}/api/workspace/${GSS}/commitments`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Cookie: cookie },
    body: JSON.stringify({
      title: "Outage probe",
      partners: "",
      mission: "Probe writes.",
      impact: "None.",
      principles: [2],
      lotiArea: null,
      committedOn: "2026-01-01",
      targetDate: "2027-01-01",
    }),
  })
).json()) as { id: string; version: number };
await (await fetch(`${base}/api/summary`)).arrayBuffer();

interface Sample {
  at: number;
  kind: "read" | "write" | "health";
  status: string;
  ms: number;
  stale: boolean;
}
const samples: Sample[] = [];
const started = performance.now();
const now = () => (performance.now() - started) / 1000;
let version = created.version;

async function probe(kind: Sample["kind"], send: () => Promise<Response>) {
  while (now() < END_S) {
    const at = now();
    const t0 = performance.now();
    let status: string;
    let stale = false;
    try {
      const response = await send();
      status = String(response.status);
      stale = response.headers.get("x-data-stale") === "true";
      if (kind === "write" && response.status === 201)
        version = ((await response.json()) as { version: number }).version;
      else await response.arrayBuffer();
    } catch (error) {
      status = `error ${(error as Error).message}`;
    }
    samples.push({ at, kind, status, ms: performance.now() - t0, stale });
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const events: string[] = [];
const schedule = (seconds: number, what: string, action: () => unknown) =>
  setTimeout(async () => {
    await action();
    events.push(`${seconds} s: ${what}`);
  }, seconds * 1000);
schedule(5, "proxy paused", () => proxy.pause());
schedule(15, "proxy resumed", () => proxy.resume());
schedule(20, "connections cut, new ones refused", () => proxy.refuse());
schedule(30, "connections accepted again", () => proxy.restore());

await Promise.all([
  probe("read", () => fetch(`${base}/api/summary`)),
  probe("write", () =>
    fetch(`${base}/api/workspace/${GSS}/commitments/${created.id}/status-updates`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Cookie: cookie },
      body: JSON.stringify({
        status: "in_progress",
        phase: null,
        effectiveDate: "2026-11-01",
        note: "Outage probe",
        evidenceUrl: "",
        expectedVersion: version,
      }),
    }),
  ),
  probe("health", () => fetch(`${base}/healthz`)),
]);

const phaseOf = (at: number) => [...PHASES].reverse().find((phase) => at >= phase.from)?.name ?? "";
console.log(`\nPostgreSQL outage probe (${new Date().toISOString().slice(0, 10)}); ${events.join("; ")}\n`);
console.log("| phase | probe | answers (status × count) | p50 ms | max ms | X-Data-Stale |");
console.log("|---|---|---|---|---|---|");
for (const phase of PHASES) {
  for (const kind of ["read", "write", "health"] as const) {
    const these = samples.filter((s) => s.kind === kind && phaseOf(s.at) === phase.name);
    const counts = new Map<string, number>();
    for (const s of these) counts.set(s.status, (counts.get(s.status) ?? 0) + 1);
    const ms = these.map((s) => s.ms).sort((a, b) => a - b);
    const stale = these.filter((s) => s.stale).length;
    console.log(
      `| ${phase.name} | ${kind} | ${[...counts].map(([status, n]) => `${status} × ${n}`).join(", ")} | ` +
        `${Math.round(ms[Math.floor(ms.length / 2)] ?? 0)} | ${Math.round(ms.at(-1) ?? 0)} | ${kind === "read" ? `${stale} of ${these.length}` : ""} |`,
    );
  }
}
// When each probe first saw the database back after each outage.
for (const [from, label] of [
  [15, "silence ended at 15 s"],
  [30, "database returned at 30 s"],
] as const) {
  const first = (kind: Sample["kind"], ok: (s: Sample) => boolean) =>
    samples.find((s) => s.kind === kind && s.at >= from && ok(s))?.at.toFixed(1) ?? "never";
  console.log(
    `${label}: /healthz 200 again at ${first("health", (s) => s.status === "200")} s, ` +
      `a save 201 again at ${first("write", (s) => s.status === "201")} s, ` +
      `reads no longer stale at ${first("read", (s) => s.status === "200" && !s.stale)} s`,
  );
}

child.disconnect();
await new Promise((resolve) => child.once("exit", resolve));
await proxy.close();
await onServer(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
