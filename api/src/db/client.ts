import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { DATA_CHANGED_CHANNEL } from "./connection-support.ts";
import type { PgliteOptions } from "./pglite.ts";
import type * as schema from "./schema.ts";

/**
 * The one database seam (docs/decisions/002-embedded-postgres-by-default.md): the rest of the
 * application sees a Drizzle database and does not know whether it is embedded PGlite or a
 * PostgreSQL server.
 */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

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
  /**
   * Connections running a statement and statements waiting for one, for GET /metrics. PGlite has
   * one connection: in use while a statement runs, the rest of its queue waiting.
   */
  poolStats(): PoolStats;
  /** This process has begun a clean shutdown: a restart waits for the data folder (PGlite). */
  markStopping(): void;
  close(): Promise<void>;
}

export interface PoolStats {
  inUse: number;
  waiting: number;
}

/**
 * What the database layer tells the operator: connections lost and found again. The app's logger
 * (pino) is one; the database layer imports nothing above it, so it names only what it calls.
 */
export interface DatabaseLog {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

const quiet = () => undefined;
export const SILENT_DATABASE_LOG: DatabaseLog = { info: quiet, warn: quiet, error: quiet };

export type DatabaseOptions = (
  | { kind: "postgres"; url: string }
  /** dataDir undefined means in memory (tests), loadDataDir a copy of a template (tests, pglite.ts). */
  | ({ kind: "pglite"; dataDir?: string } & PgliteOptions)
) & {
  /** Where connection trouble is reported; nowhere by default (tests). */
  log?: DatabaseLog;
};

/**
 * Each engine's driver is loaded only when it is the one used: PGlite's alone takes half a second
 * to load, which a server on PostgreSQL (and each of its workers) need not spend at start-up.
 */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.kind === "postgres") {
    return (await import("./postgres.ts")).openPostgres(options.url, options.log ?? SILENT_DATABASE_LOG);
  }
  return (await import("./pglite.ts")).openPglite(options.dataDir, options);
}

export interface WriteOptions {
  /**
   * Whether the write changes what the public sees (a publish, first-start seeding). Only then
   * are the public snapshots rebuilt, here and in every other process: sign-ins, accounts and
   * drafts leave them alone, so readers are not slowed by writes they cannot see (docs/quality.md, P2).
   */
  changesPublicData: boolean;
}

/**
 * Every write goes through here: one transaction. A write that changes public data also sends
 * a NOTIFY, which PostgreSQL delivers to the other processes only if it commits, and is
 * acknowledged only once this process's listeners (its snapshot) have taken it in, so the
 * writer's very next read sees it (docs/quality.md, P2).
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
