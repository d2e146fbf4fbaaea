import { execFile } from "node:child_process";
import { renameSync, rmSync } from "node:fs";
import { promisify } from "node:util";
import pg from "pg";
import { BackupError } from "./backup-error.ts";

/*
 * Backups of a PostgreSQL database with PostgreSQL's own tools
 * (docs/decisions/016-backups-and-worker-processes.md): pg_dump's custom format, which is taken in
 * one snapshot while the servers go on writing, and pg_restore in one transaction.
 */

const run = promisify(execFile);
/** pg_dump and pg_restore report on stderr; a large database says little there. */
const MAX_OUTPUT = 16 * 1024 * 1024;

/**
 * The address without its password, which goes in the environment instead: command lines are
 * visible to every user of the machine.
 */
function connection(url: string): { dbname: string; env: NodeJS.ProcessEnv; shown: string } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  const dbname = parsed.toString();
  return {
    dbname,
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
    shown: `database ${decodeURIComponent(parsed.pathname.slice(1)) || "(default)"} on ${parsed.host}`,
  };
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new BackupError(
      `Could not connect to the ${connection(url).shown} (DATABASE_URL): ${(error as Error).message}`,
    );
  }
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function serverMajorVersion(client: pg.Client): Promise<number> {
  const result = await client.query<{ version: number }>(
    "select current_setting('server_version_num')::int as version",
  );
  return Math.floor(Number(result.rows[0]?.version) / 10_000);
}

/** The major version of pg_dump or pg_restore on PATH, or undefined when there is none. */
async function toolMajorVersion(tool: string): Promise<number | undefined> {
  try {
    const { stdout } = await run(tool, ["--version"]);
    const match = /\b(\d+)(\.\d+)*/.exec(stdout);
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

async function requireTool(tool: string, serverMajor: number): Promise<void> {
  const major = await toolMajorVersion(tool);
  if (major !== undefined && major >= serverMajor) return;
  const found = major === undefined ? "was not found on PATH" : `on PATH is version ${major}`;
  throw new BackupError(
    `${tool} ${found}; this server runs PostgreSQL ${serverMajor}, which needs ${tool} ${serverMajor} or newer. ` +
      `Install PostgreSQL's client tools (Debian or Ubuntu: apt-get install postgresql-client-${serverMajor}, ` +
      "or the PostgreSQL project's packages for a newer version; macOS: brew install libpq, then add its bin folder to PATH).",
  );
}

const failure = (error: unknown) =>
  ((error as { stderr?: string }).stderr ?? "").trim() || (error as Error).message;

export async function backupPostgres(url: string, file: string): Promise<{ via: string }> {
  const serverMajor = await withClient(url, serverMajorVersion);
  await requireTool("pg_dump", serverMajor);
  const { dbname, env } = connection(url);
  const partial = `${file}.partial`;
  try {
    await run("pg_dump", ["--format=custom", `--file=${partial}`, `--dbname=${dbname}`], {
      env,
      maxBuffer: MAX_OUTPUT,
    });
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw new BackupError(`pg_dump could not back up the database: ${failure(error)}`);
  }
  return { via: "made with pg_dump" };
}

/** Tables (and their schemas) anyone has created in the database: none in an empty one. */
async function tablesIn(client: pg.Client): Promise<string[]> {
  const result = await client.query<{ name: string }>(
    `select schemaname || '.' || tablename as name from pg_tables
     where schemaname not in ('pg_catalog', 'information_schema') order by 1`,
  );
  return result.rows.map((row) => row.name);
}

export async function restorePostgres(url: string, file: string): Promise<void> {
  const { dbname, env, shown } = connection(url);
  const { serverMajor, tables } = await withClient(url, async (client) => ({
    serverMajor: await serverMajorVersion(client),
    tables: await tablesIn(client),
  }));
  if (tables.length > 0) {
    throw new BackupError(
      `The ${shown} (DATABASE_URL) is not empty: it has ${tables.length} table(s) (${tables.slice(0, 3).join(", ")}${tables.length > 3 ? ", …" : ""}). Nothing was changed. ` +
        "Restore into a new, empty database (createdb, or CREATE DATABASE) and point DATABASE_URL at it.",
    );
  }
  await requireTool("pg_restore", serverMajor);
  const { stdout: contents } = await run("pg_restore", ["--list", file], { maxBuffer: MAX_OUTPUT }).catch(
    (error: unknown) => {
      throw new BackupError(`pg_restore cannot read ${file}: ${failure(error)}`);
    },
  );
  if (!/ TABLE public settings /.test(contents)) {
    throw new BackupError(
      `${file} is a pg_dump backup, but not of this dashboard's database. Nothing was changed.`,
    );
  }
  try {
    // One transaction: a restore that fails half-way leaves the database empty.
    await run(
      "pg_restore",
      [
        "--no-owner",
        "--no-privileges",
        "--single-transaction",
        "--exit-on-error",
        `--dbname=${dbname}`,
        file,
      ],
      { env, maxBuffer: MAX_OUTPUT },
    );
  } catch (error) {
    throw new BackupError(
      `pg_restore could not restore ${file}: ${failure(error)}. The database was left empty.`,
    );
  }
  // Nobody stays signed in across a restore: a session revoked since the backup must not return.
  await withClient(url, (client) => client.query("delete from sessions"));
}
