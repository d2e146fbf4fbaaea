import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

export const REPOSITORY_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SERVER_ENTRY = join(REPOSITORY_ROOT, "api/src/index.ts");

/** Set TEST_DATABASE_URL to run the end-to-end suites against PostgreSQL too. */
const testDatabaseUrl = process.env.TEST_DATABASE_URL;

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

/** Starts `api/src/index.ts` as a user would, with the given environment on top of ours. */
export function spawnServer(env: Record<string, string>): RunningServer {
  const child = spawn(process.execPath, ["--import", "tsx", SERVER_ENTRY], {
    cwd: REPOSITORY_ROOT,
    env: { ...process.env, HOST: "127.0.0.1", ...env },
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

export async function freshDatabase(options: { embeddedOnly?: boolean } = {}): Promise<ServerWorld> {
  const dataDir = mkdtempSync(join(tmpdir(), "ldd-e2e-"));
  if (!testDatabaseUrl || options.embeddedOnly) {
    return {
      env: { DATA_DIR: dataDir },
      dataDir,
      cleanUp: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `ldd_e2e_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: testDatabaseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(testDatabaseUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    dataDir,
    async cleanUp() {
      rmSync(dataDir, { recursive: true, force: true });
      const cleanup = new pg.Client({ connectionString: testDatabaseUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
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
