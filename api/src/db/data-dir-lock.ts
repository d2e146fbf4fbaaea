import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * PGlite takes no lock on its data folder, and two processes writing one folder silently
 * lose acknowledged writes (QUALITY R4). We hold a lock file naming our pid.
 *
 * Why not proper-lockfile: its staleness is judged by mtime, so after `kill -9` a restart
 * would have to wait out the stale period, or a live owner could be taken over. A pid check
 * is exact on one machine, which is the only place an embedded data folder can be shared.
 * See docs/decisions/004-embedded-database-lock.md.
 */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    super(
      `The data folder ${dataDir} is in use by another process (pid ${ownerPid}). ` +
        "Stop that process first, or point DATA_DIR at another folder.",
    );
    this.name = "DataDirLockedError";
  }
}

const LOCK_FILE = "ldd.lock";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOwner(path: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(path, "utf8").trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

export interface DataDirLock {
  release(): void;
}

export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeFileSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return {
        release() {
          if (readOwner(path) === process.pid) rmSync(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const owner = readOwner(path);
    if (owner !== null && owner !== process.pid && isAlive(owner)) {
      throw new DataDirLockedError(dataDir, owner);
    }
    // The owner died (kill -9, power cut): move its lock aside atomically, then try again.
    // If two starters race here, only one rename succeeds and only one `wx` open wins.
    try {
      renameSync(path, `${path}.stale-${process.pid}`);
      rmSync(`${path}.stale-${process.pid}`, { force: true });
    } catch {
      // Someone else moved it first; retry the open.
    }
  }
  throw new Error(`Could not lock the data folder ${dataDir}`);
}
