/**
 * Child process for the benchmarks: the real app (PGlite, demo data), silent as in the tests, a
 * bare node:http server answering the same bytes, and the app logging at info, on four ports. The
 * parent drives load at one at a time.
 */
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { getLondonToday } from "@ldd/shared/dates";
import { pino } from "pino";
import { createApp } from "../src/app.ts";
import { openDatabase } from "../src/db/client.ts";
import { createLogger } from "../src/lib/observability/logger.ts";
import { ensureInitialData } from "../src/seed/seed.ts";

/** Each path, read as it is or with `Accept-Encoding: gzip` (as a browser reads a page). */
const targets = JSON.parse(process.argv[2] ?? "[]") as { path: string; gzip?: boolean }[];
const keyOf = (path: string, acceptEncoding: string | undefined) =>
  `${path} ${acceptEncoding?.includes("gzip") ? "gzip" : "identity"}`;
const database = await openDatabase({ kind: "pglite" });
await ensureInitialData(database, { demoData: true, today: getLondonToday() });
// The built web app, for the server-rendered pages (docs/decisions/014).
const webDist = fileURLToPath(new URL("../../web/dist", import.meta.url));
if (!existsSync(new URL("../../web/dist-server/entry-server.js", import.meta.url))) {
  console.error("No server build of the web app: run pnpm build first.");
  process.exit(1);
}
const app = createApp({ database, webDist });
// The same app logging at info to /dev/null (a line per routed request, one in 100 reads answered
// from memory), and logging every read: for api/bench/logging-cost.ts.
const logTo = () => pino.destination({ dest: "/dev/null", sync: true });
const logged = createApp({
  database,
  webDist,
  logger: createLogger({ level: "info", format: "json", destination: logTo() }),
});
const loggedEveryRead = createApp({
  database,
  webDist,
  logger: createLogger({ level: "info", format: "json", destination: logTo() }),
  logCachedReadEvery: 1,
});

// Capture the exact bytes and headers the app sends, for the bare server to replay.
const recorded = new Map<string, { body: Buffer; headers: Record<string, string> }>();
for (const { path, gzip } of targets) {
  const response = await app.request(path, { headers: gzip ? { "accept-encoding": "gzip" } : {} });
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  recorded.set(keyOf(path, gzip ? "gzip" : undefined), {
    body: Buffer.from(await response.arrayBuffer()),
    headers: Object.fromEntries(response.headers.entries()),
  });
}

const hono = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
const honoLogged = serve({ fetch: logged.fetch, port: 0, hostname: "127.0.0.1" });
const honoLoggedEveryRead = serve({ fetch: loggedEveryRead.fetch, port: 0, hostname: "127.0.0.1" });
const bare = createServer((request, response) => {
  const entry = recorded.get(keyOf(request.url ?? "", request.headers["accept-encoding"]));
  if (!entry) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, entry.headers).end(entry.body);
});
await new Promise<void>((resolve) => bare.listen(0, "127.0.0.1", resolve));
const port = (server: { address(): unknown }) => (server.address() as { port: number }).port;
await new Promise((resolve) => setTimeout(resolve, 100));
process.send?.({
  hono: port(hono),
  bare: port(bare),
  logged: port(honoLogged),
  loggedEveryRead: port(honoLoggedEveryRead),
});
process.on("disconnect", async () => {
  hono.close();
  honoLogged.close();
  honoLoggedEveryRead.close();
  bare.close();
  await database.close();
  process.exit(0);
});
