import { randomBytes } from "node:crypto";
import pg from "pg";
import { createApp } from "../app.ts";
import { type DatabaseHandle, openDatabase } from "../db/client.ts";
import { ensureInitialData } from "../seed/seed.ts";

/** Tests use a fixed "today" so figures do not move with the calendar. */
export const TEST_TODAY = "2026-11-28";

/**
 * Set TEST_DATABASE_URL to run the same suites on a PostgreSQL server; each test file then gets
 * a database of its own, dropped afterwards, so runs never see each other's data.
 * (Tests are the one place besides env.ts that read the environment: it chooses the database.)
 */
const serverUrl = process.env.TEST_DATABASE_URL;
export const testDatabaseKind = serverUrl ? "postgres" : "pglite";

/** Host and port of the PostgreSQL server the tests use, when they use one. */
export function testDatabaseServer(): { host: string; port: number } | undefined {
  if (!serverUrl) return undefined;
  const url = new URL(serverUrl);
  return { host: url.hostname, port: Number(url.port || 5432) };
}

export interface TestDatabase {
  handle: DatabaseHandle;
  /** The database's own address (PostgreSQL only), not routed through `options.route`. */
  url?: string;
  /** Open another handle on the same database: a second API process (PostgreSQL only). */
  openAnother(): Promise<DatabaseHandle>;
  close(): Promise<void>;
}

function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

export interface TestDatabaseOptions {
  /** Rewrites the address the handle connects to (PostgreSQL), e.g. through a TCP proxy. */
  route?: (url: string) => string;
}

export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  if (!serverUrl) {
    const handle = await openDatabase({ kind: "pglite" });
    return {
      handle,
      openAnother: async () => handle,
      close: () => handle.close(),
    };
  }
  const name = `ldd_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = databaseUrl(serverUrl, name);
  const handle = await openDatabase({ kind: "postgres", url: options.route ? options.route(url) : url });
  const others: DatabaseHandle[] = [];
  return {
    handle,
    url,
    async openAnother() {
      const other = await openDatabase({ kind: "postgres", url });
      others.push(other);
      return other;
    },
    async close() {
      for (const other of others) await other.close();
      await handle.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/** A migrated database with reference data and the demo data as of TEST_TODAY, and an app on it. */
export async function createSeededApp(options: { demoData?: boolean } & TestDatabaseOptions = {}) {
  const database = await createTestDatabase(options);
  await ensureInitialData(database.handle, { demoData: options.demoData ?? true, today: TEST_TODAY });
  const appOn = (handle: DatabaseHandle, today: () => string = () => TEST_TODAY) =>
    createApp({ database: handle, today });
  /**
   * `appOn` another handle on the same database is a second API process (PostgreSQL); with
   * `today`, an app on another calendar (the real one, say, for what was published today).
   */
  return { app: appOn(database.handle), appOn, database };
}
