import { AuthorityProfileSchema } from "@ldd/shared/authorities";
import { ErrorBodySchema } from "@ldd/shared/errors";
import { ReviewOutcomeSchema, WorkspaceCommitmentSchema, WorkspaceSchema } from "@ldd/shared/workspace";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInNewEditor } from "../../testing/editors.ts";
import { submittedChangeIds } from "../../testing/review.ts";
import { jsonRequest, signIn } from "../../testing/sign-in.ts";
import { createSeededApp } from "../../testing/test-database.ts";

/*
 * Returned changes, honest states and the preview (docs/decisions/017): a returned change is
 * corrected (a new draft that withdraws it) or withdrawn, never submitted again as it was; the
 * Submit count is what the reviewer receives; the public never sees a change and its correction.
 */

let seeded: Awaited<ReturnType<typeof createSeededApp>>;
let reviewer: string;
beforeAll(async () => {
  seeded = await createSeededApp();
  reviewer = await signIn(seeded.app, "reviewer@example.org", "demo-reviewer-loti");
});
afterAll(() => seeded.database.close());

const send = (method: string, path: string, body: unknown, cookie?: string) =>
  seeded.app.request(path, jsonRequest(method, body, cookie));
const get = (path: string, cookie?: string) =>
  seeded.app.request(path, { headers: cookie ? { Cookie: cookie } : {} });

async function workspace(gss: string, cookie: string) {
  const response = await get(`/api/workspace/${gss}`, cookie);
  expect(response.status).toBe(200);
  return WorkspaceSchema.parse(await response.json());
}

async function profile(path: string, cookie?: string) {
  const response = await get(path, cookie);
  expect(response.status).toBe(200);
  return AuthorityProfileSchema.parse(await response.json());
}

const DAY = "2026-11-20";

describe("returned changes", () => {
  it("are corrected by a draft that replaces them, so the public sees one entry, verified when the reviewer checked the evidence", async () => {
    const gss = "E09000007";
    const editor = await signInNewEditor(seeded, gss, "corrector");
    const commitment = (await workspace(gss, editor)).commitments.find((c) => c.everPublished);
    if (!commitment) throw new Error("Camden should have a published commitment");
    const statusesOnDay = async () =>
      (await profile(`/api/authorities/${gss}`)).commitments
        .find((c) => c.id === commitment.id)
        ?.statusHistory.filter((update) => update.effectiveDate === DAY) ?? [];
    expect(await statusesOnDay()).toEqual([]);

    const first = await send(
      "POST",
      `/api/workspace/${gss}/commitments/${commitment.id}/status-updates`,
      {
        status: "done",
        phase: "live",
        effectiveDate: DAY,
        note: "Live",
        evidenceUrls: ["https://example.org/project-page"],
        expectedVersion: commitment.version,
      },
      editor,
    );
    expect(first.status).toBe(201);
    const reported = WorkspaceCommitmentSchema.parse(await first.json());
    const returnedId = reported.statusHistory.at(-1)?.id ?? "";
    expect((await send("POST", `/api/workspace/${gss}/submit`, {}, editor)).status).toBe(200);
    const comment = "Link to the live service, not the project page";
    const returned = await send(
      "POST",
      `/api/review/${gss}/return`,
      { comment, changeIds: await submittedChangeIds(seeded.app, reviewer, gss) },
      reviewer,
    );
    expect(returned.status).toBe(200);

    // Returned alone: nothing to submit, and the preview leaves it out.
    const afterReturn = await workspace(gss, editor);
    expect(afterReturn.pending).toEqual({ drafts: 0, submitted: 0, returned: 1 });
    const nothing = await send("POST", `/api/workspace/${gss}/submit`, {}, editor);
    expect(nothing.status).toBe(400);
    expect(ErrorBodySchema.parse(await nothing.json()).error.code).toBe("nothing_to_submit");

    // The correction names the returned change: it is withdrawn in the same save.
    const version = afterReturn.commitments.find((c) => c.id === commitment.id)?.version ?? 0;
    const corrected = await send(
      "POST",
      `/api/workspace/${gss}/commitments/${commitment.id}/status-updates`,
      {
        status: "done",
        phase: "live",
        effectiveDate: DAY,
        note: "Live for every resident",
        evidenceUrls: ["https://example.org/service", "https://example.org/launch-post"],
        replaces: returnedId,
        expectedVersion: version,
      },
      editor,
    );
    expect(corrected.status).toBe(201);
    const afterCorrection = await workspace(gss, editor);
    expect(afterCorrection.pending).toEqual({ drafts: 1, submitted: 0, returned: 0 });
    const history = afterCorrection.commitments.find((c) => c.id === commitment.id)?.statusHistory ?? [];
    expect(history.map((update) => update.id)).not.toContain(returnedId);
    const correctionId = history.at(-1)?.id ?? "";
    expect(history.at(-1)).toMatchObject({ state: "draft", note: "Live for every resident" });

    // The preview shows the correction as the public would see it; the public does not yet.
    const preview = await profile(`/api/workspace/${gss}/preview`, editor);
    const previewed = preview.commitments.find((c) => c.id === commitment.id);
    expect(previewed?.status).toBe("done");
    expect(previewed?.statusHistory.filter((update) => update.effectiveDate === DAY)).toEqual([
      expect.objectContaining({
        note: "Live for every resident",
        evidenceUrls: ["https://example.org/service", "https://example.org/launch-post"],
        confidence: "evidenced",
      }),
    ]);
    expect(await statusesOnDay()).toEqual([]);

    // The Submit count is what the reviewer receives: one change.
    const submitted = await send("POST", `/api/workspace/${gss}/submit`, {}, editor);
    expect(ReviewOutcomeSchema.parse(await submitted.json())).toEqual({ count: 1 });
    const queued = await submittedChangeIds(seeded.app, reviewer, gss);
    expect(queued).toEqual([correctionId]);
    const published = await send(
      "POST",
      `/api/review/${gss}/publish`,
      { changeIds: queued, evidenceCheckedIds: queued },
      reviewer,
    );
    expect(published.status).toBe(200);

    expect(await statusesOnDay()).toEqual([
      expect.objectContaining({ note: "Live for every resident", confidence: "verified" }),
    ]);
    const after = await profile(`/api/authorities/${gss}`);
    expect(after.commitments.find((c) => c.id === commitment.id)?.statusConfidence).toBe("verified");
    expect(after.authority.statusClaimsByConfidence.verified).toBeGreaterThanOrEqual(1);

    // A published change cannot be "corrected" by replacing it: that is a new status report.
    const stale = await workspace(gss, editor);
    const replacePublished = await send(
      "POST",
      `/api/workspace/${gss}/commitments/${commitment.id}/status-updates`,
      {
        status: "done",
        phase: "live",
        effectiveDate: DAY,
        note: "Again",
        replaces: correctionId,
        expectedVersion: stale.commitments.find((c) => c.id === commitment.id)?.version ?? 0,
      },
      editor,
    );
    expect(replacePublished.status).toBe(400);
    expect(ErrorBodySchema.parse(await replacePublished.json()).error.issues?.[0]?.path).toBe("replaces");
  });

  it("can be withdrawn, like a draft; a change no longer draft or returned cannot (409)", async () => {
    const gss = "E09000019";
    const editor = await signInNewEditor(seeded, gss, "withdrawer");
    const commitment = (await workspace(gss, editor)).commitments[0];
    if (!commitment) throw new Error("Islington should have commitments");
    const response = await send(
      "POST",
      `/api/workspace/${gss}/commitments/${commitment.id}/status-updates`,
      { status: "in_progress", phase: null, effectiveDate: DAY, expectedVersion: commitment.version },
      editor,
    );
    const changeId = WorkspaceCommitmentSchema.parse(await response.json()).statusHistory.at(-1)?.id ?? "";
    expect((await workspace(gss, editor)).pending.drafts).toBe(1);

    const withdrawn = await send("POST", `/api/workspace/${gss}/changes/${changeId}/withdraw`, {}, editor);
    expect(withdrawn.status).toBe(200);
    const view = await workspace(gss, editor);
    expect(view.pending).toEqual({ drafts: 0, submitted: 0, returned: 0 });
    expect(view.commitments[0]?.statusHistory.map((update) => update.id)).not.toContain(changeId);

    const again = await send("POST", `/api/workspace/${gss}/changes/${changeId}/withdraw`, {}, editor);
    expect(again.status).toBe(409);
  });

  it("keep one draft per record: a new version of a commitment withdraws its earlier drafts", async () => {
    const gss = "E09000022";
    const editor = await signInNewEditor(seeded, gss, "twice");
    let commitment = (await workspace(gss, editor)).commitments[0];
    if (!commitment) throw new Error("Lambeth should have commitments");
    for (const title of ["First edit", "Second edit"]) {
      const { id, version, partners, mission, impact, principles, lotiArea, committedOn } = commitment;
      const saved = await send(
        "PUT",
        `/api/workspace/${gss}/commitments/${id}`,
        { title, partners, mission, impact, principles, lotiArea, committedOn, expectedVersion: version },
        editor,
      );
      expect(saved.status).toBe(200);
      commitment = WorkspaceCommitmentSchema.parse(await saved.json());
    }
    const view = await workspace(gss, editor);
    expect(view.pending.drafts).toBe(1);
    const shown = view.commitments.find((c) => c.id === commitment.id);
    // What the public sees now beside the pending value.
    expect(shown).toMatchObject({ title: "Second edit", state: "draft" });
    expect(shown?.published?.title).not.toBe("Second edit");
    expect(shown?.published?.title).toBeTruthy();
  });

  it("submit only the drafts named, for “save and submit”, refusing a name that is not a draft", async () => {
    const gss = "E09000028";
    const editor = await signInNewEditor(seeded, gss, "oneatatime");
    const [first, second] = (await workspace(gss, editor)).commitments;
    if (!first || !second) throw new Error("Southwark should have two commitments");
    const draftOf = async (id: string, version: number) => {
      const response = await send(
        "POST",
        `/api/workspace/${gss}/commitments/${id}/status-updates`,
        { status: "planned", phase: null, effectiveDate: DAY, expectedVersion: version },
        editor,
      );
      return WorkspaceCommitmentSchema.parse(await response.json()).statusHistory.at(-1)?.id ?? "";
    };
    const one = await draftOf(first.id, first.version);
    await draftOf(second.id, second.version);
    const submitted = await send("POST", `/api/workspace/${gss}/submit`, { changeIds: [one] }, editor);
    expect(ReviewOutcomeSchema.parse(await submitted.json())).toEqual({ count: 1 });
    expect((await workspace(gss, editor)).pending).toEqual({ drafts: 1, submitted: 1, returned: 0 });
    const again = await send("POST", `/api/workspace/${gss}/submit`, { changeIds: [one] }, editor);
    expect(again.status).toBe(409);
    expect((await workspace(gss, editor)).pending).toEqual({ drafts: 1, submitted: 1, returned: 0 });
  });

  it("include target dates: a corrected one replaces the returned one, with its new reason", async () => {
    const gss = "E09000031";
    const editor = await signInNewEditor(seeded, gss, "rebaseliner");
    const commitment = (await workspace(gss, editor)).commitments.find((c) => c.everPublished);
    if (!commitment) throw new Error("Waltham Forest should have a published commitment");
    const move = (targetDate: string, reason: string, version: number, replaces: string | null) =>
      send(
        "POST",
        `/api/workspace/${gss}/commitments/${commitment.id}/target-dates`,
        { targetDate, reason, replaces, expectedVersion: version },
        editor,
      );
    const first = WorkspaceCommitmentSchema.parse(
      await (await move("2031-01-31", "Supplier late", commitment.version, null)).json(),
    );
    const returnedId = first.targetDateHistory.at(-1)?.id ?? "";
    expect((await send("POST", `/api/workspace/${gss}/submit`, {}, editor)).status).toBe(200);
    await send(
      "POST",
      `/api/review/${gss}/return`,
      { comment: "Which supplier, and why?", changeIds: await submittedChangeIds(seeded.app, reviewer, gss) },
      reviewer,
    );
    const corrected = await move(
      "2031-01-31",
      "The hosting supplier went into administration",
      first.version,
      returnedId,
    );
    expect(corrected.status).toBe(201);
    expect(
      ReviewOutcomeSchema.parse(
        await (await send("POST", `/api/workspace/${gss}/submit`, {}, editor)).json(),
      ),
    ).toEqual({
      count: 1,
    });
    const changeIds = await submittedChangeIds(seeded.app, reviewer, gss);
    expect((await send("POST", `/api/review/${gss}/publish`, { changeIds }, reviewer)).status).toBe(200);
    // Effective on the day recorded (London), which may be after the test's fixed "today", so read
    // the published rows from the workspace: one entry for that date, the correction.
    const targets = (await workspace(gss, editor)).commitments
      .find((c) => c.id === commitment.id)
      ?.targetDateHistory.filter((change) => change.targetDate === "2031-01-31");
    expect(targets?.map((change) => [change.state, change.reason])).toEqual([
      ["published", "The hosting supplier went into administration"],
    ]);
  });
});
