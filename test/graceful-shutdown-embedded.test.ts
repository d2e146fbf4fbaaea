import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { freePort, REPOSITORY_ROOT, spawnServer, startServer, waitUntilHealthy } from "./support/server.ts";
import { cleanUpAfterEach, lockFile, slowRequests } from "./support/shutdown.ts";

/*
 * Stopping cleanly with the embedded database (docs/decisions/004): a restart meanwhile waits for
 * the data folder instead of being refused, and a server started through pnpm, which does not
 * pass SIGTERM on, stops and releases the folder when pnpm does. Only the embedded database has
 * a data folder, so this suite never uses TEST_DATABASE_URL (and CI's PostgreSQL pass leaves it
 * out: test/vitest.config.ts).
 */

const { later, world, stopLater } = cleanUpAfterEach();

describe("stopping the server on the embedded database", () => {
  it("lets a restart wait for the data folder while the old process stops cleanly", async () => {
    const created = await world({ embeddedOnly: true });
    const first = await startServer(created);
    stopLater(first);
    const answers = await slowRequests(first.url, later);
    await new Promise((resolve) => setTimeout(resolve, 150));
    first.process.kill("SIGTERM");
    // At once, as a supervisor restarting the service would.
    const second = spawnServer({ PORT: String(await freePort()), ...created.env });
    stopLater(second);
    expect((await Promise.all(answers)).filter((s) => typeof s !== "number" || s >= 500)).toEqual([]);
    expect(await first.exited).toBe(0);
    await waitUntilHealthy(second);
    expect(second.output()).not.toContain("is in use by another process");
    expect(await second.stop("SIGTERM")).toBe(0);
  });

  it("stops by itself, releasing the data folder, when pnpm, which started it, is stopped", async () => {
    const created = await world({ embeddedOnly: true });
    const port = await freePort();
    const pnpm = spawn("pnpm", ["serve"], {
      cwd: REPOSITORY_ROOT,
      env: { ...process.env, HOST: "127.0.0.1", PORT: String(port), ...created.env },
      stdio: "ignore",
    });
    const pnpmExited = new Promise((resolve) => pnpm.once("exit", resolve));
    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 60_000;
    while (
      !(await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      ))
    ) {
      if (Date.now() > deadline) throw new Error("pnpm serve did not start in 60 s");
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const serverPid = Number.parseInt(readFileSync(lockFile(created.dataDir), "utf8"), 10);
    later(async () => {
      try {
        process.kill(serverPid, "SIGKILL");
      } catch {
        // already gone, as it should be
      }
    });

    pnpm.kill("SIGTERM");
    await pnpmExited;
    await expect
      .poll(() => existsSync(lockFile(created.dataDir)), { timeout: 20_000, interval: 200 })
      .toBe(false);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });
});
