/**
 * Child process for the benchmark: the real app (PGlite, demo data) and a bare node:http
 * server answering the same bytes, on two ports. The parent drives load at one at a time.
 */
import { createServer } from "node:http";
import { serve } from "@hono/node-server";
import { getLondonToday } from "@ldd/shared/dates";
import { createApp } from "../src/app.ts";
import { openDatabase } from "../src/db/client.ts";
import { ensureInitialData } from "../src/seed/seed.ts";

const paths = JSON.parse(process.argv[2] ?? "[]") as string[];
const database = await openDatabase({ kind: "pglite" });
await ensureInitialData(database, { demoData: true, today: getLondonToday() });
const app = createApp({ database });

// Capture the exact bytes and headers the app sends, for the bare server to replay.
const recorded = new Map<string, { body: Buffer; headers: Record<string, string> }>();
for (const path of paths) {
  const response = await app.request(path);
  recorded.set(path, {
    body: Buffer.from(await response.arrayBuffer()),
    headers: Object.fromEntries(response.headers.entries()),
  });
}

const hono = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
const bare = createServer((request, response) => {
  const entry = recorded.get(request.url ?? "");
  if (!entry) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, entry.headers).end(entry.body);
});
await new Promise<void>((resolve) => bare.listen(0, "127.0.0.1", resolve));
const port = (server: { address(): unknown }) => (server.address() as { port: number }).port;
await new Promise((resolve) => setTimeout(resolve, 100));
process.send?.({ hono: port(hono), bare: port(bare) });
process.on("disconnect", async () => {
  hono.close();
  bare.close();
  await database.close();
  process.exit(0);
});
