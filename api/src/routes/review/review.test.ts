import { AuthorityProfileSchema } from "@ldd/shared/authorities";
import { ErrorBodySchema } from "@ldd/shared/errors";
import {
  ReviewOutcomeSchema,
  ReviewQueueSchema,
  WorkspaceCommitmentSchema,
  WorkspaceSchema,
} from "@ldd/shared/workspace";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInNewEditor } from "../../testing/editors.ts";
import { submittedChangeIds } from "../../testing/review.ts";
import { jsonRequest, signIn } from "../../testing/sign-in.ts";
import { createSeededApp } from "../../testing/test-database.ts";

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

async function publicProfile(gss: string) {
  const response = await get(`/api/authorities/${gss}`);
  expect(response.status).toBe(200);
  return AuthorityProfileSchema.parse(await response.json());
}

async function workspace(gss: string, cookie: string) {
  return WorkspaceSchema.parse(await (await get(`/api/workspace/${gss}`, cookie)).json());
}

async function reviewQueue() {
  const response = await get("/api/review", reviewer);
  expect(response.status).toBe(200);
  return ReviewQueueSchema.parse(await response.json());
}

/** An editor of `gss` reports a status on one of its published commitments; returns its id. */
async function reportStatus(gss: string, editor: string, note: string) {
  const published = (await workspace(gss, editor)).commitments.find((c) => c.everPublished);
  if (!published) throw new Error(`${gss} has no published commitment in the demo data`);
  const response = await send(
    "POST",
    `/api/workspace/${gss}/commitments/${published.id}/status-updates`,
    {
      status: "done",
      phase: "live",
      effectiveDate: "2026-11-20",
      note,
      evidenceUrls: ["https://example.org/evidence"],
      expectedVersion: published.version,
    },
    editor,
  );
  expect(response.status).toBe(201);
  return WorkspaceCommitmentSchema.parse(await response.json());
}

const notesOf = (profile: Awaited<ReturnType<typeof publicProfile>>) =>
  profile.commitments.flatMap((c) => c.statusHistory.map((s) => s.note));

describe("the review queue", () => {
  it("is for reviewers: editors and administrators get 403, the signed-out 401", async () => {
    const editor = await signIn(seeded.app, "editor.hackney@example.org", "demo-editor-hackney");
    const admin = await signIn(seeded.app, "admin@example.org", "demo-administrator");
    const changeIds = [crypto.randomUUID()];
    for (const cookie of [editor, admin]) {
      expect((await get("/api/review", cookie)).status).toBe(403);
      expect((await send("POST", "/api/review/E09000012/publish", { changeIds }, cookie)).status).toBe(403);
      const returned = await send(
        "POST",
        "/api/review/E09000012/return",
        { comment: "No", changeIds },
        cookie,
      );
      expect(returned.status).toBe(403);
    }
    expect((await get("/api/review")).status).toBe(401);
    expect((await send("POST", "/api/review/E09000012/publish", { changeIds })).status).toBe(401);
  });

  it("keeps drafts and submissions out of public view until a reviewer publishes them", async () => {
    const gss = "E09000030";
    const editor = await signInNewEditor(seeded, gss, "publisher");
    const note = "Live for every resident (publication test)";
    expect(notesOf(await publicProfile(gss))).not.toContain(note);

    const commitment = await reportStatus(gss, editor, note);
    expect(notesOf(await publicProfile(gss))).not.toContain(note);

    expect((await send("POST", `/api/workspace/${gss}/submit`, {}, editor)).status).toBe(200);
    expect(notesOf(await publicProfile(gss))).not.toContain(note);

    const submission = (await reviewQueue()).submissions.find((s) => s.authorityGss === gss);
    expect(submission?.authorityName).toBe("Tower Hamlets");
    expect(submission?.changes).toContainEqual(
      expect.objectContaining({
        recordType: "status_update",
        recordId: commitment.id,
        description: `Status of “${commitment.title}” set to Done (Live) on 20 November 2026`,
      }),
    );

    const changeIds = submission?.changes.map((change) => change.id) ?? [];
    const published = await send("POST", `/api/review/${gss}/publish`, { changeIds }, reviewer);
    expect(published.status).toBe(200);
    expect(ReviewOutcomeSchema.parse(await published.json())).toEqual({ count: 1 });
    // The very next public read shows it: the snapshot was invalidated by the write.
    const profile = await publicProfile(gss);
    expect(notesOf(profile)).toContain(note);
    expect(profile.commitments.find((c) => c.id === commitment.id)?.status).toBe("done");
    expect((await reviewQueue()).submissions.map((s) => s.authorityGss)).not.toContain(gss);
    expect((await workspace(gss, editor)).pending).toEqual({ drafts: 0, submitted: 0, returned: 0 });
  });

  it("describes new commitments and partnerships in plain words", async () => {
    const gss = "E09000033";
    const editor = await signInNewEditor(seeded, gss, "describer");
    const created = await send(
      "POST",
      `/api/workspace/${gss}/commitments`,
      {
        title: "Open API for waste",
        mission: "Publish collection days",
        impact: "Residents plan ahead",
        principles: [2],
        lotiArea: null,
        committedOn: "2026-03-01",
        targetDate: "2027-03-31",
      },
      editor,
    );
    expect(created.status).toBe(201);
    const partnership = await send(
      "POST",
      `/api/workspace/${gss}/partnerships`,
      {
        partner: { kind: "authority", gss: "E09000012" },
        startDate: "2026-04-01",
        endDate: null,
        purpose: "Share the API",
        expectedVersion: 0,
      },
      editor,
    );
    expect(partnership.status).toBe(201);
    expect((await send("POST", `/api/workspace/${gss}/submit`, {}, editor)).status).toBe(200);
    const submission = (await reviewQueue()).submissions.find((s) => s.authorityGss === gss);
    expect(submission?.changes.map((c) => c.description)).toEqual([
      "New commitment “Open API for waste”",
      "Target date of “Open API for waste” set to 31 March 2027",
      "New partnership with Hackney from 1 April 2026",
    ]);
  });

  it("returns a submission with a comment that the editor sees in the workspace", async () => {
    const gss = "E09000025";
    const editor = await signInNewEditor(seeded, gss, "returned");
    const commitment = await reportStatus(gss, editor, "Needs a better link");
    expect((await send("POST", `/api/workspace/${gss}/submit`, {}, editor)).status).toBe(200);

    const comment = "Link to the published service, not the project page";
    const changeIds = await submittedChangeIds(seeded.app, reviewer, gss);
    const returned = await send("POST", `/api/review/${gss}/return`, { comment, changeIds }, reviewer);
    expect(returned.status).toBe(200);
    expect(ReviewOutcomeSchema.parse(await returned.json())).toEqual({ count: 1 });

    const view = await workspace(gss, editor);
    expect(view.pending).toEqual({ drafts: 0, submitted: 0, returned: 1 });
    const update = view.commitments.find((c) => c.id === commitment.id)?.statusHistory.at(-1);
    expect(update).toMatchObject({ state: "returned", reviewComment: comment });
    expect(notesOf(await publicProfile(gss))).not.toContain("Needs a better link");

    // A returned change never goes back as it was: it must be corrected (or withdrawn) first.
    const again = await send("POST", `/api/workspace/${gss}/submit`, {}, editor);
    expect(again.status).toBe(400);
    expect(ErrorBodySchema.parse(await again.json()).error.code).toBe("nothing_to_submit");
  });

  it("publishes only the changes the reviewer saw: one submitted after they read the queue stays", async () => {
    const gss = "E09000019";
    const editor = await signInNewEditor(seeded, gss, "late");
    await reportStatus(gss, editor, "Seen by the reviewer");
    expect((await send("POST", `/api/workspace/${gss}/submit`, {}, editor)).status).toBe(200);
    const seen = await submittedChangeIds(seeded.app, reviewer, gss);
    expect(seen).toHaveLength(1);

    await reportStatus(gss, editor, "Submitted after the reviewer read the queue");
    expect((await send("POST", `/api/workspace/${gss}/submit`, {}, editor)).status).toBe(200);

    const published = await send("POST", `/api/review/${gss}/publish`, { changeIds: seen }, reviewer);
    expect(ReviewOutcomeSchema.parse(await published.json())).toEqual({ count: 1 });
    const notes = notesOf(await publicProfile(gss));
    expect(notes).toContain("Seen by the reviewer");
    expect(notes).not.toContain("Submitted after the reviewer read the queue");
    const left = await submittedChangeIds(seeded.app, reviewer, gss);
    expect(left).toHaveLength(1);
    expect(left).not.toContain(seen[0]);
  });

  it("refuses a decision on a change that is no longer waiting, changing nothing (409)", async () => {
    const gss = "E09000023";
    const editor = await signInNewEditor(seeded, gss, "decided");
    await reportStatus(gss, editor, "First");
    expect((await send("POST", `/api/workspace/${gss}/submit`, {}, editor)).status).toBe(200);
    const first = await submittedChangeIds(seeded.app, reviewer, gss);
    expect((await send("POST", `/api/review/${gss}/publish`, { changeIds: first }, reviewer)).status).toBe(
      200,
    );
    await reportStatus(gss, editor, "Second");
    expect((await send("POST", `/api/workspace/${gss}/submit`, {}, editor)).status).toBe(200);
    const second = await submittedChangeIds(seeded.app, reviewer, gss);

    // Another reviewer's screen still shows the first change, already published.
    const stale = await send(
      "POST",
      `/api/review/${gss}/return`,
      { comment: "Too late", changeIds: [...first, ...second] },
      reviewer,
    );
    expect(stale.status).toBe(409);
    const body = ErrorBodySchema.parse(await stale.json());
    expect(body.error.code).toBe("submission_changed");
    expect(body.error.current).toMatchObject({ authorityGss: gss, changes: [{ id: second[0] }] });
    expect(await submittedChangeIds(seeded.app, reviewer, gss)).toEqual(second);
  });

  it("names a missing or empty list of changes, 404 for an unknown authority and names a missing comment", async () => {
    const none = await send("POST", "/api/review/E09000001/publish", { changeIds: [] }, reviewer);
    expect(none.status).toBe(400);
    expect(ErrorBodySchema.parse(await none.json()).error.issues?.[0]?.path).toBe("json.changeIds");
    const unknown = await send(
      "POST",
      "/api/review/E09000001/publish",
      { changeIds: [crypto.randomUUID()] },
      reviewer,
    );
    expect(unknown.status).toBe(409);
    const changeIds = [crypto.randomUUID()];
    expect((await send("POST", "/api/review/E09000099/publish", { changeIds }, reviewer)).status).toBe(404);
    const noComment = await send(
      "POST",
      "/api/review/E09000001/return",
      { comment: " ", changeIds },
      reviewer,
    );
    expect(noComment.status).toBe(400);
    expect(ErrorBodySchema.parse(await noComment.json()).error.issues?.[0]?.path).toBe("json.comment");
  });

  it("shows each change's fields before → after, and decides on each change on its own", async () => {
    const editor = await signInNewEditor(seeded, "E09000005", "per-change");
    const reported = await reportStatus("E09000005", editor, "Live in every library");
    const target = await send(
      "POST",
      `/api/workspace/E09000005/commitments/${reported.id}/target-dates`,
      { targetDate: "2028-03-31", reason: "Funding moved a year", expectedVersion: reported.version },
      editor,
    );
    expect(target.status).toBe(201);
    expect((await send("POST", "/api/workspace/E09000005/submit", {}, editor)).status).toBe(200);

    const submission = (await reviewQueue()).submissions.find((s) => s.authorityGss === "E09000005");
    const status = submission?.changes.find((c) => c.recordType === "status_update");
    const moved = submission?.changes.find((c) => c.recordType === "target_date");
    expect(status?.fields.find((f) => f.field === "status")).toMatchObject({ after: "Done (Live)" });
    expect(status?.fields.find((f) => f.field === "status")?.before).not.toBeNull();
    expect(status?.fields.find((f) => f.field === "note")?.after).toBe("Live in every library");
    expect(status?.fields.find((f) => f.field === "evidenceUrls")?.after).toBe(
      "https://example.org/evidence",
    );
    expect(moved?.fields.find((f) => f.field === "targetDate")?.after).toBe("31 March 2028");
    expect(moved?.fields.find((f) => f.field === "reason")?.after).toBe("Funding moved a year");
    if (!status || !moved) throw new Error("both changes should be in the queue");

    // Publish the status alone; return the target date alone, with a comment that is its own.
    const published = await send(
      "POST",
      "/api/review/E09000005/publish",
      { changeIds: [status.id] },
      reviewer,
    );
    expect(ReviewOutcomeSchema.parse(await published.json()).count).toBe(1);
    const stillWaiting = (await reviewQueue()).submissions.find((s) => s.authorityGss === "E09000005");
    expect(stillWaiting?.changes.map((c) => c.id)).toEqual([moved.id]);
    const returned = await send(
      "POST",
      "/api/review/E09000005/return",
      { comment: "Say who moved the funding", changeIds: [moved.id] },
      reviewer,
    );
    expect(ReviewOutcomeSchema.parse(await returned.json()).count).toBe(1);
    expect(notesOf(await publicProfile("E09000005"))).toContain("Live in every library");
    const mine = (await workspace("E09000005", editor)).commitments.find((c) => c.id === reported.id);
    expect(JSON.stringify(mine)).toContain("Say who moved the funding");
  });
});
