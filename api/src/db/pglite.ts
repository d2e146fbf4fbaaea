import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { Database, DatabaseHandle } from "./client.ts";
import { createListeners, MIGRATIONS_FOLDER, PING_TIMEOUT_MS, withTimeout } from "./connection-support.ts";
import { type DataDirLock, lockDataDir } from "./data-dir-lock.ts";
import * as schema from "./schema.ts";

/**
 * PGlite runs each statement synchronously on this thread, and its queue hands the one
 * connection from a finished statement to the next waiting one without returning to the event
 * loop. Under a stream of saves, requests that need no database at all (public reads from the
 * snapshot, health checks, static files) waited for the whole queue: seconds. So Drizzle's
 * statements queue here instead, and once statements have held the event loop for HOLD_MS, the
 * next one first lets it handle what is pending: the loop is never held much longer than that,
 * and saves still run several statements per turn (docs/quality.md, P4, R12).
 */
const HOLD_MS = 5;
let heldSince = performance.now();
async function takeTurn(): Promise<void> {
  if (performance.now() - heldSince < HOLD_MS) return;
  await new Promise<void>((resolve) => setImmediate(resolve));
  heldSince = performance.now();
}

/** Statements and transactions queued or running on the one connection (GET /metrics). */
interface Queue {
  length: number;
}

/** Drizzle's view of PGlite: statements and transactions one at a time, each taking its turn. */
function takingTurns(client: PGlite, queue: Queue): PGlite {
  let last: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(run: () => Promise<T>): Promise<T> => {
    queue.length += 1;
    const next = last
      .then(async () => {
        await takeTurn();
        return run();
      })
      .finally(() => {
        queue.length -= 1;
      });
    last = next.catch(() => undefined);
    return next;
  };
  // Inside a transaction statements run one after another already: each only takes its turn.
  const statementsTakingTurns = <T extends object>(tx: T): T =>
    new Proxy(tx, {
      get(object, property) {
        const value: unknown = Reflect.get(object, property);
        if (typeof value !== "function") return value;
        if (property !== "query") return value.bind(object);
        return async (...args: unknown[]) => {
          await takeTurn();
          return value.apply(object, args);
        };
      },
    });
  return new Proxy(client, {
    get(object, property) {
      // PGlite's own fields are private (#): its methods and getters must see the real object.
      const value: unknown = Reflect.get(object, property);
      if (typeof value !== "function") return value;
      if (property === "query") return (...args: unknown[]) => inTurn(() => value.apply(object, args));
      if (property === "transaction") {
        return (callback: (tx: object) => unknown) =>
          inTurn(() => value.call(object, (tx: object) => callback(statementsTakingTurns(tx))));
      }
      return value.bind(object);
    },
  });
}

export interface PgliteHandle extends DatabaseHandle {
  /** The whole database as a tarball, for `loadDataDir` (tests: a template). Call it when idle. */
  dumpDataDir(): Promise<Blob>;
}

export interface PgliteOptions {
  /**
   * Start from a tarball that `dumpDataDir` made instead of an empty database (tests: a copy of a
   * migrated and seeded template, made once per run). Never set by the server.
   */
  loadDataDir?: Blob;
}

export async function openPglite(
  dataDir: string | undefined,
  options: PgliteOptions = {},
): Promise<PgliteHandle> {
  let lock: DataDirLock | undefined;
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    lock = await lockDataDir(dataDir);
  }
  let client: PGlite;
  try {
    client = options.loadDataDir
      ? await PGlite.create(dataDir ?? "memory://", { loadDataDir: options.loadDataDir })
      : await PGlite.create(dataDir ?? "memory://");
  } catch (error) {
    lock?.release();
    throw error;
  }
  const queue: Queue = { length: 0 };
  const db = drizzlePglite({ client: takingTurns(client, queue), schema }) as unknown as Database;
  const listeners = createListeners();
  try {
    await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
  } catch (error) {
    await client.close();
    lock?.release();
    throw error;
  }
  return {
    db,
    kind: "pglite",
    onDataChanged: listeners.add,
    announceLocalChange: listeners.emit,
    // One process, one connection: nothing can change behind our back.
    mayMissChanges: () => false,
    withStartupLock: (fn) => fn(),
    transaction: (fn) => db.transaction((tx) => fn(tx as unknown as Database)),
    async ping() {
      // Queued behind a long transaction on the single connection: answer "unavailable" in time.
      await withTimeout(client.query("select 1"), PING_TIMEOUT_MS, "PGlite");
    },
    poolStats: () => ({ inUse: Math.min(queue.length, 1), waiting: Math.max(queue.length - 1, 0) }),
    markStopping() {
      lock?.markStopping();
    },
    dumpDataDir: () => client.dumpDataDir("none"),
    async close() {
      if (!client.closed) await client.close();
      lock?.release();
    },
  };
}
