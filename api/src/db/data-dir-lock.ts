import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { removeAbandonedChannel } from "./backup-channel.ts";

/**
 * PGlite takes no lock on its data folder, and two processes writing one folder silently
 * lose acknowledged writes (docs/quality.md, R4). We hold a lock file naming our pid.
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
/** Written after the pid by an owner that has begun a clean shutdown. */
const STOPPING = "stopping";
/**
 * A second line naming the Unix socket on which the owner hands out consistent backups
 * (db/backup-channel.ts, docs/decisions/016-backups-and-worker-processes.md).
 */
const BACKUPS = "backups";
/**
 * How long a starter waits for an owner that is stopping cleanly: its in-flight requests get
 * 10 s (api/src/index.ts), then it closes the database.
 */
const WAIT_FOR_STOPPING_OWNER_MS = 20_000;
const POLL_MS = 100;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export interface DataDirOwner {
  pid: number;
  stopping: boolean;
  /** Where the owner hands out backups, if it does. */
  backupSocket?: string;
}

function readOwner(path: string): DataDirOwner | null {
  try {
    const [first = "", second = ""] = readFileSync(path, "utf8").split("\n");
    const [pidText, state] = first.trim().split(/\s+/);
    const pid = Number.parseInt(pidText ?? "", 10);
    if (!Number.isInteger(pid) || pid <= 0) return null;
    const backupSocket = second.startsWith(`${BACKUPS} `) ? second.slice(BACKUPS.length + 1) : undefined;
    return { pid, stopping: state === STOPPING, ...(backupSocket ? { backupSocket } : {}) };
  } catch {
    return null;
  }
}

/** The live process holding the data folder, or null when none does. */
export function dataDirOwner(dataDir: string): DataDirOwner | null {
  const owner = readOwner(join(dataDir, LOCK_FILE));
  return owner && isAlive(owner.pid) ? owner : null;
}

export interface DataDirLock {
  /** Tell anyone who wants the folder that we are stopping cleanly: they wait instead of failing. */
  markStopping(): void;
  /** Tell a backup where to ask us for a consistent copy (or, undefined, that we no longer answer). */
  offerBackups(socketPath: string | undefined): void;
  /**
   * Write our pid again: a data folder loaded from a backup brings the lock file of the process
   * that made the backup, which must not be taken for the folder's owner.
   */
  reclaim(): void;
  release(): void;
}

export interface LockOptions {
  waitForStoppingOwnerMs?: number;
}

export async function lockDataDir(dataDir: string, options: LockOptions = {}): Promise<DataDirLock> {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  const waitUntil = Date.now() + (options.waitForStoppingOwnerMs ?? WAIT_FOR_STOPPING_OWNER_MS);
  let takeovers = 0;
  for (;;) {
    try {
      const fd = openSync(path, "wx");
      writeFileSync(fd, `${process.pid}\n`);
      closeSync(fd);
      // Replaced in one rename: a reader never sees a half-written file.
      const replace = (content: string) => {
        const next = `${path}.${process.pid}`;
        writeFileSync(next, content);
        renameSync(next, path);
      };
      let stopping = false;
      return {
        markStopping() {
          if (readOwner(path)?.pid !== process.pid) return;
          stopping = true;
          replace(`${process.pid} ${STOPPING}\n`);
        },
        offerBackups(socketPath) {
          if (stopping || readOwner(path)?.pid !== process.pid) return;
          replace(`${process.pid}\n${socketPath ? `${BACKUPS} ${socketPath}\n` : ""}`);
        },
        reclaim() {
          replace(`${process.pid}\n`);
        },
        release() {
          if (readOwner(path)?.pid === process.pid) rmSync(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const owner = readOwner(path);
    if (owner !== null && owner.pid !== process.pid && isAlive(owner.pid)) {
      // A running owner is refused at once (docs/quality.md, R4); one that is stopping cleanly will
      // release the folder in a moment, so a restart waits for it.
      if (!owner.stopping || Date.now() >= waitUntil) throw new DataDirLockedError(dataDir, owner.pid);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      continue;
    }
    if (++takeovers > 3) throw new Error(`Could not lock the data folder ${dataDir}`);
    // The owner died (kill -9, power cut): move its lock aside atomically, then try again.
    // If two starters race here, only one rename succeeds and only one `wx` open wins.
    try {
      renameSync(path, `${path}.stale-${process.pid}`);
      rmSync(`${path}.stale-${process.pid}`, { force: true });
      if (owner?.backupSocket) removeAbandonedChannel(owner.backupSocket);
    } catch {
      // Someone else moved it first; retry the open.
    }
  }
}
