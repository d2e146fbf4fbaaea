import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  freePort,
  freshDatabase,
  REPOSITORY_ROOT,
  type RunningServer,
  type ServerWorld,
  spawnServer,
  startServer,
  waitUntilHealthy,
} from "./support/server.ts";

/*
 * Stopping cleanly (docs/decisions/004): on SIGTERM or SIGINT the server stops accepting
 * connections, lets the requests in flight finish, then closes the database and releases the
 * data folder, and exits 0. A restart meanwhile waits for the folder instead of being refused,
 * and a server started through pnpm, which does not pass SIGTERM on, stops when pnpm does.
 */

const cleanUps: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanUp of cleanUps.splice(0).reverse()) await cleanUp();
});
async function world(options: { embeddedOnly?: boolean } = {}): Promise<ServerWorld> {
  const created = await freshDatabase(options);
  cleanUps.push(() => created.cleanUp());
  return created;
}
function stopLater(server: RunningServer) {
  cleanUps.push(async () => void (await server.stop("SIGKILL")));
}
const lockFile = (dataDir: string) => join(dataDir, "ldd.lock");

/** A sign-in (it hashes a password and writes twice, so it takes a while) on `agent`. */
function signIn(url: string, agent: Agent, index: number): Promise<number | string> {
  const body = JSON.stringify(
    index % 2 === 0
      ? { email: "editor.hackney@example.org", password: "demo-editor-hackney" }
      : { email: `nobody-${index}@example.org`, password: "not anybody's password" },
  );
  return new Promise((resolve) => {
    const outgoing = request(
      `${url}/api/session`,
      { method: "POST", agent, headers: { "Content-Type": "application/json" } },
      (response) => {
        response.resume();
        response.once("end", () => resolve(response.statusCode ?? 0));
      },
    );
    outgoing.once("error", (error) => resolve(`${error.message}`));
    outgoing.end(body);
  });
}

/**
 * About 20 requests that each take a while, sent on 20 keep-alive connections the server has
 * already accepted (as from a load balancer that keeps them open). Connections still waiting to
 * be accepted when a server stops listening are reset by the operating system, whatever the
 * server does, so they would not test the server.
 */
async function slowRequests(url: string, count = 20): Promise<Promise<number | string>[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: count });
  cleanUps.push(async () => agent.destroy());
  // Sent together, so each opens a connection of its own.
  await Promise.all(Array.from({ length: count }, (_, index) => signIn(url, agent, count + index)));
  return Array.from({ length: count }, (_, index) => signIn(url, agent, index));
}

describe("stopping the server", () => {
  it("answers every request in flight at SIGTERM, then exits 0 and releases the data folder", async () => {
    const created = await world();
    const server = await startServer(created);
    stopLater(server);
    const answers = await slowRequests(server.url);
    // Let them arrive; most are still being worked on when the signal comes.
    await new Promise((resolve) => setTimeout(resolve, 150));
    server.process.kill("SIGTERM");
    const statuses = await Promise.all(answers);
    expect(statuses.filter((status) => typeof status !== "number" || status >= 500)).toEqual([]);
    expect(await server.exited).toBe(0);
    if (!created.env.DATABASE_URL) expect(existsSync(lockFile(created.dataDir))).toBe(false);
    // Nothing is listening any more.
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });

  it("lets a restart wait for the data folder while the old process stops cleanly", async () => {
    const created = await world({ embeddedOnly: true });
    const first = await startServer(created);
    stopLater(first);
    const answers = await slowRequests(first.url);
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
    cleanUps.push(async () => {
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
