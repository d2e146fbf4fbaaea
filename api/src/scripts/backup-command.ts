import { resolve } from "node:path";
import { parseArgs } from "node:util";
import type { BackupTarget } from "../db/backup.ts";
import { parseEnv } from "../env.ts";

/**
 * What `pnpm backup` and `pnpm restore` both start from: the one file named on the command line
 * (relative to where pnpm runs scripts, the repository root), and the database the server's own
 * settings name (DATABASE_URL, else DATA_DIR). Exits with the usage (2) or the problem (1).
 */
export function backupCommand(usage: string): { file: string; target: BackupTarget } {
  const { positionals } = parseArgs({ allowPositionals: true });
  if (positionals.length !== 1 || !positionals[0]) {
    console.error(usage);
    process.exit(2);
  }
  try {
    const env = parseEnv(process.env);
    return {
      file: resolve(positionals[0]),
      target: env.DATABASE_URL
        ? { kind: "postgres", url: env.DATABASE_URL }
        : { kind: "pglite", dataDir: env.DATA_DIR },
    };
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
