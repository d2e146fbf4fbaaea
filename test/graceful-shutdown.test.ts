import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { startServer } from "./support/server.ts";
import { cleanUpAfterEach, lockFile, slowRequests } from "./support/shutdown.ts";

/*
 * Stopping cleanly (docs/decisions/004): on SIGTERM or SIGINT the server stops accepting
 * connections, lets the requests in flight finish, then closes the database and releases the
 * data folder, and exits 0. On either database; what only the embedded database's data folder
 * does (a restart waits for it, pnpm stopping stops the server) is in
 * graceful-shutdown-embedded.test.ts.
 */

const { later, world, stopLater } = cleanUpAfterEach();

describe("stopping the server", () => {
  it("answers every request in flight at SIGTERM, then exits 0 and releases the data folder", async () => {
    const created = await world();
    const server = await startServer(created);
    stopLater(server);
    const answers = await slowRequests(server.url, later);
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
});
