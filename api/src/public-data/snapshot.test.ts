import { AuthorityListSchema, AuthorityProfileSchema } from "@ldd/shared/authorities";
import { CommitmentListSchema } from "@ldd/shared/commitments";
import { SummarySchema, TimeSeriesSchema } from "@ldd/shared/series";
import { WorkspaceCommitmentSchema, WorkspaceSchema } from "@ldd/shared/workspace";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportStatus } from "../testing/reporting.ts";
import { submittedChangeIds } from "../testing/review.ts";
import { jsonRequest, signIn } from "../testing/sign-in.ts";
import { createSeededApp, TEST_TODAY, testDatabaseKind } from "../testing/test-database.ts";
import { createPublicData, type PublicData } from "./public-data.ts";
import { PublicSnapshot } from "./snapshot.ts";

let seeded: Awaited<ReturnType<typeof createSeededApp>>;
beforeAll(async () => {
  seeded = await createSeededApp();
});
afterAll(() => seeded.database.close());

type App = Awaited<ReturnType<typeof createSeededApp>>["app"];

async function doneCount(app: App): Promise<number> {
  const response = await app.request("/api/summary");
  return SummarySchema.parse(await response.json()).current.commitmentsByStatus.done;
}

/** How many queries the database saw while `during` ran. */
async function countQueries(during: () => Promise<void>): Promise<number> {
  const db = seeded.database.handle.db;
  const select = db.select;
  let queries = 0;
  db.select = ((...args: Parameters<typeof select>) => {
    queries += 1;
    return select.apply(db, args);
  }) as typeof select;
  try {
    await during();
  } finally {
    db.select = select;
  }
  return queries;
}

/** A published commitment in progress: a status can be reported on it. */
async function commitmentNotDone(): Promise<{ gss: string; commitmentId: string }> {
  const response = await seeded.app.request("/api/commitments?status=in_progress");
  const body = CommitmentListSchema.parse(await response.json());
  const commitment = body.commitments[0];
  if (!commitment) throw new Error("the demo data should have a commitment in progress");
  return { gss: commitment.authorityGss, commitmentId: commitment.id };
}

describe("the public snapshot", () => {
  it("serves repeated reads without touching the database", async () => {
    await seeded.app.request("/api/summary");
    const queries = await countQueries(async () => {
      for (let i = 0; i < 5; i++) expect((await seeded.app.request("/api/summary")).status).toBe(200);
    });
    expect(queries).toBe(0);
  });

  it("is not rebuilt by sign-ins or draft saves, and is by a publish", async () => {
    const etag = async () => (await seeded.app.request("/api/summary")).headers.get("etag");
    const before = await etag();
    const editor = await signIn(seeded.app, "editor.hackney@example.org", "demo-editor-hackney");
    const wrong = { email: "editor.hackney@example.org", password: "not the right password" };
    expect((await seeded.app.request("/api/session", jsonRequest("POST", wrong))).status).toBe(401);
    const workspace = WorkspaceSchema.parse(
      await (
        await seeded.app.request("/api/workspace/E09000012", jsonRequest("GET", undefined, editor))
      ).json(),
    );
    const commitment = workspace.commitments.find((c) => c.everPublished);
    if (!commitment) throw new Error("Hackney should have a published commitment");
    const draft = await seeded.app.request(
      `/api/workspace/E09000012/commitments/${commitment.id}/status-updates`,
      jsonRequest(
        "POST",
        {
          status: "done",
          phase: "live",
          effectiveDate: TEST_TODAY,
          note: "A draft until it is published",
          evidenceUrls: ["https://example.org/evidence"],
          expectedVersion: commitment.version,
        },
        editor,
      ),
    );
    expect(draft.status).toBe(201);
    WorkspaceCommitmentSchema.parse(await draft.json());
    // Another process hears of a write a moment after it commits: give it that moment.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const queries = await countQueries(async () => {
      expect(await etag()).toBe(before);
      await new Promise((resolve) => setTimeout(resolve, 100));
    });
    expect(queries).toBe(0);

    const submitted = await seeded.app.request(
      "/api/workspace/E09000012/submit",
      jsonRequest("POST", {}, editor),
    );
    expect(submitted.status).toBe(200);
    expect(await etag()).toBe(before);
    const reviewer = await signIn(seeded.app, "reviewer@example.org", "demo-reviewer-loti");
    const changeIds = await submittedChangeIds(seeded.app, reviewer, "E09000012");
    const published = await seeded.app.request(
      "/api/review/E09000012/publish",
      jsonRequest("POST", { changeIds }, reviewer),
    );
    expect(published.status).toBe(200);
    expect(await etag()).not.toBe(before);
  });

  it("shows a committed write in the very next read", async () => {
    const before = await doneCount(seeded.app);
    const etagBefore = (await seeded.app.request("/api/summary")).headers.get("etag");
    const commitment = await commitmentNotDone();
    await reportStatus(
      seeded,
      {
        ...commitment,
        status: "done",
        phase: "live",
        effectiveDate: TEST_TODAY,
        note: "Launched",
        evidenceUrls: ["https://example.org/launch"],
      },
      { publish: true },
    );
    expect(await doneCount(seeded.app)).toBe(before + 1);
    const after = await seeded.app.request("/api/summary", {
      headers: { "If-None-Match": etagBefore ?? "" },
    });
    expect(after.status).toBe(200);
  });

  it(`invalidates every process's snapshot when one of them writes (${testDatabaseKind})`, async () => {
    // On PostgreSQL the second app has its own connection pool and LISTEN connection, as a
    // second process would; on the single-process PGlite it shares the handle.
    const otherHandle = await seeded.database.openAnother();
    const other = seeded.appOn(otherHandle);
    const before = await doneCount(other);
    const commitment = await commitmentNotDone();
    await reportStatus(
      seeded,
      { ...commitment, status: "done", effectiveDate: TEST_TODAY },
      { publish: true },
    );
    // NOTIFY reaches the other process asynchronously: allow it a moment.
    await expect.poll(() => doneCount(other), { timeout: 5000, interval: 50 }).toBe(before + 1);
  });

  it("never serves a draft to the public", async () => {
    const commitment = await commitmentNotDone();
    const before = await doneCount(seeded.app);
    await reportStatus(
      seeded,
      { ...commitment, status: "done", effectiveDate: TEST_TODAY },
      { publish: false },
    );
    expect(await doneCount(seeded.app)).toBe(before);
  });

  it("moves an earlier point on the chart when a late report arrives", async () => {
    const droppedIn = async (month: string) =>
      TimeSeriesSchema.parse(
        await (await seeded.app.request("/api/series/commitments-by-status")).json(),
      ).points.find((p) => p.month === month)?.values.dropped ?? 0;
    // A commitment that existed in March 2019, had no update that month and was not dropped then.
    const { authorities } = AuthorityListSchema.parse(
      await (await seeded.app.request("/api/authorities")).json(),
    );
    let target: { gss: string; commitmentId: string } | undefined;
    for (const { gss } of authorities) {
      const profile = AuthorityProfileSchema.parse(
        await (await seeded.app.request(`/api/authorities/${gss}`)).json(),
      );
      const candidate = profile.commitments.find((c) => {
        const history = c.statusHistory.filter((u) => u.effectiveDate <= "2019-03-31");
        return (
          c.committedOn < "2019-03-01" &&
          !history.some((u) => u.effectiveDate >= "2019-03-01") &&
          history.at(-1)?.status !== "dropped"
        );
      });
      if (candidate) {
        target = { gss, commitmentId: candidate.id };
        break;
      }
    }
    if (!target) throw new Error("the demo data should have a commitment made before March 2019");
    const before = await droppedIn("2019-03");
    await reportStatus(
      seeded,
      { ...target, status: "dropped", effectiveDate: "2019-03-01", note: "Recorded years later" },
      { publish: true },
    );
    expect(await droppedIn("2019-03")).toBe(before + 1);
  });
});

/** Public data told apart from other data by its demo-data flag; nothing else is needed here. */
const modelWith = (demoData: boolean): PublicData =>
  createPublicData(
    {
      organisations: [],
      membershipEvents: [],
      signatureVersions: [],
      commitmentVersions: [],
      statusUpdates: [],
      targetDateChanges: [],
      partnershipVersions: [],
      partnershipAnswers: [],
      demoData,
    },
    TEST_TODAY,
  );

/** A loader whose builds finish only when the test says so. */
function controlledLoader() {
  const pending: { resolve: (model: PublicData) => void; reject: (error: Error) => void }[] = [];
  return {
    load: () => new Promise<PublicData>((resolve, reject) => void pending.push({ resolve, reject })),
    get started() {
      return pending.length;
    },
    finish(index: number, outcome: PublicData | Error) {
      const build = pending[index];
      if (!build) throw new Error(`build ${index} has not started`);
      if (outcome instanceof Error) build.reject(outcome);
      else build.resolve(outcome);
    },
  };
}

const demoFlag = (snapshot: PublicSnapshot) =>
  snapshot.respond("demo", (data) => ({ body: String(data.current.demoData), contentType: "text/plain" }));
const text = (entry: { body: Uint8Array }) => Buffer.from(entry.body).toString("utf8");
/** Settles within `ms` or says it did not: a read must never wait for a rebuild. */
const within = <T>(promise: Promise<T>, ms = 1000) =>
  Promise.race([
    promise,
    new Promise<"still waiting">((resolve) => setTimeout(resolve, ms, "still waiting")),
  ]);

describe("rendering a response of the public snapshot", () => {
  it("renders once for readers who ask at the same time, even when rendering takes a while", async () => {
    const snapshot = new PublicSnapshot(
      async () => modelWith(true),
      () => TEST_TODAY,
    );
    let renders = 0;
    const slowPage = () =>
      snapshot.respond("page", async (data) => {
        renders += 1;
        await new Promise((resolve) => setTimeout(resolve, 20));
        return { body: `<p>${String(data.current.demoData)}</p>`, contentType: "text/html" };
      });
    const entries = await Promise.all([slowPage(), slowPage(), slowPage()]);
    expect(renders).toBe(1);
    expect(new Set(entries).size).toBe(1);
    expect(text(await slowPage())).toBe("<p>true</p>");
    expect(renders).toBe(1);
  });

  it("keeps nothing of a rendering that failed: the next reader renders again", async () => {
    const snapshot = new PublicSnapshot(
      async () => modelWith(true),
      () => TEST_TODAY,
    );
    let renders = 0;
    const failing = () =>
      snapshot.respond("page", () => {
        renders += 1;
        throw new Error("could not render");
      });
    await expect(failing()).rejects.toThrow("could not render");
    await expect(failing()).rejects.toThrow("could not render");
    expect(renders).toBe(2);
  });
});

describe("rebuilding the public snapshot", () => {
  it("makes readers wait for the very first build only", async () => {
    const loader = controlledLoader();
    const snapshot = new PublicSnapshot(loader.load, () => TEST_TODAY);
    const first = demoFlag(snapshot);
    expect(await within(first, 50)).toBe("still waiting");
    loader.finish(0, modelWith(false));
    expect(text(await first)).toBe("false");
  });

  it("answers readers from the current snapshot while a slow rebuild runs, then swaps the new one in", async () => {
    const loader = controlledLoader();
    const snapshot = new PublicSnapshot(loader.load, () => TEST_TODAY);
    const first = demoFlag(snapshot);
    loader.finish(0, modelWith(false));
    const old = await first;
    snapshot.rememberRequestUrl("/demo", old);

    const rebuilt = snapshot.invalidate();
    expect(loader.started).toBe(2);
    // The rebuild is still loading: readers get the old snapshot at once, on both paths.
    const during = await within(demoFlag(snapshot));
    expect(during).not.toBe("still waiting");
    expect(text(during as typeof old)).toBe("false");
    expect(snapshot.lookupRequestUrl("/demo")).toBe(old);

    loader.finish(1, modelWith(true));
    await rebuilt;
    expect(text(await demoFlag(snapshot))).toBe("true");
    expect(snapshot.lookupRequestUrl("/demo")).toBeUndefined();
  });

  it("runs exactly one more build for all the invalidations that arrive during a build", async () => {
    const loader = controlledLoader();
    const snapshot = new PublicSnapshot(loader.load, () => TEST_TODAY);
    const first = demoFlag(snapshot);
    loader.finish(0, modelWith(false));
    await first;

    const duringFirstRebuild = snapshot.invalidate();
    const later = [snapshot.invalidate(), snapshot.invalidate(), snapshot.invalidate()];
    expect(loader.started).toBe(2);
    loader.finish(1, modelWith(false));
    await duringFirstRebuild;
    // The three later invalidations may have missed data the first rebuild had already loaded:
    // they wait for the one build that follows it, and only one follows.
    expect(await within(Promise.all(later), 50)).toBe("still waiting");
    expect(loader.started).toBe(3);
    loader.finish(2, modelWith(true));
    await Promise.all(later);
    expect(loader.started).toBe(3);
    expect(text(await demoFlag(snapshot))).toBe("true");
  });

  it("keeps the last good snapshot when a rebuild fails, says it may be stale, and tries again", async () => {
    const loader = controlledLoader();
    const snapshot = new PublicSnapshot(loader.load, () => TEST_TODAY);
    const first = demoFlag(snapshot);
    loader.finish(0, modelWith(false));
    expect((await first).stale).toBe(false);

    const rebuilt = snapshot.invalidate();
    loader.finish(1, new Error("the database has gone away"));
    await rebuilt;
    const during = await demoFlag(snapshot);
    expect(text(during)).toBe("false");
    expect(during.stale).toBe(true);

    // Nobody asks: it tries again by itself.
    await expect.poll(() => loader.started, { timeout: 5_000 }).toBe(3);
    loader.finish(2, modelWith(true));
    await expect.poll(async () => (await demoFlag(snapshot)).stale).toBe(false);
    expect(text(await demoFlag(snapshot))).toBe("true");
  });

  it("says at once that it may be stale when changes made elsewhere may not reach it", async () => {
    const loader = controlledLoader();
    let feedDown = false;
    const snapshot = new PublicSnapshot(
      loader.load,
      () => TEST_TODAY,
      () => feedDown,
    );
    const first = demoFlag(snapshot);
    loader.finish(0, modelWith(false));
    expect((await first).stale).toBe(false);

    feedDown = true;
    const rebuilt = snapshot.invalidate();
    // The rebuild has not finished (it may take a connection timeout to fail): stale already.
    expect((await demoFlag(snapshot)).stale).toBe(true);
    loader.finish(1, modelWith(false));
    await rebuilt;
    expect((await demoFlag(snapshot)).stale).toBe(true);

    feedDown = false;
    const back = snapshot.invalidate();
    loader.finish(2, modelWith(false));
    await back;
    expect((await demoFlag(snapshot)).stale).toBe(false);
  });
});
