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
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { BackupError, backupDatabase } from "../db/backup.ts";
import { parseEnv } from "../env.ts";

const { positionals } = parseArgs({ allowPositionals: true });
if (positionals.length !== 1 || !positionals[0]) {
  console.error("Usage: pnpm backup <file>   (the file to write the backup to)");
  process.exit(2);
}
const file = resolve(positionals[0]);
let env: ReturnType<typeof parseEnv>;
try {
  env = parseEnv(process.env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const started = performance.now();
try {
  const { via } = await backupDatabase(
    env.DATABASE_URL
      ? { kind: "postgres", url: env.DATABASE_URL }
      : { kind: "pglite", dataDir: env.DATA_DIR },
    file,
  );
  const megabytes = (statSync(file).size / 1_000_000).toFixed(1);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Backed up to ${file} (${megabytes} MB in ${seconds} s, ${via}).`);
} catch (error) {
  console.error(error instanceof BackupError ? error.message : error);
  process.exitCode = 1;
}
