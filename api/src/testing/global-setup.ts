import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../db/client.ts";
import { openPglite } from "../db/pglite.ts";
import {
  databaseUrl,
  loadTestData,
  onPostgresServer,
  TEST_DATA,
  type TestData,
  type TestDatabaseTemplates,
  testDatabaseKind,
} from "./test-database.ts";

/*
 * The api project's global setup: migrates and seeds each kind of test database once per run, as
 * a template that every test file copies (testing/test-database.ts), and removes the templates at
 * the end. Made afresh on every run, so they always match the migrations and the seed code.
 */

async function pgliteTemplates(): Promise<{ templates: Record<TestData, string>; remove(): void }> {
  const folder = mkdtempSync(join(tmpdir(), "ldd-test-templates-"));
  const remove = () => rmSync(folder, { recursive: true, force: true });
  try {
    const templates = {} as Record<TestData, string>;
    // Creating an empty PGlite database is the slow part (initdb): once, then the others start
    // from its dump.
    let schemaDump: Blob | undefined;
    for (const data of TEST_DATA) {
      const handle = await openPglite(undefined, schemaDump ? { loadDataDir: schemaDump } : {});
      try {
        await loadTestData(handle, data);
        const dump = await handle.dumpDataDir();
        if (data === "schema") schemaDump = dump;
        templates[data] = join(folder, `${data}.tar`);
        writeFileSync(templates[data], Buffer.from(await dump.arrayBuffer()));
      } finally {
        await handle.close();
      }
    }
    // A dump that cannot be loaded would fail every test file: fail here, once, instead.
    await (await openPglite(undefined, { loadDataDir: new Blob([readFileSync(templates.demo)]) })).close();
    return { templates, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

async function postgresTemplates(
  serverUrl: string,
): Promise<{ templates: Record<TestData, string>; remove(): Promise<void> }> {
  const run = randomBytes(4).toString("hex");
  const templates = {} as Record<TestData, string>;
  const remove = async () => {
    for (const name of Object.values(templates)) {
      await onPostgresServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  };
  try {
    for (const data of TEST_DATA) {
      const name = `ldd_template_${run}_${data}`;
      await onPostgresServer(`CREATE DATABASE ${name}`);
      templates[data] = name;
      const handle = await openDatabase({ kind: "postgres", url: databaseUrl(serverUrl, name) });
      try {
        await loadTestData(handle, data);
      } finally {
        await handle.close();
      }
      // A database is copied only while nobody is connected to it: make sure nobody can be.
      await onPostgresServer(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS false`);
      await onPostgresServer(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}' AND pid <> pg_backend_pid()`,
      );
    }
    return { templates, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = performance.now();
  const serverUrl = process.env.TEST_DATABASE_URL;
  const made = serverUrl ? await postgresTemplates(serverUrl) : await pgliteTemplates();
  const provided: TestDatabaseTemplates = { kind: testDatabaseKind, templates: made.templates };
  project.provide("testDatabaseTemplates", provided);
  console.info(
    `Test database templates (${testDatabaseKind}) made in ${Math.round(performance.now() - started)} ms`,
  );
  return async () => {
    await made.remove();
  };
}
