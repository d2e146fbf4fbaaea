/**
 * Child process for the national-scale bench: seeds a database with the synthetic national group
 * (as data, through the same seed as London's), serves the real app and reports what it cost.
 */
import { serve } from "@hono/node-server";
import { createApp } from "../src/app.ts";
import { openDatabase } from "../src/db/client.ts";
import { ensureInitialData } from "../src/seed/seed.ts";
import { nationalAuthorities, nationalDataset } from "./national-dataset.ts";

const today = process.argv[2] ?? "2026-11-28";
const serverUrl = process.env.BENCH_DATABASE_URL;
const database = await openDatabase(serverUrl ? { kind: "postgres", url: serverUrl } : { kind: "pglite" });
let started = performance.now();
await ensureInitialData(database, {
  demoData: true,
  today,
  authorities: nationalAuthorities(),
  dataset: nationalDataset(today),
});
const seedMs = performance.now() - started;
const app = createApp({ database, today: () => today });
started = performance.now();
// A read waits for the first build up to the read deadline (503 after it); ask until it is built.
for (let attempt = 0; ; attempt++) {
  const first = await app.request("/api/summary");
  if (first.status === 200) break;
  if (attempt > 60) throw new Error(`first read: ${first.status}`);
}
const firstBuildMs = performance.now() - started;
const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
await new Promise((resolve) => setTimeout(resolve, 100));
process.send?.({
  port: (server.address() as { port: number }).port,
  seedMs,
  firstBuildMs,
  rssMb: process.memoryUsage().rss / 1_048_576,
});
process.on("message", (message) => {
  if (message === "rss") process.send?.({ rssMb: process.memoryUsage().rss / 1_048_576 });
});
process.on("disconnect", async () => {
  server.close();
  await database.close();
  process.exit(0);
});
