/**
 * Public-read throughput of the real server (`api/src/index.ts`) on PostgreSQL with one worker
 * process and with two (WEB_CONCURRENCY, docs/decisions/016-backups-and-worker-processes.md), both
 * started on one scratch database and loaded one at a time, interleaved (1, 2, 1, 2…), medians
 * reported: the machine is shared and noisy, so only ratios measured side by side mean anything.
 * The load generator runs on the same machine, and takes a core of its own.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres pnpm bench
 *   BENCH_SECONDS=2 BENCH_RUNS=3 BENCH_DATABASE_URL=… pnpm exec tsx api/bench/worker-processes.ts
 */
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { type LoadResult, load, median } from "./load.ts";

const serverUrl = process.env.BENCH_DATABASE_URL;
if (!serverUrl) {
  console.log(
    "\nWorker processes: skipped (set BENCH_DATABASE_URL to a PostgreSQL server to compare 1 and 2).",
  );
  process.exit(0);
}
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const TARGETS: { path: string; gzip?: boolean }[] = [
  { path: "/api/summary" },
  { path: "/api/authorities/E09000012" },
  { path: "/authorities/E09000012", gzip: true },
];
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

const scratch = `ldd_bench_workers_${process.pid}`;
async function onServer(statement: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(statement);
  await client.end();
}
await onServer(`CREATE DATABASE ${scratch}`);
const databaseUrl = new URL(serverUrl);
databaseUrl.pathname = `/${scratch}`;

interface Server {
  port: number;
  child: ChildProcess;
}
async function start(workers: number): Promise<Server> {
  const child = spawn(process.execPath, ["--import", "tsx", "api/src/index.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl.toString(),
      WEB_CONCURRENCY: String(workers),
      // Any free port; the workers share the one the primary opens.
      PORT: "0",
      HOST: "127.0.0.1",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.on("data", (chunk) => {
      output += chunk;
      const ready = /Dashboard on http:\/\/localhost:(\d+) .*ready in \d+ ms/.exec(output);
      if (ready) resolve(Number(ready[1]));
    });
    child.once("exit", (code) => reject(new Error(`The server exited with ${code}:\n${output}`)));
  });
  return { port, child };
}
// One after the other: the first seeds the database.
const one = await start(1);
const two = await start(2);

const rows: string[] = [];
try {
  for (const target of TARGETS) {
    const single: LoadResult[] = [];
    const double: LoadResult[] = [];
    for (let run = 0; run < runs; run++) {
      single.push(await load(one.port, target, seconds));
      double.push(await load(two.port, target, seconds));
    }
    const rps1 = median(single.map((r) => r.requestsPerSecond));
    const rps2 = median(double.map((r) => r.requestsPerSecond));
    const errors = [...single, ...double].reduce((sum, r) => sum + r.non2xx, 0);
    rows.push(
      `| \`${target.path}\`${target.gzip ? " (gzip)" : ""} | ${Math.round(rps1)} | ${Math.round(rps2)} | ${(rps2 / rps1).toFixed(2)}× | ${median(single.map((r) => r.p99))} | ${median(double.map((r) => r.p99))} | ${errors} |`,
    );
  }
} finally {
  for (const server of [one, two]) server.child.kill("SIGTERM");
  await Promise.all([one, two].map((server) => new Promise((resolve) => server.child.once("exit", resolve))));
  await onServer(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
}
console.log(
  `\nWorker processes on PostgreSQL: ${runs} interleaved runs × ${seconds} s, 100 connections, medians (${new Date().toISOString().slice(0, 10)})\n`,
);
console.log(
  "| path | 1 worker req/s | 2 workers req/s | 2 / 1 | 1 worker p99 ms | 2 workers p99 ms | non-2xx |",
);
console.log("|---|---|---|---|---|---|---|");
for (const row of rows) console.log(row);
