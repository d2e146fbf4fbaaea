import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";
import { inject } from "vitest";
import { createApp } from "../app.ts";
import { type DatabaseHandle, type DatabaseLog, openDatabase } from "../db/client.ts";
import type { Logger } from "../lib/observability/logger.ts";
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

/**
 * What a test database holds when a test gets it: the migrated schema only, the reference data
 * (the 33 authorities and the vocabularies), or the reference data and the demo data as of
 * TEST_TODAY with the demo accounts (what `ensureInitialData` loads).
 */
export type TestData = "schema" | "reference" | "demo";
export const TEST_DATA: readonly TestData[] = ["schema", "reference", "demo"];

/**
 * Templates of each kind of test database, made once per run by the api project's global setup
 * (testing/global-setup.ts): a PGlite dump file each, or a PostgreSQL database each to copy with
 * CREATE DATABASE … TEMPLATE. Migrating and seeding took about 4.5 s per test file on PGlite.
 */
export interface TestDatabaseTemplates {
  kind: "pglite" | "postgres";
  /** PGlite: the dump file of each; PostgreSQL: the template database of each. */
  templates: Record<TestData, string>;
}

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseTemplates: TestDatabaseTemplates | undefined;
  }
}

/** The run's templates, or undefined outside a vitest run that made them (each file then seeds its own). */
function templates(): TestDatabaseTemplates | undefined {
  const provided = inject("testDatabaseTemplates");
  if (provided && provided.kind !== testDatabaseKind) {
    throw new Error(
      `The test database templates are ${provided.kind}, but the tests use ${testDatabaseKind}`,
    );
  }
  return provided;
}

/** Loads what `data` names into a migrated, empty database: how the templates are made. */
export async function loadTestData(handle: DatabaseHandle, data: TestData): Promise<void> {
  if (data === "schema") return;
  await ensureInitialData(handle, { demoData: data === "demo", today: TEST_TODAY });
}

export interface TestDatabase {
  handle: DatabaseHandle;
  /** The database's own address (PostgreSQL only), not routed through `options.route`. */
  url?: string;
  /** Open another handle on the same database: a second API process (PostgreSQL only). */
  openAnother(): Promise<DatabaseHandle>;
  close(): Promise<void>;
}

export function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs `sql` on the PostgreSQL server's own database (creating and dropping databases). */
export async function onPostgresServer(sql: string): Promise<void> {
  if (!serverUrl) throw new Error("TEST_DATABASE_URL is not set");
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

export interface TestDatabaseOptions {
  /** Rewrites the address the handle connects to (PostgreSQL), e.g. through a TCP proxy. */
  route?: (url: string) => string;
  /** What the database holds at the start; the schema only unless said. */
  data?: TestData;
  /** PGlite: keep the database in this new folder, holding it as the server holds DATA_DIR. */
  dataDir?: string;
  /** Where the database layer reports connections lost and found; nowhere unless said. */
  log?: DatabaseLog;
}

/** A database of this test file's own, holding `options.data`, copied from the run's template. */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const data = options.data ?? "schema";
  const template = templates()?.templates[data];
  if (!serverUrl) {
    const { dataDir } = options;
    const handle = template
      ? await openDatabase({
          kind: "pglite",
          dataDir,
          loadDataDir: new Blob([readFileSync(template)]),
          log: options.log,
        })
      : await openDatabase({ kind: "pglite", dataDir, log: options.log });
    if (!template) await loadTestData(handle, data);
    return {
      handle,
      openAnother: async () => handle,
      close: () => handle.close(),
    };
  }
  const name = `ldd_test_${randomBytes(6).toString("hex")}`;
  await onPostgresServer(
    template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`,
  );
  const url = databaseUrl(serverUrl, name);
  const handle = await openDatabase({
    kind: "postgres",
    url: options.route ? options.route(url) : url,
    log: options.log,
  });
  if (!template) await loadTestData(handle, data);
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
      await onPostgresServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/**
 * A migrated database with reference data and the demo data as of TEST_TODAY, and an app on it;
 * with `logger`, the app and its database log there (nowhere otherwise).
 */
export async function createSeededApp(
  options: { demoData?: boolean; logger?: Logger } & Omit<TestDatabaseOptions, "log"> = {},
) {
  const database = await createTestDatabase({
    ...options,
    data: (options.demoData ?? true) ? "demo" : "reference",
    log: options.logger,
  });
  const appOn = (handle: DatabaseHandle, today: () => string = () => TEST_TODAY) =>
    createApp({ database: handle, today, logger: options.logger });
  /**
   * `appOn` another handle on the same database is a second API process (PostgreSQL); with
   * `today`, an app on another calendar (the real one, say, for what was published today).
   */
  return { app: appOn(database.handle), appOn, database };
}
