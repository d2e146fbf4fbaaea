import { createWriteStream, mkdtempSync, renameSync, rmSync } from "node:fs";
import { createServer, request } from "node:http";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import type { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";

/*
 * How `pnpm backup` asks the process holding an embedded data folder for a consistent copy
 * (docs/decisions/016-backups-and-worker-processes.md): HTTP on a Unix socket, never on the network.
 *
 * The socket is not in the data folder, which holds the database and nothing else (PGlite's own
 * copy of a folder stops at anything that is not a file or a folder), but in a folder of its own,
 * made private to this user by mkdtemp (mode 0700), so no other user can connect. The data
 * folder's lock file names it.
 */

const BACKUP_PATH = "/backup";
const FOLDER_PREFIX = "ldd-backup-";
const SOCKET_NAME = "backup.sock";

export interface BackupChannel {
  readonly socketPath: string;
  close(): Promise<void>;
}

/** Answers `GET /backup` with what `copy` writes. */
export async function openBackupChannel(
  copy: (destination: Writable) => Promise<void>,
): Promise<BackupChannel> {
  const folder = mkdtempSync(join(tmpdir(), FOLDER_PREFIX));
  const socketPath = join(folder, SOCKET_NAME);
  const server = createServer((incoming, response) => {
    incoming.resume();
    if (incoming.method !== "GET" || incoming.url !== BACKUP_PATH) {
      response
        .writeHead(404, { "Content-Type": "text/plain" })
        .end(`Only GET ${BACKUP_PATH} is answered here`);
      return;
    }
    response.setHeader("Content-Type", "application/gzip");
    copy(response).catch((error: Error) => {
      // Before the first byte the client can be told why; after it, only that the copy is incomplete.
      if (response.headersSent) response.destroy(error);
      else response.writeHead(500, { "Content-Type": "text/plain" }).end(error.message);
    });
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(socketPath, () => resolve());
    });
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  // Never the reason a process stays alive.
  server.unref();
  return {
    socketPath,
    async close() {
      // Waits for a backup being written; a connection left idle is closed at once.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * Removes the folder of a channel whose process died without closing it (`kill -9`), as its lock
 * file names it; anything that is not such a folder is left alone.
 */
export function removeAbandonedChannel(socketPath: string): void {
  const folder = dirname(socketPath);
  if (basename(socketPath) !== SOCKET_NAME || dirname(folder) !== tmpdir()) return;
  if (!basename(folder).startsWith(FOLDER_PREFIX)) return;
  rmSync(folder, { recursive: true, force: true });
}

/** Asks the process answering on `socketPath` for a backup and writes it to `file`, whole or not at all. */
export async function requestBackup(socketPath: string, file: string): Promise<void> {
  const partial = `${file}.partial`;
  try {
    await new Promise<void>((resolve, reject) => {
      const outgoing = request({ socketPath, path: BACKUP_PATH, method: "GET", agent: false }, (response) => {
        if (response.statusCode !== 200) {
          let message = "";
          response.setEncoding("utf8");
          response.on("data", (chunk: string) => {
            message += chunk;
          });
          response.once("end", () =>
            reject(new Error(`the server could not make the backup: ${message || response.statusCode}`)),
          );
          return;
        }
        pipeline(response, createWriteStream(partial)).then(resolve, reject);
      });
      outgoing.once("error", reject);
      outgoing.end();
    });
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}
