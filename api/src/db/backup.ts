import { closeSync, openSync, readSync } from "node:fs";
import { BackupError } from "./backup-error.ts";
import { backupPglite, restorePglite } from "./backup-pglite.ts";
import { backupPostgres, restorePostgres } from "./backup-postgres.ts";

/*
 * `pnpm backup <file>` and `pnpm restore <file>` on either database
 * (docs/decisions/016-backups-and-worker-processes.md). A backup's first bytes say which engine
 * made it: PostgreSQL's is pg_dump's custom format ("PGDMP"), the embedded database's a gzipped
 * tar of its data folder, as PGlite makes it.
 */

export { BackupError };

export type BackupTarget = { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };

export type BackupEngine = BackupTarget["kind"];

const ENGINE_NAMES: Record<BackupEngine, string> = {
  pglite: "the embedded database (PGlite)",
  postgres: "PostgreSQL (pg_dump)",
};

export interface BackupResult {
  /** How the copy was taken, for the operator: "made with pg_dump", "made by the running server (pid 123)"… */
  via: string;
}

export async function backupDatabase(target: BackupTarget, file: string): Promise<BackupResult> {
  return target.kind === "pglite" ? backupPglite(target.dataDir, file) : backupPostgres(target.url, file);
}

/** Which engine made the backup in `file`, from its first bytes. */
export function backupEngineOf(file: string): BackupEngine {
  const head = Buffer.alloc(5);
  let read: number;
  try {
    const fd = openSync(file, "r");
    try {
      read = readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw new BackupError(`Cannot read the backup ${file}: ${(error as Error).message}`);
  }
  if (read === 5 && head.toString("latin1") === "PGDMP") return "postgres";
  if (read >= 2 && head[0] === 0x1f && head[1] === 0x8b) return "pglite";
  throw new BackupError(
    `${file} is not a backup made by pnpm backup: it is neither pg_dump's custom format nor a gzipped copy of an embedded data folder.`,
  );
}

/**
 * Restores `file` into an empty target. Refuses, changing nothing, when the target holds anything,
 * and when the backup was made by the other engine.
 */
export async function restoreDatabase(target: BackupTarget, file: string): Promise<void> {
  const engine = backupEngineOf(file);
  if (engine !== target.kind) {
    const hint =
      engine === "postgres"
        ? "Set DATABASE_URL to an empty PostgreSQL database to restore it there."
        : "Unset DATABASE_URL and set DATA_DIR to a new folder to restore it as an embedded database.";
    throw new BackupError(
      `${file} is a backup of ${ENGINE_NAMES[engine]}, and the target is ${ENGINE_NAMES[target.kind]}: a backup is restored into the engine that made it. ${hint}`,
    );
  }
  if (target.kind === "pglite") await restorePglite(target.dataDir, file);
  else await restorePostgres(target.url, file);
}
