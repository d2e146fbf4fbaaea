/**
 * Restores a backup that `pnpm backup` made into an empty data folder or an empty database:
 *
 *   DATA_DIR=./data-restored pnpm restore backups/ldd-2026-12-01.backup
 *   DATABASE_URL=postgres://user@host:5432/ldd_restored pnpm restore backups/ldd-2026-12-01.backup
 *
 * Refuses, changing nothing, when the target holds anything. Sessions are not restored: everyone
 * signs in again. A relative path is taken from the repository root (where pnpm runs scripts).
 * See docs/decisions/016-backups-and-worker-processes.md and the README's "Operating it".
 */

import { BackupError, restoreDatabase } from "../db/backup.ts";
import { backupCommand } from "./backup-command.ts";

const { file, target } = backupCommand("Usage: pnpm restore <file>   (a backup made by pnpm backup)");

const started = performance.now();
try {
  await restoreDatabase(target, file);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const where =
    target.kind === "postgres" ? "the database of DATABASE_URL" : `the data folder ${target.dataDir}`;
  console.log(
    `Restored ${file} into ${where} in ${seconds} s. Start the server on it; everyone signs in again.`,
  );
} catch (error) {
  console.error(error instanceof BackupError ? error.message : error);
  process.exitCode = 1;
}
