import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import {
  databaseUrl,
  freePort,
  onPostgresServer,
  type StartedDatabaseTemplate,
  spawnServer,
  waitUntilHealthy,
} from "./server.ts";

/*
 * The end-to-end project's global setup: starts the real server once on a new database, as a
 * user's first `pnpm start` does (migrations, reference and demo data), stops it cleanly, and
 * keeps that database as the template every suite's `freshDatabase()` copies, in the background
 * while the unit projects run. Removed at the end.
 * The embedded database's template is made in the PGlite pass, PostgreSQL's with TEST_DATABASE_URL.
 */

async function startAndStop(env: Record<string, string>): Promise<void> {
  const server = spawnServer({ PORT: String(await freePort()), ...env });
  await waitUntilHealthy(server).catch(async (error: unknown) => {
    await server.stop("SIGKILL");
    throw error;
  });
  const code = await server.stop("SIGTERM");
  if (code !== 0) throw new Error(`The template's server exited with ${code}:\n${server.output()}`);
  if (!/loaded reference and illustrative demo data/.test(server.output())) {
    throw new Error(`The template's server did not load the demo data:\n${server.output()}`);
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = performance.now();
  // The status file is written when the template is ready (or could not be made).
  const folder = mkdtempSync(join(tmpdir(), "ldd-e2e-template-"));
  const ready = join(folder, "ready.json");
  let template: StartedDatabaseTemplate;
  let make: () => Promise<void>;
  let remove: () => Promise<void>;
  if (process.env.TEST_DATABASE_URL) {
    const name = `ldd_e2e_template_${randomBytes(4).toString("hex")}`;
    await onPostgresServer(`CREATE DATABASE ${name}`);
    template = { database: name, ready };
    make = async () => {
      await startAndStop({ DATABASE_URL: databaseUrl(name) });
      // A database is copied only while nobody is connected to it: make sure nobody can be.
      await onPostgresServer(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS false`);
    };
    remove = () => onPostgresServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } else {
    const dataDir = join(folder, "data");
    template = { dataDir, ready };
    make = () => startAndStop({ DATA_DIR: dataDir });
    remove = async () => undefined;
  }
  // Made in the background: the unit projects run meanwhile, and the suites wait for it
  // (support/server.ts) only if they get there first.
  const making = make().then(
    () => {
      writeFileSync(ready, JSON.stringify({ ok: true }));
      console.info(`End-to-end database template made in ${Math.round(performance.now() - started)} ms`);
    },
    (error: unknown) => writeFileSync(ready, JSON.stringify({ ok: false, error: String(error) })),
  );
  project.provide("startedDatabaseTemplate", template);
  return async () => {
    await making;
    await remove();
    rmSync(folder, { recursive: true, force: true });
  };
}
