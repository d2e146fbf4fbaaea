import { mkdirSync, readdirSync } from "node:fs";
import type { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import * as tar from "tar";
import { type BackupChannel, openBackupChannel } from "./backup-channel.ts";
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

type InTurn = (<T>(run: () => Promise<T>) => Promise<T>) & {
  /** Statements and transactions queued or running on the one connection (GET /metrics). */
  readonly length: number;
};

/** Runs each `run` after the previous one has finished, taking its turn first. */
function turnQueue(): InTurn {
  let last: Promise<unknown> = Promise.resolve();
  let length = 0;
  const inTurn = <T>(run: () => Promise<T>): Promise<T> => {
    length += 1;
    const next = last
      .then(async () => {
        await takeTurn();
        return run();
      })
      .finally(() => {
        length -= 1;
      });
    last = next.catch(() => undefined);
    return next;
  };
  return Object.defineProperty(inTurn, "length", { get: () => length }) as InTurn;
}

/** Drizzle's view of PGlite: statements and transactions one at a time, each taking its turn. */
function takingTurns(client: PGlite, inTurn: InTurn): PGlite {
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
  /**
   * Writes a consistent copy of the data folder to `destination`, a gzipped tar that `loadDataDir`
   * takes: a backup (docs/decisions/016-backups-and-worker-processes.md). No statement runs
   * meanwhile; the files are read without holding up the event loop.
   */
  backup(destination: Writable): Promise<void>;
}

/** In the data folder but not the database: our lock file (and its replacement being written), PostgreSQL's pid file. */
const NOT_DATA = /^(ldd\.lock(\..*)?|postmaster\.pid)$/;

export interface PgliteOptions {
  /**
   * Start from a tarball that `dumpDataDir` or `backup` made instead of an empty database (tests:
   * a copy of a migrated and seeded template, made once per run; `pnpm restore`). Never set by the
   * server.
   */
  loadDataDir?: Blob;
  /** Bring the schema up to date (default). `pnpm backup` and `pnpm restore` leave it as it is. */
  migrate?: boolean;
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
    // A backup holds the lock file of the process that made it.
    if (options.loadDataDir) lock?.reclaim();
  } catch (error) {
    lock?.release();
    throw error;
  }
  const inTurn = turnQueue();
  const db = drizzlePglite({ client: takingTurns(client, inTurn), schema }) as unknown as Database;
  const listeners = createListeners();
  const backup = (destination: Writable) =>
    inTurn(async () => {
      if (!dataDir) throw new Error("A database in memory has no data folder to back up");
      // Every change on disk first, so that the copy needs no recovery when it is opened.
      await client.query("checkpoint");
      await pipeline(
        tar.create(
          { cwd: dataDir, portable: true },
          readdirSync(dataDir).filter((entry) => !NOT_DATA.test(entry)),
        ),
        // Node's gzip compresses on another thread; tar's own would hold the event loop (~300 ms).
        createGzip(),
        destination,
      );
    });
  let channel: BackupChannel | undefined;
  try {
    if (options.migrate ?? true) {
      await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
    }
    // Whoever holds the folder hands out backups: `pnpm backup` never copies a live folder.
    if (lock) {
      channel = await openBackupChannel(backup);
      lock.offerBackups(channel.socketPath);
    }
  } catch (error) {
    await channel?.close();
    await client.close();
    lock?.release();
    throw error;
  }
  // Closed once; closing the database waits for it, and so for a backup being written.
  let channelClosed: Promise<void> | undefined;
  const closeChannel = () => {
    channelClosed ??= channel?.close() ?? Promise.resolve();
    return channelClosed;
  };
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
    poolStats: () => ({ inUse: Math.min(inTurn.length, 1), waiting: Math.max(inTurn.length - 1, 0) }),
    markStopping() {
      lock?.markStopping();
      void closeChannel();
    },
    dumpDataDir: () => client.dumpDataDir("none"),
    backup,
    async close() {
      await closeChannel();
      if (!client.closed) await client.close();
      lock?.release();
    },
  };
}
