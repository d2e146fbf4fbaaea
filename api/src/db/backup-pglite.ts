import { createWriteStream, existsSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import * as tar from "tar";
import { requestBackup } from "./backup-channel.ts";
import { BackupError } from "./backup-error.ts";
import { DataDirLockedError, dataDirOwner } from "./data-dir-lock.ts";
import { openPglite } from "./pglite.ts";
import { SETTING_KEYS, settings } from "./schema.ts";

/*
 * Backups of the embedded database (docs/decisions/016-backups-and-worker-processes.md). A live
 * data folder is never copied: the process holding it makes the copy between two transactions
 * (PgliteHandle.backup) and hands it over its backup channel; with nobody holding it, we open it
 * ourselves, holding its lock, and make the same copy.
 */

const isGone = (error: unknown) =>
  ["ECONNREFUSED", "ENOENT"].includes((error as NodeJS.ErrnoException).code ?? "");

export async function backupPglite(dataDir: string, file: string): Promise<{ via: string }> {
  if (!existsSync(join(dataDir, "PG_VERSION"))) {
    throw new BackupError(`There is no embedded database in ${dataDir} (DATA_DIR) to back up.`);
  }
  const owner = dataDirOwner(dataDir);
  if (owner?.backupSocket && !owner.stopping) {
    try {
      await requestBackup(owner.backupSocket, file);
      return { via: `made by the running server (pid ${owner.pid})` };
    } catch (error) {
      // It stopped meanwhile: the folder is free, or soon will be (opening it waits).
      if (!isGone(error)) {
        throw new BackupError(
          `The process holding ${dataDir} (pid ${owner.pid}) could not make the backup: ${(error as Error).message}. Nothing was written to ${file}.`,
        );
      }
    }
  }
  let handle: Awaited<ReturnType<typeof openPglite>>;
  try {
    handle = await openPglite(dataDir, { migrate: false });
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      throw new BackupError(
        `${dataDir} is held by another process (pid ${error.ownerPid}) that is not answering backups yet (still starting, say). Try again in a moment.`,
      );
    }
    throw error;
  }
  const partial = `${file}.partial`;
  try {
    await handle.backup(createWriteStream(partial));
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    await handle.close();
  }
  return { via: "taken from the data folder itself, as no server was using it" };
}

/** Everything in `dataDir` goes: it was empty (or missing) before the restore began. */
function emptyAgain(dataDir: string, existed: boolean): void {
  if (!existed) {
    rmSync(dataDir, { recursive: true, force: true });
    return;
  }
  for (const entry of readdirSync(dataDir)) rmSync(join(dataDir, entry), { recursive: true, force: true });
}

/** Whether `file` reads whole as a gzipped tar of a PostgreSQL data folder. */
async function holdsDataFolder(file: string): Promise<boolean> {
  let found = false;
  try {
    await tar.list({
      file,
      strict: true,
      onReadEntry: (entry) => {
        if (entry.path.replace(/^\.?\//, "") === "PG_VERSION") found = true;
      },
    });
  } catch {
    return false;
  }
  return found;
}

export async function restorePglite(dataDir: string, file: string): Promise<void> {
  if (!(await holdsDataFolder(file))) {
    throw new BackupError(
      `${file} is not a whole backup of an embedded data folder (it does not read as one to the end): nothing was changed.`,
    );
  }
  const existed = existsSync(dataDir);
  const entries = existed ? readdirSync(dataDir) : [];
  if (entries.length > 0) {
    throw new BackupError(
      `The data folder ${dataDir} (DATA_DIR) is not empty (it holds ${entries.slice(0, 3).join(", ")}${entries.length > 3 ? ", …" : ""}): nothing was changed. ` +
        "Restore into a new folder (DATA_DIR=./data-restored pnpm restore <file>), then start the server on it.",
    );
  }
  let handle: Awaited<ReturnType<typeof openPglite>> | undefined;
  try {
    handle = await openPglite(dataDir, {
      loadDataDir: new Blob([readFileSync(file)], { type: "application/gzip" }),
      migrate: false,
    });
    const loaded = await handle.db
      .select()
      .from(settings)
      .where(eq(settings.key, SETTING_KEYS.referenceDataLoadedAt))
      .catch(() => []);
    if (loaded.length === 0) throw new Error("it holds no dashboard database");
    // Nobody stays signed in across a restore: a session revoked since the backup must not return.
    await handle.db.execute(sql`delete from sessions`);
    await handle.close();
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      throw new BackupError(`${error.message} Nothing was changed.`);
    }
    await handle?.close().catch(() => undefined);
    emptyAgain(dataDir, existed);
    throw new BackupError(
      `Could not restore ${file}: ${(error as Error).message}. ${dataDir} was left empty.`,
    );
  }
}
