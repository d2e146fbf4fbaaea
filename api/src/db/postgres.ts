import { sql } from "drizzle-orm";

import { drizzle as drizzleNodePostgres } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePostgres } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import type { Database, DatabaseHandle, DatabaseLog } from "./client.ts";
import {
  createListeners,
  DATA_CHANGED_CHANNEL,
  MIGRATIONS_FOLDER,
  PING_TIMEOUT_MS,
  withTimeout,
} from "./connection-support.ts";
import * as schema from "./schema.ts";
import { isDatabaseUnavailable } from "./unavailable.ts";

/*
 * A PostgreSQL server behind the database seam: a pool with timeouts, a LISTEN connection that
 * tells this process of other processes' writes, and a cross-process start-up lock.
 */

/** Any fixed number: serialises migrations and first-start seeding across processes. */
const MIGRATION_LOCK_KEY = 7_042_018;
const LISTEN_RECONNECT_MS = 1_000;
const LISTEN_HEARTBEAT_MS = 5_000;

/**
 * Nothing waits on PostgreSQL for long (docs/quality.md, R10: no request hangs longer than 5 s). A new
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

/** While another process migrates or seeds, ask again for the start-up lock this often. */
const STARTUP_LOCK_POLL_MS = 200;

export async function openPostgres(url: string, log: DatabaseLog): Promise<DatabaseHandle> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...POSTGRES_TIMEOUTS,
    connectionTimeoutMillis: POOL_WAIT_MS,
    Client: PoolClient,
  });
  // An idle client losing its connection must not crash the process (docs/quality.md, R10).
  pool.on("error", (error) =>
    log.warn({ database: "postgres", reason: error.message }, "an idle database connection failed"),
  );
  const db = drizzleNodePostgres(pool, { schema }) as unknown as Database;
  const listeners = createListeners();
  let closed = false;
  let listener: pg.Client | undefined;
  let reconnectTimer: NodeJS.Timeout | undefined;
  /** When the LISTEN connection was lost, while it is down: the outage's start. */
  let lostAt: number | undefined;

  // A dedicated connection LISTENs so a publish through any process rebuilds every process's
  // snapshot. While it is down we may miss one: the listeners are told when it drops (the
  // snapshot then says it may be stale) and again when it is back (rebuild, not stale).
  const reconnectLater = () => {
    if (closed || reconnectTimer) return;
    reconnectTimer = setTimeout(() => {
      reconnectTimer = undefined;
      listen().then(
        () => {
          if (lostAt !== undefined && listener) {
            const downMs = Math.round(performance.now() - lostAt);
            log.info(
              { database: "postgres", downMs },
              "reconnected to the database; rebuilding the public data",
            );
            lostAt = undefined;
          }
          void listeners.emit();
        },
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
      lostAt ??= performance.now();
      log.error(
        { database: "postgres", reason: why },
        "lost the database's change feed (LISTEN connection); public data may be stale until it is back",
      );
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
    // statements would otherwise be an unhandled 'error' and end the process (docs/quality.md, R10).
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
    poolStats: () => ({ inUse: pool.totalCount - pool.idleCount, waiting: pool.waitingCount }),
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
