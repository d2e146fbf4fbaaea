import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { inject } from "vitest";

export const REPOSITORY_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SERVER_ENTRY = join(REPOSITORY_ROOT, "api/src/index.ts");

/** Set TEST_DATABASE_URL to run the end-to-end suites against PostgreSQL too. */
const testDatabaseUrl = process.env.TEST_DATABASE_URL;

/**
 * A database as the server leaves it after its first start in development (migrations, reference
 * data, demo data and demo accounts), made once per run by support/global-setup.ts: a data folder
 * to copy, or a PostgreSQL database to copy with CREATE DATABASE … TEMPLATE. Seeding at first
 * start took about 3.5 s of every suite's server start on the embedded database.
 */
export interface StartedDatabaseTemplate {
  dataDir?: string;
  database?: string;
  /** Written once the template is made, or could not be: `{ ok, error? }`. */
  ready: string;
}

/** Waits for the run's template (made in the background) and tells whether it is usable. */
async function templateMade(template: StartedDatabaseTemplate, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(template.ready)) {
    if (Date.now() > deadline) throw new Error(`The database template was not made in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const status = JSON.parse(readFileSync(template.ready, "utf8")) as { ok: boolean; error?: string };
  if (!status.ok) throw new Error(`The database template could not be made: ${status.error}`);
}

declare module "vitest" {
  export interface ProvidedContext {
    startedDatabaseTemplate: StartedDatabaseTemplate | undefined;
  }
}

export function databaseUrl(name: string): string {
  if (!testDatabaseUrl) throw new Error("TEST_DATABASE_URL is not set");
  const url = new URL(testDatabaseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs `sql` on the PostgreSQL server of TEST_DATABASE_URL. */
export async function onPostgresServer(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: testDatabaseUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export interface RunningServer {
  url: string;
  process: ChildProcess;
  output: () => string;
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Starts `api/src/index.ts` as a user would, with the given environment on top of ours. One process
 * unless `env` says otherwise: the suites read through new connections right after writing, and
 * another worker process may take up to a second to see a write (docs/quality.md, P2); worker
 * processes have a suite of their own (operations.test.ts).
 */
export function spawnServer(env: Record<string, string>): RunningServer {
  const child = spawn(process.execPath, ["--import", "tsx", SERVER_ENTRY], {
    cwd: REPOSITORY_ROOT,
    env: { ...process.env, HOST: "127.0.0.1", WEB_CONCURRENCY: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    url: `http://127.0.0.1:${env.PORT}`,
    process: child,
    output: () => output,
    exited,
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

export async function waitUntilHealthy(server: RunningServer, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.process.exitCode !== null) {
      throw new Error(`The server exited with ${server.process.exitCode}:\n${server.output()}`);
    }
    try {
      const response = await fetch(`${server.url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The server did not become healthy in ${timeoutMs} ms:\n${server.output()}`);
}

export interface ServerWorld {
  /** Environment naming a fresh database: a new data folder, or a new PostgreSQL database. */
  env: Record<string, string>;
  dataDir: string;
  cleanUp(): Promise<void>;
}

export interface FreshDatabaseOptions {
  /** The embedded database even when TEST_DATABASE_URL is set. */
  embeddedOnly?: boolean;
  /**
   * Nothing in it, for the server to fill at its first start. Otherwise it holds what a first
   * start in development loads (the demo data), copied from the run's template when there is one.
   */
  empty?: boolean;
}

/** A database of the test's own: a new data folder, or (TEST_DATABASE_URL) a new PostgreSQL database. */
export async function freshDatabase(options: FreshDatabaseOptions = {}): Promise<ServerWorld> {
  const template = options.empty ? undefined : inject("startedDatabaseTemplate");
  if (template) await templateMade(template);
  const dataDir = mkdtempSync(join(tmpdir(), "ldd-e2e-"));
  if (!testDatabaseUrl || options.embeddedOnly) {
    if (template?.dataDir) cpSync(template.dataDir, dataDir, { recursive: true });
    return {
      env: { DATA_DIR: dataDir },
      dataDir,
      cleanUp: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `ldd_e2e_${randomBytes(6).toString("hex")}`;
  await onPostgresServer(
    template?.database ? `CREATE DATABASE ${name} TEMPLATE ${template.database}` : `CREATE DATABASE ${name}`,
  );
  return {
    env: { DATABASE_URL: databaseUrl(name) },
    dataDir,
    async cleanUp() {
      rmSync(dataDir, { recursive: true, force: true });
      await onPostgresServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

export async function startServer(
  world: ServerWorld,
  env: Record<string, string> = {},
): Promise<RunningServer> {
  const server = spawnServer({ PORT: String(await freePort()), ...world.env, ...env });
  await waitUntilHealthy(server);
  return server;
}
