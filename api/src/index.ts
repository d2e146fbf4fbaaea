import cluster from "node:cluster";
import type { Server } from "node:http";
import { isatty } from "node:tty";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { getLondonToday } from "@ldd/shared/dates";
import { createApp } from "./app.ts";
import { STOP_MESSAGE, STOP_NOW_MESSAGE, superviseWorkers } from "./cluster.ts";
import { openDatabase } from "./db/client.ts";
import { DataDirLockedError } from "./db/data-dir-lock.ts";
import { parseEnv } from "./env.ts";
import { trackConnections } from "./lib/graceful-close.ts";
import { createLogger } from "./lib/observability/logger.ts";
import { ensureInitialData, refuseDemoDataInProduction } from "./seed/seed.ts";

const startedAt = performance.now();
// Asked of the descriptor, without opening process.stdout as a stream beside the logger's own writes.
const interactive = isatty(1);
const env = (() => {
  try {
    return parseEnv(process.env, { interactive });
  } catch (error) {
    createLogger({ level: "info", format: interactive ? "pretty" : "json" }).fatal((error as Error).message);
    process.exit(1);
  }
})();
const logger = createLogger({ level: env.LOG_LEVEL, format: env.LOG_FORMAT });

// WEB_CONCURRENCY > 1: this process only supervises the workers, each of which runs what follows.
if (cluster.isPrimary && env.WEB_CONCURRENCY > 1) await superviseWorkers(env, startedAt, logger);

const database = await openDatabase(
  env.DATABASE_URL
    ? { kind: "postgres", url: env.DATABASE_URL, log: logger }
    : { kind: "pglite", dataDir: env.DATA_DIR, log: logger },
).catch((error: unknown) => {
  if (error instanceof DataDirLockedError) logger.fatal(error.message);
  else logger.fatal({ err: error }, `Could not open the database: ${(error as Error).message}`);
  process.exit(1);
});

const initial = await ensureInitialData(database, { demoData: env.DEMO_DATA, today: getLondonToday() });
if (env.APP_ENV === "production") {
  await refuseDemoDataInProduction(database.db).catch(async (error: unknown) => {
    logger.fatal((error as Error).message);
    await database.close();
    process.exit(1);
  });
}
const app = createApp({
  database,
  webDist: env.WEB_DIST ?? fileURLToPath(new URL("../../web/dist", import.meta.url)),
  production: env.APP_ENV === "production",
  trustedProxies: env.TRUSTED_PROXIES,
  contactEmail: env.CONTACT_EMAIL ?? null,
  logger,
  logCachedReadEvery: env.LOG_CACHED_READ_EVERY,
  metricsAllow: env.METRICS_ALLOW,
  metricsToken: env.METRICS_TOKEN ?? null,
});

// @hono/node-server's default is a plain node:http server.
const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
  const where =
    database.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : `embedded PGlite in ${env.DATA_DIR}`;
  const seeded = initial.referenceDataLoaded
    ? initial.demoDataLoaded
      ? ", loaded reference and illustrative demo data"
      : ", loaded reference data (no demo data)"
    : "";
  const readyMs = Math.round(performance.now() - startedAt);
  if (cluster.isWorker) {
    logger.info(
      { worker: cluster.worker?.id, pid: process.pid, readyMs },
      `Worker ${cluster.worker?.id} (pid ${process.pid}) ready in ${readyMs} ms`,
    );
  } else {
    logger.info(
      { port: info.port, database: database.kind, readyMs },
      `Dashboard on http://localhost:${info.port} – ${where}${seeded}; ready in ${readyMs} ms`,
    );
  }
}) as Server;

/*
 * Stopping cleanly (SIGTERM, SIGINT, or the process that started us gone): stop accepting
 * connections, answer every request in flight (each answer closing its connection), then close
 * the database and release the data folder, and exit 0. The database stays open until the last
 * request is answered; after 10 s the remaining connections are cut.
 */
const connections = trackConnections(server, { graceMs: 10_000, quietMs: 500 });
const PARENT_CHECK_MS = 1_000;
let stopping = false;
let parentWatch: NodeJS.Timeout | undefined;
async function shutdown(reason: string) {
  if (stopping) {
    // Asked again: stop waiting for the requests in flight.
    connections.cutOff();
    return;
  }
  stopping = true;
  clearInterval(parentWatch);
  logger.info(
    { reason, inFlight: connections.inFlight },
    `${reason}: answering ${connections.inFlight} request(s) in flight, then stopping`,
  );
  database.markStopping();
  await connections.close();
  await database
    .close()
    .catch((error: unknown) =>
      logger.error({ err: error }, `Closing the database: ${(error as Error).message}`),
    );
  logger.info("stopped");
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
// A worker (cluster.ts) is told by the primary; a signal may have reached it directly as well.
process.on("message", (message) => {
  if (message === STOP_MESSAGE && !stopping) void shutdown("Asked to stop by the primary process");
  if (message === STOP_NOW_MESSAGE) connections.cutOff();
});

// pnpm does not pass SIGTERM on to the server it started: when it (or a shell that started us)
// exits, we are handed to another parent. Notice, and stop cleanly rather than hold the data
// folder with nobody to stop us (a supervisor should start `node --import tsx api/src/index.ts`).
if (env.STOP_WITH_PARENT) {
  const parent = process.ppid;
  parentWatch = setInterval(() => {
    if (process.ppid !== parent)
      void shutdown(`The process that started the server (pid ${parent}) has exited`);
  }, PARENT_CHECK_MS);
  parentWatch.unref();
}
