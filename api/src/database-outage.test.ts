import { ErrorBodySchema } from "@ldd/shared/errors";
import { MetaSchema, SummarySchema } from "@ldd/shared/series";
import { WorkspaceSchema } from "@ldd/shared/workspace";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app.ts";
import { runWrite } from "./db/client.ts";
import { recordStatusUpdate } from "./routes/commitments/commitments.repository.ts";
import { jsonRequest, signIn } from "./testing/sign-in.ts";
import { startTcpProxy, type TcpProxy } from "./testing/tcp-proxy.ts";
import {
  createSeededApp,
  TEST_TODAY,
  testDatabaseKind,
  testDatabaseServer,
} from "./testing/test-database.ts";

// On PostgreSQL the app reaches its database through a proxy that the test cuts (the server has
// gone away: connections dropped, new ones refused) and restores. An embedded database can only
// go away by being closed, and then it does not come back.
let proxy: TcpProxy | undefined;
let seeded: Awaited<ReturnType<typeof createSeededApp>>;
beforeAll(async () => {
  const server = testDatabaseServer();
  const started = server ? await startTcpProxy(server) : undefined;
  proxy = started;
  seeded = await createSeededApp({ route: started ? (url) => started.urlFor(url) : undefined });
});
afterAll(async () => {
  await proxy?.restore().catch(() => undefined);
  await seeded.database.close();
  await proxy?.close();
});

const GSS = "E09000012";
const request = (path: string, init?: RequestInit) => seeded.app.request(path, init);
const staleHeader = async (path: string) => (await request(path)).headers.get("x-data-stale");
const metaStale = async () => MetaSchema.parse(await (await request("/api/meta")).json()).stale;
const doneCount = async () =>
  SummarySchema.parse(await (await request("/api/summary")).json()).current.commitmentsByStatus.done;

async function expectUnavailable(response: Response) {
  expect(response.status).toBe(503);
  expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
  expect(ErrorBodySchema.parse(await response.json()).error).toMatchObject({
    status: 503,
    code: "unavailable",
  });
}

describe("a database outage", () => {
  it(`goes on serving public reads, answers the rest with 503, and recovers by itself (${testDatabaseKind})`, async () => {
    // Before: a read already answered (the fast path), a signed-in editor and a record to change.
    const summaryBefore = await request("/api/summary");
    expect(summaryBefore.status).toBe(200);
    const editor = await signIn(seeded.app, "editor.hackney@example.org", "demo-editor-hackney");
    const workspace = WorkspaceSchema.parse(
      await (await request(`/api/workspace/${GSS}`, { headers: { Cookie: editor } })).json(),
    );
    const commitment = workspace.commitments[0];
    if (!commitment) throw new Error("Hackney should have a commitment");
    expect(await staleHeader("/api/summary")).toBeNull();
    expect(await metaStale()).toBe(false);

    if (proxy) await proxy.refuse();
    else await seeded.database.handle.close();

    if (proxy) {
      // Writes from other processes can no longer be heard: the data may be stale, and says so.
      await expect.poll(() => staleHeader("/api/summary"), { timeout: 10_000, interval: 100 }).toBe("true");
      expect(await metaStale()).toBe(true);
    }
    // Public reads go on from the last good snapshot: one already answered and one never asked for.
    for (let i = 0; i < 3; i++) {
      const summary = await request("/api/summary");
      expect(summary.status).toBe(200);
      expect(summary.headers.get("etag")).toBe(summaryBefore.headers.get("etag"));
    }
    const profile = await request(`/api/authorities/${GSS}`);
    expect(profile.status).toBe(200);
    if (proxy) expect(profile.headers.get("x-data-stale")).toBe("true");

    // Sign-in and writes: 503 with the standard error body and Retry-After, not 500.
    const credentials = { email: "editor.camden@example.org", password: "demo-editor-camden" };
    await expectUnavailable(await request("/api/session", jsonRequest("POST", credentials)));
    const save = {
      status: "in_progress",
      phase: null,
      effectiveDate: TEST_TODAY,
      note: "During the outage",
      evidenceUrl: "",
      expectedVersion: commitment.version,
    };
    await expectUnavailable(
      await request(
        `/api/workspace/${GSS}/commitments/${commitment.id}/status-updates`,
        jsonRequest("POST", save, editor),
      ),
    );
    await expectUnavailable(await request(`/api/workspace/${GSS}`, { headers: { Cookie: editor } }));
    const health = await request("/healthz");
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: "unavailable" });

    // An embedded database does not come back once closed; a server does.
    if (!proxy) return;
    await proxy.restore();
    await expect.poll(async () => (await request("/healthz")).status, { timeout: 15_000 }).toBe(200);
    await expect.poll(() => staleHeader("/api/summary"), { timeout: 15_000, interval: 100 }).toBeNull();
    expect(await metaStale()).toBe(false);
    const saved = await request(
      `/api/workspace/${GSS}/commitments/${commitment.id}/status-updates`,
      jsonRequest("POST", save, editor),
    );
    expect(saved.status).toBe(201);

    // Invalidation across processes works again: another process publishes, this one shows it.
    const other = await seeded.database.openAnother();
    const otherApp = createApp({ database: other, today: () => TEST_TODAY });
    const notDone = (
      (await (await otherApp.request("/api/commitments?status=in_progress")).json()) as {
        commitments: { id: string }[];
      }
    ).commitments[0];
    if (!notDone) throw new Error("the demo data should have a commitment in progress");
    const before = await doneCount();
    await runWrite(other, { changesPublicData: true }, (tx) =>
      recordStatusUpdate(tx, {
        commitmentId: notDone.id,
        status: "done",
        phase: null,
        effectiveDate: TEST_TODAY,
        note: null,
        evidenceUrls: [],
      }),
    );
    await expect.poll(doneCount, { timeout: 5_000, interval: 50 }).toBe(before + 1);
  });
});
