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
import { isDatabaseUnavailable } from "./unavailable.ts";

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

/**
 * Nothing waits on PostgreSQL for long (QUALITY R10: no request hangs longer than 5 s). A new
 * connection is made within 1.5 s or given up; the server cancels a statement after 3 s and the
 * client stops waiting for an answer after 3.5 s (a network that went silent never answers);
 * the server ends a session left idle inside a transaction after 5 s; TCP keepalive finds dead
 * idle connections. The slowest statement we run, loading the published data, takes well under
 * a second (docs/benchmarks.md).
 */
const POSTGRES_TIMEOUTS = {
  connectionTimeoutMillis: 1_500,
  statement_timeout: 3_000,
  query_timeout: 3_500,
  idle_in_transaction_session_timeout: 5_000,
  keepAlive: true,
  keepAliveInitialDelayMillis: 10_000,
} satisfies pg.ClientConfig;
/**
 * Waiting for a free connection from the pool is allowed longer than making one: a busy pool
 * (say twenty sign-ins at once) is not an outage. In an outage the pool's connections fail
 * within 3.5 s and new ones within 1.5 s, so a request waits 5 s at most.
 */
const POOL_WAIT_MS = 4_000;

/** The pool's clients connect within POSTGRES_TIMEOUTS, not within the pool's longer wait. */
class PoolClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super({
      ...(typeof config === "string" ? { connectionString: config } : config),
      connectionTimeoutMillis: POSTGRES_TIMEOUTS.connectionTimeoutMillis,
    });
  }
}
/** /healthz answers within this, on both engines. */
const PING_TIMEOUT_MS = 2_000;
/** While another process migrates or seeds, ask again for the start-up lock this often. */
const STARTUP_LOCK_POLL_MS = 200;

class DatabaseTimeoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DatabaseTimeoutError";
    // The same code Node gives a timed-out connection: an outage, not a bug (see unavailable.ts).
    Object.assign(this, { code: "ETIMEDOUT" });
  }
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new DatabaseTimeoutError(`${what} did not answer within ${ms} ms`)),
          ms,
        );
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

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
  /** One transaction: committed if fn resolves, rolled back if it throws. */
  transaction<T>(fn: (tx: Database) => Promise<T>): Promise<T>;
  ping(): Promise<void>;
  /** This process has begun a clean shutdown: a restart waits for the data folder (PGlite). */
  markStopping(): void;
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

/**
 * PGlite runs each statement synchronously on this thread, and its queue hands the one
 * connection from a finished statement to the next waiting one without returning to the event
 * loop. Under a stream of saves, requests that need no database at all (public reads from the
 * snapshot, health checks, static files) waited for the whole queue: seconds. So Drizzle's
 * statements queue here instead, and once statements have held the event loop for HOLD_MS, the
 * next one first lets it handle what is pending: the loop is never held much longer than that,
 * and saves still run several statements per turn (QUALITY P4, R12).
 */
const HOLD_MS = 5;
let heldSince = performance.now();
async function takeTurn(): Promise<void> {
  if (performance.now() - heldSince < HOLD_MS) return;
  await new Promise<void>((resolve) => setImmediate(resolve));
  heldSince = performance.now();
}

/** Drizzle's view of PGlite: statements and transactions one at a time, each taking its turn. */
function takingTurns(client: PGlite): PGlite {
  let last: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(run: () => Promise<T>): Promise<T> => {
    const next = last.then(async () => {
      await takeTurn();
      return run();
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

async function openPglite(dataDir: string | undefined): Promise<DatabaseHandle> {
  let lock: DataDirLock | undefined;
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    lock = await lockDataDir(dataDir);
  }
  let client: PGlite;
  try {
    client = await PGlite.create(dataDir ?? "memory://");
  } catch (error) {
    lock?.release();
    throw error;
  }
  const db = drizzlePglite({ client: takingTurns(client), schema }) as unknown as Database;
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
    markStopping() {
      lock?.markStopping();
    },
    async close() {
      if (!client.closed) await client.close();
      lock?.release();
    },
  };
}

async function openPostgres(url: string): Promise<DatabaseHandle> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...POSTGRES_TIMEOUTS,
    connectionTimeoutMillis: POOL_WAIT_MS,
    Client: PoolClient,
  });
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
    const client = new pg.Client({ connectionString: url, ...POSTGRES_TIMEOUTS });
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
    let broken: Error | undefined;
    const lost = (error: Error) => {
      broken = error;
    };
    client.on("error", lost);
    try {
      // Try rather than wait in one statement: another process may seed for longer than the
      // statement timeout.
      for (;;) {
        const result = await client.query<{ locked: boolean }>("select pg_try_advisory_lock($1) as locked", [
          MIGRATION_LOCK_KEY,
        ]);
        if (result.rows[0]?.locked) break;
        await new Promise((resolve) => setTimeout(resolve, STARTUP_LOCK_POLL_MS));
      }
      return await fn();
    } finally {
      await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
      client.off("error", lost);
      client.release(broken);
    }
  };

  /**
   * A transaction on a client of our own rather than Drizzle's pool transaction: if the
   * connection fails or times out mid-way, the client is destroyed (the server rolls back) instead
   * of being rolled back over a dead connection and returned to the pool still inside a
   * transaction, where the next request would have committed it.
   */
  const transaction = async <T>(fn: (tx: Database) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    let broken: Error | undefined;
    // The pool stops listening while a client is checked out: a connection lost between two
    // statements would otherwise be an unhandled 'error' and end the process (QUALITY R10).
    // The next statement fails with it anyway.
    const lost = (error: Error) => {
      broken = error;
    };
    client.on("error", lost);
    try {
      await client.query("begin");
      const result = await fn(drizzleNodePostgres(client, { schema }) as unknown as Database);
      await client.query("commit");
      return result;
    } catch (error) {
      broken = isDatabaseUnavailable(error)
        ? (error as Error)
        : await client.query("rollback").then(
            () => undefined,
            (rollbackFailed: Error) => rollbackFailed,
          );
      throw error;
    } finally {
      client.off("error", lost);
      client.release(broken);
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
    transaction,
    async ping() {
      await withTimeout(db.execute(sql`select 1`), PING_TIMEOUT_MS, "PostgreSQL");
    },
    // Any number of processes share a server: nothing to tell.
    markStopping() {},
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
  const result = await handle.transaction(async (tx) => {
    const value = await fn(tx);
    if (options.changesPublicData) await tx.execute(sql`select pg_notify(${DATA_CHANGED_CHANNEL}, '')`);
    return value;
  });
  if (options.changesPublicData) await handle.announceLocalChange();
  return result;
}
