/**
 * Writes a consistent backup of the database, while the server runs or not:
 *
 *   pnpm backup backups/ldd-2026-12-01.backup
 *
 * Uses the same DATA_DIR / DATABASE_URL as the server. The embedded database is copied by the
 * process holding its data folder, never copied live from outside; PostgreSQL with pg_dump.
 * A relative path is taken from the repository root (where pnpm runs scripts).
 * See docs/decisions/016-backups-and-worker-processes.md and the README's "Operating it".
 */

import { statSync } from "node:fs";
import { BackupError, backupDatabase } from "../db/backup.ts";
import { backupCommand } from "./backup-command.ts";

const { file, target } = backupCommand("Usage: pnpm backup <file>   (the file to write the backup to)");

const started = performance.now();
try {
  const { via } = await backupDatabase(target, file);
  const megabytes = (statSync(file).size / 1_000_000).toFixed(1);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Backed up to ${file} (${megabytes} MB in ${seconds} s, ${via}).`);
} catch (error) {
  console.error(error instanceof BackupError ? error.message : error);
  process.exitCode = 1;
}
