import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { createApp } from "./app.ts";
import { openDatabase } from "./db/client.ts";
import { DataDirLockedError } from "./db/data-dir-lock.ts";
import { ensureInitialData, refuseDemoDataInProduction } from "./db/seed.ts";
import { parseEnv } from "./env.ts";
import { londonToday } from "./public-data/dates.ts";

const startedAt = performance.now();
const env = (() => {
  try {
    return parseEnv(process.env);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
})();

const database = await openDatabase(
  env.DATABASE_URL ? { kind: "postgres", url: env.DATABASE_URL } : { kind: "pglite", dataDir: env.DATA_DIR },
).catch((error: unknown) => {
  if (error instanceof DataDirLockedError) console.error(error.message);
  else console.error(`Could not open the database: ${(error as Error).message}`);
  process.exit(1);
});

const initial = await ensureInitialData(database, { demoData: env.DEMO_DATA, today: londonToday() });
if (env.APP_ENV === "production") {
  await refuseDemoDataInProduction(database.db).catch(async (error: unknown) => {
    console.error((error as Error).message);
    await database.close();
    process.exit(1);
  });
}
const app = createApp({
  database,
  webDist: env.WEB_DIST ?? fileURLToPath(new URL("../../web/dist", import.meta.url)),
  production: env.APP_ENV === "production",
  trustedProxies: env.TRUSTED_PROXIES,
});

const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
  const where =
    database.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : `embedded PGlite in ${env.DATA_DIR}`;
  const seeded = initial.referenceDataLoaded
    ? initial.demoDataLoaded
      ? ", loaded reference and illustrative demo data"
      : ", loaded reference data (no demo data)"
    : "";
  const ms = Math.round(performance.now() - startedAt);
  console.log(`Dashboard on http://localhost:${info.port} – ${where}${seeded}; ready in ${ms} ms`);
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: closing`);
  server.close();
  await database.close();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
