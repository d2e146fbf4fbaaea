import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  freePort,
  freshDatabase,
  type ServerWorld,
  spawnServer,
  startServer,
  waitUntilHealthy,
} from "./support/server.ts";

let world: ServerWorld;
beforeAll(async () => {
  world = await freshDatabase({ embeddedOnly: true });
});
afterAll(() => world.cleanUp());

async function summaryOf(url: string): Promise<unknown> {
  return (await fetch(`${url}/api/summary`)).json();
}

describe("the embedded database's data folder", () => {
  it("is refused at once to a second process while the first runs (R4)", async () => {
    const first = await startServer(world);
    try {
      const started = Date.now();
      const second = spawnServer({ PORT: String(await freePort()), ...world.env });
      const code = await second.exited;
      expect(code).not.toBe(0);
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(second.output()).toContain("is in use by another process");
      // The first is unharmed.
      expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
    } finally {
      expect(await first.stop("SIGTERM")).toBe(0);
    }
  });

  it("reopens with its data after a clean stop and after kill -9", async () => {
    const first = await startServer(world);
    const before = await summaryOf(first.url);
    await first.stop("SIGTERM");
    for (let round = 0; round < 3; round++) {
      const next = await startServer(world);
      expect(await summaryOf(next.url)).toEqual(before);
      await next.stop("SIGKILL");
    }
    const last = spawnServer({ PORT: String(await freePort()), ...world.env });
    await waitUntilHealthy(last);
    expect(await summaryOf(last.url)).toEqual(before);
    expect(await last.stop("SIGINT")).toBe(0);
  });
});
