/**
 * Child process for the mixed-load benchmark: the real app with the demo data on PGlite (in
 * memory) or on the PostgreSQL database named by argv[2], and one editor account per argv[3].
 * Answers the parent's "rss" messages with its resident set size.
 */
import { monitorEventLoopDelay } from "node:perf_hooks";
import { serve } from "@hono/node-server";
import { getLondonToday } from "@ldd/shared/dates";
import { createApp } from "../src/app.ts";
import { openDatabase, runWrite } from "../src/db/client.ts";
import { createAccount } from "../src/domain/accounts.ts";
import { ensureInitialData } from "../src/seed/seed.ts";

const databaseUrl = process.argv[2] || undefined;
const editors = Number(process.argv[3] ?? 5);
const database = await openDatabase(
  databaseUrl ? { kind: "postgres", url: databaseUrl } : { kind: "pglite" },
);
await ensureInitialData(database, { demoData: true, today: getLondonToday() });
for (let index = 0; index < editors; index++) {
  await runWrite(database, { changesPublicData: false }, (tx) =>
    createAccount(tx, {
      email: `bench-${index}@example.org`,
      displayName: `Bench ${index}`,
      role: "editor",
      authorityGss: "E09000012",
      password: `bench-password-${index}`,
    }),
  );
}
const app = createApp({ database });
const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
await new Promise((resolve) => setTimeout(resolve, 100));
process.send?.({ port: (server.address() as { port: number }).port, kind: database.kind });
// How long the event loop was held up: a reply waits at least that long.
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
process.on("message", (message) => {
  if (message === "rss") {
    process.send?.({
      rss: process.memoryUsage().rss,
      loopDelayP99: loopDelay.percentile(99) / 1e6,
      loopDelayMax: loopDelay.max / 1e6,
    });
    loopDelay.reset();
    loopDelay.enable();
  }
});
process.on("disconnect", async () => {
  server.close();
  await database.close();
  process.exit(0);
});
