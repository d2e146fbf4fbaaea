import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataDirLockedError, lockDataDir } from "./data-dir-lock.ts";

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
  it("refuses a folder another live process holds, naming that process", () => {
    const folder = newFolder();
    // Our parent (the test runner) is alive and is not us.
    writeFileSync(join(folder, "ldd.lock"), `${process.ppid}\n`);
    expect(() => lockDataDir(folder)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(folder)).toThrow(`pid ${process.ppid}`);
  });

  it("takes over the lock of a process that died without releasing it (kill -9)", () => {
    const folder = newFolder();
    writeFileSync(join(folder, "ldd.lock"), `${deadPid()}\n`);
    const lock = lockDataDir(folder);
    expect(readFileSync(join(folder, "ldd.lock"), "utf8").trim()).toBe(String(process.pid));
    lock.release();
  });

  it("releases the lock so the folder can be opened again", () => {
    const folder = newFolder();
    lockDataDir(folder).release();
    lockDataDir(folder).release();
  });

  it("creates a missing data folder, parents included", () => {
    const folder = join(newFolder(), "a", "b");
    lockDataDir(folder).release();
  });
});
