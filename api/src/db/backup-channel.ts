import { createWriteStream, mkdtempSync, renameSync, rmSync } from "node:fs";
import { createServer, request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";

/*
 * How `pnpm backup` asks the process holding an embedded data folder for a consistent copy
 * (docs/decisions/016-backups-and-worker-processes.md): HTTP on a Unix socket, never on the network.
 *
 * The socket is not in the data folder (PGlite's copy of the folder stops at anything that is not
 * a file or a folder) but in a folder of its own, made private to this user by mkdtemp (mode
 * 0700), so no other user can connect. The data folder's lock file names it.
 */

const BACKUP_PATH = "/backup";

export interface BackupChannel {
  readonly socketPath: string;
  close(): Promise<void>;
}

/** Answers `GET /backup` with `copy()`'s bytes, one request at a time. */
export async function openBackupChannel(copy: () => Promise<Blob>): Promise<BackupChannel> {
  const folder = mkdtempSync(join(tmpdir(), "ldd-backup-"));
  const socketPath = join(folder, "backup.sock");
  let last: Promise<unknown> = Promise.resolve();
  const server = createServer((incoming, response) => {
    incoming.resume();
    if (incoming.method !== "GET" || incoming.url !== BACKUP_PATH) {
      response
        .writeHead(404, { "Content-Type": "text/plain" })
        .end(`Only GET ${BACKUP_PATH} is answered here`);
      return;
    }
    const answer = last.then(async () => {
      try {
        const bytes = Buffer.from(await (await copy()).arrayBuffer());
        response.writeHead(200, { "Content-Type": "application/gzip", "Content-Length": bytes.length });
        response.end(bytes);
      } catch (error) {
        response.writeHead(500, { "Content-Type": "text/plain" }).end((error as Error).message);
      }
    });
    last = answer;
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
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Asks the process answering on `socketPath` for a backup and writes it to `file`, whole or not at all. */
export async function requestBackup(socketPath: string, file: string): Promise<void> {
  const partial = `${file}.partial`;
  try {
    await new Promise<void>((resolve, reject) => {
      const outgoing = request({ socketPath, path: BACKUP_PATH, method: "GET" }, (response) => {
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
