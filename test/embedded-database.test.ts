import { SummarySchema } from "@ldd/shared/series";
import { WorkspaceCommitmentSchema, WorkspaceSchema } from "@ldd/shared/workspace";
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

async function summaryOf(url: string) {
  return SummarySchema.parse(await (await fetch(`${url}/api/summary`)).json());
}

async function workspaceOf(url: string, cookie: string) {
  const response = await fetch(`${url}/api/workspace/E09000012`, { headers: { Cookie: cookie } });
  return WorkspaceSchema.parse(await response.json());
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

  it("loses no acknowledged write when killed with -9 during a stream of writes, 20 times (R4)", async () => {
    const rounds = 20;
    let cookie = "";
    let acknowledged: string[] = [];
    for (let round = 0; round < rounds; round++) {
      const server = await startServer(world);
      try {
        if (!cookie) {
          const signIn = await fetch(`${server.url}/api/session`, {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ email: "editor.hackney@example.org", password: "demo-editor-hackney" }),
          });
          expect(signIn.status).toBe(200);
          cookie = signIn.headers.get("set-cookie")?.split(";")[0] ?? "";
        }
        // Everything acknowledged before the last kill is still there (sessions included).
        const workspace = await workspaceOf(server.url, cookie);
        const commitment = workspace.commitments[0];
        if (!commitment) throw new Error("Hackney should have a commitment");
        const notes = new Set(commitment.statusHistory.map((update) => update.note));
        expect(acknowledged.filter((note) => !notes.has(note))).toEqual([]);
        acknowledged = [...notes].filter((note): note is string => note?.startsWith("R4 ") ?? false);

        // Stream writes until the process is killed at a random moment.
        let version = commitment.version;
        const killAfter = 150 + Math.floor(Math.random() * 600);
        let killed = false;
        const killer = setTimeout(() => {
          killed = true;
          server.process.kill("SIGKILL");
        }, killAfter);
        for (let write = 0; ; write++) {
          const note = `R4 round ${round} write ${write}`;
          try {
            const response = await fetch(
              `${server.url}/api/workspace/E09000012/commitments/${commitment.id}/status-updates`,
              {
                method: "POST",
                headers: { "Content-Type": "application/json", Cookie: cookie },
                body: JSON.stringify({
                  status: "in_progress",
                  phase: null,
                  effectiveDate: "2026-11-01",
                  note,
                  evidenceUrls: [],
                  expectedVersion: version,
                }),
              },
            );
            if (response.status !== 201)
              throw new Error(`write refused: ${response.status} ${await response.text()}`);
            version = WorkspaceCommitmentSchema.parse(await response.json()).version;
            acknowledged.push(note);
          } catch (error) {
            // Only the kill may interrupt the stream; a write in flight then is not acknowledged.
            if (!killed) throw error;
            break;
          }
        }
        clearTimeout(killer);
        await server.exited;
      } finally {
        await server.stop("SIGKILL");
      }
    }
    console.info(`R4: ${rounds} kills during writes, ${acknowledged.length} acknowledged writes, none lost`);
    expect(acknowledged.length).toBeGreaterThan(rounds);
    // One last start: every acknowledged write survived the last kill too.
    const last = await startServer(world);
    const workspace = await workspaceOf(last.url, cookie);
    const notes = new Set(workspace.commitments[0]?.statusHistory.map((update) => update.note));
    expect(acknowledged.filter((note) => !notes.has(note))).toEqual([]);
    expect(await last.stop("SIGTERM")).toBe(0);
  }, 300_000);
});
