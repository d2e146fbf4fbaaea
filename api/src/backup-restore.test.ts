import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { AccountListSchema } from "@ldd/shared/accounts";
import { CommitmentListSchema } from "@ldd/shared/commitments";
import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod";
import { BackupError, type BackupTarget, backupDatabase, restoreDatabase } from "./db/backup.ts";
import { type DatabaseHandle, openDatabase } from "./db/client.ts";
import { signInNewEditor } from "./testing/editors.ts";
import { reportStatus } from "./testing/reporting.ts";
import { jsonRequest, signIn } from "./testing/sign-in.ts";
import {
  createSeededApp,
  databaseUrl,
  onPostgresServer,
  TEST_TODAY,
  testDatabaseKind,
} from "./testing/test-database.ts";

/*
 * `pnpm backup` and `pnpm restore` (docs/decisions/016-backups-and-worker-processes.md): a database
 * with the demo data and a morning's work is backed up while the app holds it, restored elsewhere,
 * and found identical, table by table; restores into a target that holds anything are refused.
 */

const run = promisify(execFile);
const REPOSITORY_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const folder = mkdtempSync(join(tmpdir(), "ldd-backup-test-"));
const createdDatabases: string[] = [];

/** A target nobody has used: a new data folder, or a new PostgreSQL database. */
async function emptyTarget(): Promise<BackupTarget> {
  if (testDatabaseKind === "pglite")
    return { kind: "pglite", dataDir: join(folder, `data-${randomBytes(4).toString("hex")}`) };
  const name = `ldd_restore_${randomBytes(6).toString("hex")}`;
  await onPostgresServer(`CREATE DATABASE ${name}`);
  createdDatabases.push(name);
  return { kind: "postgres", url: databaseUrl(process.env.TEST_DATABASE_URL ?? "", name) };
}

/** Runs `pnpm backup` or `pnpm restore` as an operator would, on `target`. */
async function script(name: "backup" | "restore", target: BackupTarget, file: string) {
  const { DATABASE_URL: _unused, DATA_DIR: _unusedToo, ...inherited } = process.env;
  const env = target.kind === "pglite" ? { DATA_DIR: target.dataDir } : { DATABASE_URL: target.url };
  return run(process.execPath, ["--import", "tsx", `api/src/scripts/${name}.ts`, file], {
    cwd: REPOSITORY_ROOT,
    env: { ...inherited, ...env },
  });
}

/** Both engines answer a raw statement with its rows. */
const RowsSchema = z.object({ rows: z.array(z.record(z.string(), z.unknown())) });
const TablesSchema = z.object({
  rows: z.array(z.object({ schema: z.string(), name: z.string(), key: z.string() })),
});

/** Every row of every table, schemas included, each table ordered by its primary key. */
async function contents(handle: DatabaseHandle): Promise<Record<string, unknown[]>> {
  const tables = TablesSchema.parse(
    await handle.db.execute(sql`
    select c.table_schema as schema, c.table_name as name,
           string_agg(format('%I', k.column_name), ', ' order by k.ordinal_position) as key
    from information_schema.table_constraints c
    join information_schema.key_column_usage k
      on k.constraint_name = c.constraint_name and k.table_schema = c.table_schema
    where c.constraint_type = 'PRIMARY KEY' and c.table_schema not in ('pg_catalog', 'information_schema')
    group by c.table_schema, c.table_name
    order by 1, 2`),
  );
  const result: Record<string, unknown[]> = {};
  for (const { schema, name, key } of tables.rows) {
    const rows = RowsSchema.parse(
      await handle.db.execute(sql.raw(`select * from "${schema}"."${name}" order by ${key}`)),
    );
    result[`${schema}.${name}`] = rows.rows;
  }
  return result;
}

let seeded: Awaited<ReturnType<typeof createSeededApp>>;
let source: BackupTarget;
beforeAll(async () => {
  // On the embedded database, a data folder held as the server holds it.
  const dataDir = testDatabaseKind === "pglite" ? join(folder, "source") : undefined;
  seeded = await createSeededApp({ dataDir });
  source = dataDir ? { kind: "pglite", dataDir } : { kind: "postgres", url: seeded.database.url ?? "" };

  // A morning's work through the app: a draft, a submission, a publish and an account disabled.
  const inProgress = CommitmentListSchema.parse(
    await (await seeded.app.request("/api/commitments?status=in_progress")).json(),
  ).commitments;
  const [drafted, submitted, published] = inProgress.filter(
    (commitment, index, all) => all.findIndex((c) => c.authorityGss === commitment.authorityGss) === index,
  );
  if (!drafted || !submitted || !published)
    throw new Error("the demo data should have three such authorities");
  const report = (commitment: typeof drafted) => ({
    gss: commitment.authorityGss,
    commitmentId: commitment.id,
    status: "done" as const,
    effectiveDate: TEST_TODAY,
    note: "Finished",
  });
  await reportStatus(seeded, report(drafted), { publish: false });
  await reportStatus(seeded, report(submitted), { publish: false });
  const submitter = await signInNewEditor(seeded, submitted.authorityGss, "submitter");
  const sent = await seeded.app.request(
    `/api/workspace/${submitted.authorityGss}/submit`,
    jsonRequest("POST", {}, submitter),
  );
  expect(sent.status).toBe(200);
  await reportStatus(seeded, report(published), { publish: true });
  const admin = await signIn(seeded.app, "admin@example.org", "demo-administrator");
  const accounts = AccountListSchema.parse(
    await (await seeded.app.request("/api/accounts", { headers: { Cookie: admin } })).json(),
  ).accounts;
  const camden = accounts.find((account) => account.email === "editor.camden@example.org");
  if (!camden) throw new Error("the demo data should have Camden's editor");
  const disabled = await seeded.app.request(
    `/api/accounts/${camden.id}`,
    jsonRequest("PATCH", { disabled: true }, admin),
  );
  expect(disabled.status).toBe(200);
});
afterAll(async () => {
  await seeded.database.close();
  for (const name of createdDatabases) await onPostgresServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  rmSync(folder, { recursive: true, force: true });
});

describe(`backing up and restoring (${testDatabaseKind})`, () => {
  it("restores, into a new database, every record, version, audit entry and account the app holds", async () => {
    const file = join(folder, "whole.backup");
    const backedUp = await script("backup", source, file);
    expect(backedUp.stdout).toMatch(
      testDatabaseKind === "pglite"
        ? // The app holds the data folder: it made the copy, nobody copied the live folder.
          new RegExp(`made by the running server \\(pid ${process.pid}\\)`)
        : /made with pg_dump/,
    );
    // The app goes on answering.
    expect((await seeded.app.request("/api/summary")).status).toBe(200);

    const target = await emptyTarget();
    const restored = await script("restore", target, file);
    expect(restored.stdout).toMatch(/Restored/);
    const copy = await openDatabase(
      target.kind === "pglite" ? target : { kind: "postgres", url: target.url },
    );
    try {
      const before = await contents(seeded.database.handle);
      const after = await contents(copy);
      // Nobody stays signed in across a restore.
      expect(before["public.sessions"]?.length).toBeGreaterThan(0);
      expect(after["public.sessions"]).toEqual([]);
      delete before["public.sessions"];
      delete after["public.sessions"];
      expect(Object.keys(after)).toEqual(Object.keys(before));
      expect(after).toEqual(before);
      // The morning's work is there, not only the demo data.
      expect(after["public.audit_entries"]?.length).toBeGreaterThan(0);
    } finally {
      await copy.close();
    }
    if (target.kind === "pglite") {
      // The restored folder is nobody's: a server can start on it, and it can be backed up with
      // no server running.
      expect(existsSync(join(target.dataDir, "ldd.lock"))).toBe(false);
      const again = await backupDatabase(target, join(folder, "offline.backup"));
      expect(again.via).toMatch(/taken from the data folder itself/);
    }
  });

  it("refuses to restore into a target that holds anything, changing nothing", async () => {
    const file = join(folder, "refused.backup");
    await backupDatabase(source, file);
    const before = await contents(seeded.database.handle);
    await expect(restoreDatabase(source, file)).rejects.toThrow(/is not empty[\s\S]*Nothing was changed/i);
    expect(await contents(seeded.database.handle)).toEqual(before);
    if (testDatabaseKind === "pglite") {
      // Not even a folder holding one note.
      const dataDir = join(folder, "holds-a-note");
      mkdirSync(dataDir);
      writeFileSync(join(dataDir, "note.txt"), "");
      await expect(restoreDatabase({ kind: "pglite", dataDir }, file)).rejects.toThrow(/is not empty/);
      expect(readdirSync(dataDir)).toEqual(["note.txt"]);
    }
  });

  it("refuses a backup of the other engine, and a file that is no backup", async () => {
    const target = await emptyTarget();
    const other = join(folder, "other-engine.backup");
    writeFileSync(other, testDatabaseKind === "pglite" ? "PGDMP and more" : Buffer.from([0x1f, 0x8b, 8, 0]));
    await expect(restoreDatabase(target, other)).rejects.toThrow(
      testDatabaseKind === "pglite" ? /is a backup of PostgreSQL/ : /is a backup of the embedded database/,
    );
    const notes = join(folder, "notes.txt");
    writeFileSync(notes, "not a backup");
    await expect(restoreDatabase(target, notes)).rejects.toThrow(BackupError);
    await expect(restoreDatabase(target, notes)).rejects.toThrow(/is not a backup made by pnpm backup/);
    expect(await holdsAnything(target)).toBe(false);
  });

  it("refuses a backup cut short, leaving the target empty", async () => {
    const whole = join(folder, "whole-for-cutting.backup");
    await backupDatabase(source, whole);
    const cut = join(folder, "cut.backup");
    const bytes = readFileSync(whole);
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const target = await emptyTarget();
    await expect(restoreDatabase(target, cut)).rejects.toThrow(
      testDatabaseKind === "pglite" ? /not a whole backup[\s\S]*nothing was changed/ : /left empty/,
    );
    expect(await holdsAnything(target)).toBe(false);
  });
});

/** Whether a restore target has anything in it: files in the folder, tables in the database. */
async function holdsAnything(target: BackupTarget): Promise<boolean> {
  if (target.kind === "pglite") return existsSync(target.dataDir) && readdirSync(target.dataDir).length > 0;
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    const result = await client.query(
      "select 1 from pg_tables where schemaname not in ('pg_catalog', 'information_schema')",
    );
    return (result.rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
}
