import { Agent, request } from "node:http";
import { describe, expect, it } from "vitest";
import { connectionOwners, isRunning, parentOf } from "./support/processes.ts";
import { type RunningServer, startServer } from "./support/server.ts";
import { cleanUpAfterEach, slowRequests } from "./support/shutdown.ts";

/*
 * Every core on PostgreSQL (docs/decisions/016-backups-and-worker-processes.md): with
 * WEB_CONCURRENCY=2 a primary process forks two workers sharing the port; both answer, a worker
 * that dies is replaced while the other goes on answering, and SIGTERM stops them all cleanly.
 * PostgreSQL only (the embedded database refuses more than one process): test/vitest.config.ts
 * runs this suite in the PostgreSQL pass alone.
 */

const { later, world, stopLater } = cleanUpAfterEach();

/** The workers' pids, from their "ready" lines, once `count` have started. */
async function workersReady(server: RunningServer, count: number, timeoutMs = 60_000): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pids = [...server.output().matchAll(/Worker \d+ \(pid (\d+)\) ready/g)].map((match) =>
      Number(match[1]),
    );
    if (pids.length >= count) return pids;
    if (Date.now() > deadline) throw new Error(`${count} workers did not start:\n${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** `count` requests, each on a connection of its own that stays open: the client's ports. */
async function requestsOnOwnConnections(
  url: string,
  count: number,
): Promise<{ statuses: number[]; ports: number[] }> {
  const agent = new Agent({ keepAlive: true, maxSockets: count });
  later(async () => agent.destroy());
  const answers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<{ status: number; port: number }>((resolve, reject) => {
          const outgoing = request(`${url}/api/summary`, { agent }, (response) => {
            response.resume();
            response.once("end", () =>
              resolve({ status: response.statusCode ?? 0, port: outgoing.socket?.localPort ?? 0 }),
            );
          });
          outgoing.once("error", reject);
          outgoing.end();
        }),
    ),
  );
  return { statuses: answers.map((a) => a.status), ports: answers.map((a) => a.port) };
}

describe("worker processes on PostgreSQL", () => {
  it("answers from two workers, replaces one that dies, and stops them all on SIGTERM", async () => {
    const created = await world();
    const server = await startServer(created, { WEB_CONCURRENCY: "2" });
    stopLater(server);
    const primary = server.process.pid ?? 0;
    const workers = await workersReady(server, 2);
    expect(new Set(workers).size).toBe(2);
    for (const pid of workers) expect(parentOf(pid)).toBe(primary);
    // The primary says so once it has seen both listen, which may come just after their own lines.
    const said = Date.now() + 10_000;
    while (!/2 worker processes ready/.test(server.output()) && Date.now() < said) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(server.output()).toMatch(/2 worker processes ready/);

    // Each connection is answered by one worker; new connections go to each in turn.
    const port = Number(new URL(server.url).port);
    const first = await requestsOnOwnConnections(server.url, 8);
    expect(first.statuses.every((status) => status === 200)).toBe(true);
    const owners = connectionOwners(port, first.ports, workers);
    expect(owners.size).toBe(8);
    expect(new Set(owners.values())).toEqual(new Set(workers));

    // A worker dies: the other goes on answering, and a new one takes its place.
    const [killed = 0, survivor = 0] = workers;
    process.kill(killed, "SIGKILL");
    const deadline = Date.now() + 10_000;
    while (!server.output().includes(`(pid ${killed}) exited unexpectedly`)) {
      if (Date.now() > deadline) throw new Error(`The primary did not notice:\n${server.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const meanwhile = await requestsOnOwnConnections(server.url, 4);
    expect(meanwhile.statuses.every((status) => status === 200)).toBe(true);
    const [replacement = 0] = (await workersReady(server, 3)).filter((pid) => !workers.includes(pid));
    expect(isRunning(killed)).toBe(false);
    expect(parentOf(replacement)).toBe(primary);
    const after = await requestsOnOwnConnections(server.url, 8);
    expect(after.statuses.every((status) => status === 200)).toBe(true);
    expect(new Set(connectionOwners(port, after.ports, [survivor, replacement]).values())).toEqual(
      new Set([survivor, replacement]),
    );

    // SIGTERM to the primary stops every worker cleanly, each answering its requests in flight,
    // then the primary, with 0.
    const answers = await slowRequests(server.url, later);
    await new Promise((resolve) => setTimeout(resolve, 150));
    server.process.kill("SIGTERM");
    const statuses = await Promise.all(answers);
    expect(statuses.filter((status) => typeof status !== "number" || status >= 500)).toEqual([]);
    expect(await server.exited).toBe(0);
    expect(isRunning(survivor)).toBe(false);
    expect(isRunning(replacement)).toBe(false);
    // One line from each worker (a JSON line names the reason twice: as a field and in its message).
    const stopLines = server
      .output()
      .split("\n")
      .filter((line) => line.includes("Asked to stop by the primary process"));
    expect(stopLines).toHaveLength(2);
  });
});
