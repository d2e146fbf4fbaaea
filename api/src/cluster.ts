import cluster, { type Worker } from "node:cluster";
import { getLondonToday } from "@ldd/shared/dates";
import { openDatabase } from "./db/client.ts";
import type { Env } from "./env.ts";
import type { Logger } from "./lib/observability/logger.ts";
import { ensureInitialData, refuseDemoDataInProduction } from "./seed/seed.ts";

/*
 * WEB_CONCURRENCY > 1 (PostgreSQL only): this primary process migrates and seeds the database once,
 * then forks that many workers, each running api/src/index.ts as a single server would; they share
 * the port (Node's cluster module hands each new connection to the next worker). A worker that
 * dies unexpectedly is replaced, later each time it happens again soon; SIGTERM or SIGINT stop
 * every worker cleanly, and the primary exits once they all have.
 * See docs/decisions/016-backups-and-worker-processes.md.
 */

/** Sent to a worker: begin a clean shutdown, as SIGTERM does (no-op if it has begun). */
export const STOP_MESSAGE = "ldd:stop";
/** Sent to a worker: stop waiting for the requests in flight, as a second SIGTERM does. */
export const STOP_NOW_MESSAGE = "ldd:stop-now";

/** Replacing a worker that died waits this long, doubled for each death in quick succession… */
const FIRST_RESTART_DELAY_MS = 250;
const MAX_RESTART_DELAY_MS = 30_000;
/** …and a replacement that has lived this long starts the count again. */
const STABLE_AFTER_MS = 30_000;
const PARENT_CHECK_MS = 1_000;

async function prepareDatabase(env: Env & { DATABASE_URL: string }, logger: Logger): Promise<string> {
  const database = await openDatabase({ kind: "postgres", url: env.DATABASE_URL, log: logger }).catch(
    (error: unknown) => {
      logger.fatal({ err: error }, `Could not open the database: ${(error as Error).message}`);
      process.exit(1);
    },
  );
  let seeded: string;
  try {
    const initial = await ensureInitialData(database, { demoData: env.DEMO_DATA, today: getLondonToday() });
    if (env.APP_ENV === "production") await refuseDemoDataInProduction(database.db);
    seeded = initial.referenceDataLoaded
      ? initial.demoDataLoaded
        ? ", loaded reference and illustrative demo data"
        : ", loaded reference data (no demo data)"
      : "";
  } catch (error) {
    logger.fatal((error as Error).message);
    await database.close();
    process.exit(1);
  }
  await database.close();
  return seeded;
}

/** Runs the primary process until its workers have stopped; it never returns. */
export async function superviseWorkers(env: Env, startedAt: number, logger: Logger): Promise<never> {
  const url = env.DATABASE_URL;
  if (!url) throw new Error("Worker processes need DATABASE_URL (env.ts refuses them otherwise)");
  const seeded = await prepareDatabase({ ...env, DATABASE_URL: url }, logger);
  logger.info(
    { workers: env.WEB_CONCURRENCY },
    `PostgreSQL (DATABASE_URL) ready${seeded}; starting ${env.WEB_CONCURRENCY} worker processes`,
  );

  // Our own count: cluster.workers may still list a worker that has exited, until its channel closes.
  const live = new Map<number, { worker: Worker; bornAt: number; listening: boolean }>();
  let quickDeaths = 0;
  let everListening = false;
  let stopping = false;
  let failed = false;
  const restarts = new Set<NodeJS.Timeout>();
  let parentWatch: NodeJS.Timeout | undefined;
  const workers = () => [...live.values()].map((entry) => entry.worker);
  const fork = () => {
    if (stopping) return;
    const worker = cluster.fork();
    live.set(worker.id, { worker, bornAt: Date.now(), listening: false });
  };

  // By message rather than signal: a signal may reach the workers directly too (Ctrl-C reaches the
  // whole process group, systemd signals every process), and a second one would cut requests off.
  // A worker still starting has no requests to answer, and would not hear the message yet: it is
  // stopped with a signal.
  const tell = (worker: Worker, message: string) => {
    if (worker.isConnected() && live.get(worker.id)?.listening)
      worker.send(message, undefined, () => undefined);
    else worker.process.kill("SIGTERM");
  };
  const stop = (reason: string) => {
    if (stopping) {
      for (const worker of workers()) tell(worker, STOP_NOW_MESSAGE);
      return;
    }
    stopping = true;
    for (const restart of restarts) clearTimeout(restart);
    clearInterval(parentWatch);
    logger.info({ workers: workers().length }, `${reason}: stopping ${workers().length} worker(s)`);
    for (const worker of workers()) tell(worker, STOP_MESSAGE);
    if (workers().length === 0) process.exit(failed ? 1 : 0);
  };

  let ready = 0;
  cluster.on("listening", (worker, address) => {
    const entry = live.get(worker.id);
    if (entry) entry.listening = true;
    everListening = true;
    ready += 1;
    if (ready === env.WEB_CONCURRENCY) {
      const ms = Math.round(performance.now() - startedAt);
      logger.info(
        { port: address.port, workers: env.WEB_CONCURRENCY, readyMs: ms },
        `Dashboard on http://localhost:${address.port} – ${env.WEB_CONCURRENCY} worker processes ready in ${ms} ms`,
      );
    }
  });

  cluster.on("exit", (worker, code, signal) => {
    const entry = live.get(worker.id);
    const lived = Date.now() - (entry?.bornAt ?? Date.now());
    live.delete(worker.id);
    const how = signal ? `signal ${signal}` : `code ${code}`;
    if (stopping) {
      // A worker stopped while it was still starting ends by the signal; the others exit 0.
      if (code !== 0 && !(signal === "SIGTERM" && !entry?.listening)) failed = true;
      if (workers().length === 0) process.exit(failed ? 1 : 0);
      return;
    }
    if (!everListening) {
      // None has ever started: another would fail the same way (a port in use, say).
      logger.error(
        { worker: worker.id, pid: worker.process.pid, code, signal },
        `Worker ${worker.id} (pid ${worker.process.pid}) exited with ${how} before serving; stopping`,
      );
      failed = true;
      stop("A worker could not start");
      return;
    }
    quickDeaths = lived >= STABLE_AFTER_MS ? 1 : quickDeaths + 1;
    const delay = Math.min(MAX_RESTART_DELAY_MS, FIRST_RESTART_DELAY_MS * 2 ** (quickDeaths - 1));
    logger.error(
      { worker: worker.id, pid: worker.process.pid, code, signal, restartInMs: delay },
      `Worker ${worker.id} (pid ${worker.process.pid}) exited unexpectedly with ${how}; starting another in ${delay} ms`,
    );
    const restart = setTimeout(() => {
      restarts.delete(restart);
      fork();
    }, delay);
    restarts.add(restart);
  });

  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  // As a single server does (index.ts): stop when the process that started us has gone.
  if (env.STOP_WITH_PARENT) {
    const parent = process.ppid;
    parentWatch = setInterval(() => {
      if (process.ppid !== parent) stop(`The process that started the server (pid ${parent}) has exited`);
    }, PARENT_CHECK_MS);
    parentWatch.unref();
  }

  for (let index = 0; index < env.WEB_CONCURRENCY; index++) fork();
  return new Promise<never>(() => undefined);
}
