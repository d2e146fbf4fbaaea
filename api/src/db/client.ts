import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle as drizzleNodePostgres } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePostgres } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { type DataDirLock, lockDataDir } from "./data-dir-lock.ts";
import * as schema from "./schema.ts";

/**
 * The one database seam (docs/decisions/002-embedded-postgres-by-default.md): the rest of the
 * application sees a Drizzle database and does not know whether it is embedded PGlite or a
 * PostgreSQL server.
 */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export const DATA_CHANGED_CHANNEL = "ldd_data_changed";
const MIGRATIONS_FOLDER = fileURLToPath(new URL("../../drizzle", import.meta.url));
/** Any fixed number: serialises migrations and first-start seeding across processes. */
const MIGRATION_LOCK_KEY = 7_042_018;
const LISTEN_RECONNECT_MS = 1_000;
const LISTEN_HEARTBEAT_MS = 5_000;

export interface DatabaseHandle {
  readonly db: Database;
  readonly kind: "pglite" | "postgres";
  /**
   * Called after a committed write that changes public data, by this process or (PostgreSQL) any
   * other. A listener may return a promise: the writer's own process waits for it.
   */
  onDataChanged(listener: () => void | Promise<void>): void;
  /** Tell local listeners now and wait for them; other processes hear of it through NOTIFY. */
  announceLocalChange(): Promise<void>;
  /** True while changes made by other processes may not reach us (the LISTEN connection is down). */
  mayMissChanges(): boolean;
  /** Run fn while holding a cross-process lock (a no-op lock for the single-process PGlite). */
  withStartupLock<T>(fn: () => Promise<T>): Promise<T>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export type DatabaseOptions =
  | { kind: "postgres"; url: string }
  /** dataDir undefined means in memory (tests). */
  | { kind: "pglite"; dataDir?: string };

function createListeners() {
  const listeners = new Set<() => void | Promise<void>>();
  return {
    add: (listener: () => void | Promise<void>) => void listeners.add(listener),
    emit: async () => {
      await Promise.allSettled([...listeners].map((listener) => listener()));
    },
  };
}

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  return options.kind === "postgres" ? openPostgres(options.url) : openPglite(options.dataDir);
}

async function openPglite(dataDir: string | undefined): Promise<DatabaseHandle> {
  let lock: DataDirLock | undefined;
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    lock = lockDataDir(dataDir);
  }
  let client: PGlite;
  try {
    client = await PGlite.create(dataDir ?? "memory://");
  } catch (error) {
    lock?.release();
    throw error;
  }
  const db = drizzlePglite(client, { schema }) as unknown as Database;
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
    async ping() {
      await client.query("select 1");
    },
    async close() {
      if (!client.closed) await client.close();
      lock?.release();
    },
  };
}

async function openPostgres(url: string): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  // An idle client losing its connection must not crash the process (QUALITY R10).
  pool.on("error", (error) => console.error(`[db] idle connection error: ${error.message}`));
  const db = drizzleNodePostgres(pool, { schema }) as unknown as Database;
  const listeners = createListeners();
  let closed = false;
  let listener: pg.Client | undefined;
  let reconnectTimer: NodeJS.Timeout | undefined;

  // A dedicated connection LISTENs so a publish through any process rebuilds every process's
  // snapshot. While it is down we may miss one: the listeners are told when it drops (the
  // snapshot then says it may be stale) and again when it is back (rebuild, not stale).
  const reconnectLater = () => {
    if (closed || reconnectTimer) return;
    reconnectTimer = setTimeout(() => {
      reconnectTimer = undefined;
      listen().then(
        () => void listeners.emit(),
        () => reconnectLater(),
      );
    }, LISTEN_RECONNECT_MS);
    reconnectTimer.unref();
  };

  const listen = async (): Promise<void> => {
    if (closed) return;
    // The heartbeat below fails after query_timeout on a connection that has gone silent.
    const client = new pg.Client({
      connectionString: url,
      connectionTimeoutMillis: 3_000,
      query_timeout: 3_000,
      keepAlive: true,
    });
    let heartbeat: NodeJS.Timeout | undefined;
    const lost = (why: string) => {
      if (listener !== client) return;
      listener = undefined;
      clearInterval(heartbeat);
      console.error(`[db] lost the LISTEN connection (${why}); reconnecting`);
      client.end().catch(() => undefined);
      if (closed) return;
      void listeners.emit();
      reconnectLater();
    };
    client.on("error", (error) => lost(error.message));
    client.on("end", () => lost("closed"));
    client.on("notification", (message) => {
      if (message.channel === DATA_CHANGED_CHANNEL) void listeners.emit();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${DATA_CHANGED_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (closed) {
      await client.end().catch(() => undefined);
      return;
    }
    listener = client;
    // A connection can also go silent without closing: ask it something now and then.
    heartbeat = setInterval(() => {
      client.query("select 1").catch((error: Error) => lost(error.message));
    }, LISTEN_HEARTBEAT_MS);
    heartbeat.unref();
  };

  const withStartupLock = async <T>(fn: () => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
      return await fn();
    } finally {
      await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
      client.release();
    }
  };

  try {
    await withStartupLock(() =>
      migrateNodePostgres(drizzleNodePostgres(pool, { schema }), { migrationsFolder: MIGRATIONS_FOLDER }),
    );
    await listen();
  } catch (error) {
    closed = true;
    await pool.end().catch(() => undefined);
    throw error;
  }

  return {
    db,
    kind: "postgres",
    onDataChanged: listeners.add,
    announceLocalChange: listeners.emit,
    mayMissChanges: () => listener === undefined,
    withStartupLock,
    async ping() {
      await db.execute(sql`select 1`);
    },
    async close() {
      if (closed) return;
      closed = true;
      clearTimeout(reconnectTimer);
      const last = listener;
      listener = undefined;
      await last?.end().catch(() => undefined);
      await pool.end();
    },
  };
}

export interface WriteOptions {
  /**
   * Whether the write changes what the public sees (a publish, first-start seeding). Only then
   * are the public snapshots rebuilt, here and in every other process: sign-ins, accounts and
   * drafts leave them alone, so readers are not slowed by writes they cannot see (QUALITY P2).
   */
  changesPublicData: boolean;
}

/**
 * Every write goes through here: one transaction. A write that changes public data also sends
 * a NOTIFY, which PostgreSQL delivers to the other processes only if it commits, and is
 * acknowledged only once this process's listeners (its snapshot) have taken it in, so the
 * writer's very next read sees it (QUALITY P2).
 */
export async function runWrite<T>(
  handle: DatabaseHandle,
  options: WriteOptions,
  fn: (tx: Database) => Promise<T>,
): Promise<T> {
  const result = await handle.db.transaction(async (tx) => {
    const value = await fn(tx as unknown as Database);
    if (options.changesPublicData) await tx.execute(sql`select pg_notify(${DATA_CHANGED_CHANNEL}, '')`);
    return value;
  });
  if (options.changesPublicData) await handle.announceLocalChange();
  return result;
}
