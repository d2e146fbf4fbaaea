/**
 * docs/quality.md P8: reads at national scale (400 authorities, 20,000 commitments, 200,000
 * status updates). Seeds the synthetic group as data, then measures: the seed, the first snapshot
 * build, the memory it takes, the first ("cold") read of a past view, and p99 of warm public,
 * leadership and "as of" reads at 100 connections (P4: ≤ 25 ms).
 *
 *   pnpm bench:national
 *   BENCH_SECONDS=3 BENCH_DATABASE_URL=postgres://…/scratch pnpm bench:national
 */
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

const TODAY = "2026-11-28";
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const child = fork(fileURLToPath(new URL("./national-server.ts", import.meta.url)), [TODAY], {
  execArgv: ["--import", "tsx"],
  stdio: ["ignore", "inherit", "inherit", "ipc"],
});
const nextMessage = <T>() => new Promise<T>((resolve) => child.once("message", resolve as never));
const ready = await nextMessage<{ port: number; seedMs: number; firstBuildMs: number; rssMb: number }>();
const base = `http://127.0.0.1:${ready.port}`;

async function timed(path: string, headers: Record<string, string> = {}): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${base}${path}`, { headers });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
  return performance.now() - started;
}

// A reviewer's session for the leadership reads (the demo reviewer exists with the dataset).
const signIn = await fetch(`${base}/api/session`, {
  method: "POST",
  headers: { "content-type": "application/json", origin: base },
  body: JSON.stringify({ email: "reviewer@example.org", password: await reviewerPassword() }),
});
const cookie = signIn.headers.get("set-cookie")?.split(";")[0] ?? "";
async function reviewerPassword(): Promise<string> {
  const { accounts } = (await (await fetch(`${base}/api/demo-accounts`)).json()) as {
    accounts: { email: string; password: string }[];
  };
  return accounts.find((a) => a.email === "reviewer@example.org")?.password ?? "";
}

const cold = [
  ["/api/summary?asOf=2022-03-31", "as known"],
  ["/api/summary?asOf=2022-03-31&asPublished=true", "as published"],
  ["/api/authorities?asOf=2022-03-31", "the same view, another read"],
  ["/api/changes?from=2026-10-31&to=2026-11-28", "changes (builds the change list)"],
] as const;
const coldRows: string[] = [];
for (const [path, what] of cold)
  coldRows.push(`| \`${path}\` | ${what} | ${Math.round(await timed(path))} ms |`);

const WARM: { path: string; kind: string; headers?: Record<string, string> }[] = [
  { path: "/api/summary", kind: "public" },
  { path: "/api/authorities", kind: "public" },
  { path: "/api/authorities/E09000012", kind: "public" },
  { path: "/api/matrix", kind: "leadership (public)" },
  { path: "/api/commitments?overdue=true&authority=E09000012", kind: "leadership (public)" },
  { path: "/api/changes?from=2026-10-31&to=2026-11-28&kind=signature", kind: "leadership (public)" },
  { path: "/api/activity?limit=50", kind: "leadership (public)" },
  { path: "/api/summary?asOf=2022-03-31", kind: "as of" },
  { path: "/api/authorities?asOf=2022-03-31&asPublished=true", kind: "as of" },
  { path: "/api/series/adoption?asOf=2022-03-31", kind: "as of" },
  { path: "/api/leadership/attention", kind: "leadership (signed in)", headers: { cookie } },
];
const warmRows: string[] = [];
for (const { path, kind, headers } of WARM) {
  await timed(path, headers); // warm: rendered once, then served from the snapshot
  const result = await autocannon({ url: `${base}${path}`, connections: 100, duration: seconds, headers });
  warmRows.push(
    `| \`${path}\` | ${kind} | ${Math.round(result.requests.average)} | ${result.latency.p50} | ${result.latency.p99} | ${result.non2xx + result.errors} |`,
  );
}
child.send("rss");
const after = await nextMessage<{ rssMb: number }>();

console.log(`
National scale, ${new Date().toISOString().slice(0, 10)}, ${process.env.BENCH_DATABASE_URL ? "PostgreSQL" : "PGlite"}: 400 authorities, 20,000 commitments, 200,000 status updates

- seed (as data, through the same seed as London's): ${(ready.seedMs / 1000).toFixed(1)} s
- first snapshot build (load the published history and build today's model): ${Math.round(ready.firstBuildMs)} ms
- memory (RSS) after the first build: ${Math.round(ready.rssMb)} MB; after the runs below: ${Math.round(after.rssMb)} MB

Cold reads (the first request of a view or list, one at a time):

| request | what it builds | time |
|---|---|---|
${coldRows.join("\n")}

Warm reads, 100 connections × ${seconds} s each:

| request | kind | req/s | p50 ms | p99 ms | errors |
|---|---|---|---|---|---|
${warmRows.join("\n")}
`);
child.disconnect();
