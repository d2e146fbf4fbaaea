import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataDirLockedError, dataDirOwner, lockDataDir } from "./data-dir-lock.ts";

const folders: string[] = [];
function newFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), "ldd-lock-"));
  folders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** The pid of a process that has certainly exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
  return Number(child.stdout.toString());
}

describe("lockDataDir", () => {
  it("refuses a folder another live process holds, naming that process, at once", async () => {
    const folder = newFolder();
    // Our parent (the test runner) is alive and is not us.
    writeFileSync(join(folder, "ldd.lock"), `${process.ppid}\n`);
    await expect(lockDataDir(folder)).rejects.toThrow(DataDirLockedError);
    await expect(lockDataDir(folder)).rejects.toThrow(`pid ${process.ppid}`);
  });

  it("waits for a live owner that is stopping cleanly, then takes the folder", async () => {
    const folder = newFolder();
    writeFileSync(join(folder, "ldd.lock"), `${process.ppid} stopping\n`);
    let locked = false;
    const taking = lockDataDir(folder).then((lock) => {
      locked = true;
      return lock;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(locked).toBe(false);
    // The owner finishes stopping and releases the folder.
    rmSync(join(folder, "ldd.lock"));
    const lock = await taking;
    expect(readFileSync(join(folder, "ldd.lock"), "utf8").trim()).toBe(String(process.pid));
    lock.release();
  });

  it("gives up on an owner that takes too long to stop", async () => {
    const folder = newFolder();
    writeFileSync(join(folder, "ldd.lock"), `${process.ppid} stopping\n`);
    await expect(lockDataDir(folder, { waitForStoppingOwnerMs: 300 })).rejects.toThrow(DataDirLockedError);
  });

  it("marks the lock as stopping for whoever wants the folder next", async () => {
    const folder = newFolder();
    const lock = await lockDataDir(folder);
    lock.markStopping();
    expect(readFileSync(join(folder, "ldd.lock"), "utf8").trim()).toBe(`${process.pid} stopping`);
    lock.release();
    expect(existsSync(join(folder, "ldd.lock"))).toBe(false);
  });

  it("takes over the lock of a process that died without releasing it (kill -9)", async () => {
    const folder = newFolder();
    writeFileSync(join(folder, "ldd.lock"), `${deadPid()}\n`);
    const lock = await lockDataDir(folder);
    expect(readFileSync(join(folder, "ldd.lock"), "utf8").trim()).toBe(String(process.pid));
    lock.release();
  });

  it("clears away the backup channel a process killed with -9 left behind, and nothing else", async () => {
    const folder = newFolder();
    const abandoned = mkdtempSync(join(tmpdir(), "ldd-backup-"));
    writeFileSync(join(abandoned, "backup.sock"), "");
    writeFileSync(join(folder, "ldd.lock"), `${deadPid()}\nbackups ${join(abandoned, "backup.sock")}\n`);
    const lock = await lockDataDir(folder);
    expect(existsSync(abandoned)).toBe(false);
    lock.release();
    // A lock file naming anything else (here a folder of this test's) leaves it alone.
    const other = newFolder();
    writeFileSync(join(other, "backup.sock"), "");
    writeFileSync(join(folder, "ldd.lock"), `${deadPid()}\nbackups ${join(other, "backup.sock")}\n`);
    (await lockDataDir(folder)).release();
    expect(existsSync(join(other, "backup.sock"))).toBe(true);
  });

  it("releases the lock so the folder can be opened again", async () => {
    const folder = newFolder();
    const lockFile = join(folder, "ldd.lock");
    const first = await lockDataDir(folder);
    expect(readFileSync(lockFile, "utf8").trim()).toBe(String(process.pid));
    first.release();
    expect(existsSync(lockFile)).toBe(false);
    const second = await lockDataDir(folder);
    expect(readFileSync(lockFile, "utf8").trim()).toBe(String(process.pid));
    second.release();
    expect(existsSync(lockFile)).toBe(false);
    // A release after the folder has passed to another process leaves that process's lock alone.
    const third = await lockDataDir(folder);
    writeFileSync(lockFile, `${process.ppid}\n`);
    third.release();
    expect(readFileSync(lockFile, "utf8").trim()).toBe(String(process.ppid));
  });

  it("names where the owner hands out backups until it begins stopping", async () => {
    const folder = newFolder();
    const lock = await lockDataDir(folder);
    expect(dataDirOwner(folder)).toEqual({ pid: process.pid, stopping: false });
    lock.offerBackups("/run/ldd-backup/backup.sock");
    expect(dataDirOwner(folder)).toEqual({
      pid: process.pid,
      stopping: false,
      backupSocket: "/run/ldd-backup/backup.sock",
    });
    lock.markStopping();
    expect(dataDirOwner(folder)).toEqual({ pid: process.pid, stopping: true });
    // A stopping owner does not offer backups again.
    lock.offerBackups("/run/ldd-backup/backup.sock");
    expect(dataDirOwner(folder)?.backupSocket).toBeUndefined();
    lock.release();
    expect(dataDirOwner(folder)).toBeNull();
    // Nor is a dead process anyone's owner.
    writeFileSync(join(folder, "ldd.lock"), `${deadPid()}\nbackups /run/ldd-backup/backup.sock\n`);
    expect(dataDirOwner(folder)).toBeNull();
  });

  it("takes the lock back from a lock file a restored backup brought with it", async () => {
    const folder = newFolder();
    const lock = await lockDataDir(folder);
    // What loading a backup made by the server (pid: our parent) writes into the folder.
    writeFileSync(join(folder, "ldd.lock"), `${process.ppid}\nbackups /run/ldd-backup/backup.sock\n`);
    lock.reclaim();
    expect(readFileSync(join(folder, "ldd.lock"), "utf8")).toBe(`${process.pid}\n`);
    lock.release();
    expect(existsSync(join(folder, "ldd.lock"))).toBe(false);
  });

  it("creates a missing data folder, parents included", async () => {
    const folder = join(newFolder(), "a", "b");
    expect(existsSync(folder)).toBe(false);
    const lock = await lockDataDir(folder);
    expect(statSync(folder).isDirectory()).toBe(true);
    expect(readFileSync(join(folder, "ldd.lock"), "utf8").trim()).toBe(String(process.pid));
    lock.release();
  });
});
