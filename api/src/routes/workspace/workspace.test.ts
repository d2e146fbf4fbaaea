import { AuthorityListSchema } from "@ldd/shared/authorities";
import { ErrorBodySchema } from "@ldd/shared/errors";
import {
  HistorySchema,
  ReviewOutcomeSchema,
  WorkspaceCommitmentSchema,
  WorkspaceSignatureSchema,
} from "@ldd/shared/workspace";
import { desc } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEntries } from "../../db/schema.ts";
import { signInNewEditor } from "../../testing/editors.ts";
import {
  addCommitment,
  admin,
  CAMDEN,
  camden,
  countAudit,
  get,
  HACKNEY,
  hackney,
  newCommitment,
  readWorkspace,
  reviewer,
  seeded,
  send,
  setUpWorkspaceTests,
} from "../../testing/workspace-context.ts";

setUpWorkspaceTests();

describe("reading the workspace", () => {
  it("shows an editor their authority's records and every organisation a partnership can name", async () => {
    const workspace = await readWorkspace(hackney);
    expect(workspace.authority).toEqual({ gss: HACKNEY, name: "Hackney" });
    expect(workspace.commitments.length).toBeGreaterThan(0);
    const councils = workspace.partnerOrganisations.filter((org) => org.type === "other_council");
    expect(councils).toHaveLength(32);
    expect(councils.map((org) => org.canonicalId)).not.toContain(HACKNEY);
    expect(workspace.partnerOrganisations.some((org) => org.type !== "other_council")).toBe(true);
  });

  it("shows drafts with their state beside what is published", async () => {
    const added = await addCommitment(hackney, "A draft only editors see");
    const workspace = await readWorkspace(hackney);
    const draft = workspace.commitments.find((c) => c.id === added.id);
    expect(draft).toMatchObject({ state: "draft", everPublished: false, version: 1 });
    expect(workspace.pending.drafts).toBeGreaterThanOrEqual(2);
    expect(workspace.commitments.some((c) => c.state === "published" && c.everPublished)).toBe(true);
  });

  it("lets reviewers and administrators read any workspace but change none", async () => {
    for (const cookie of [reviewer, admin]) {
      const workspace = await readWorkspace(cookie, CAMDEN);
      expect(workspace.authority.name).toBe("Camden");
      const write = await send("POST", `/api/workspace/${CAMDEN}/commitments`, newCommitment("No"), cookie);
      expect(write.status).toBe(403);
      const submit = await send("POST", `/api/workspace/${CAMDEN}/submit`, {}, cookie);
      expect(submit.status).toBe(403);
    }
  });

  it("answers 401 when signed out and 403 to an editor of another authority", async () => {
    expect((await get(`/api/workspace/${HACKNEY}`)).status).toBe(401);
    expect((await send("POST", `/api/workspace/${HACKNEY}/submit`, {})).status).toBe(401);
    expect((await get(`/api/workspace/${HACKNEY}`, camden)).status).toBe(403);
    const write = await send("POST", `/api/workspace/${HACKNEY}/commitments`, newCommitment("No"), camden);
    expect(write.status).toBe(403);
  });

  it("answers 404 for another authority's record, never revealing that it exists", async () => {
    const theirs = await addCommitment(camden, "Camden's own", CAMDEN);
    const base = `/api/workspace/${HACKNEY}/commitments/${theirs.id}`;
    const { title: _title, targetDate: _target, ...content } = newCommitment("Taken over");
    const attempts = [
      await send("PUT", base, { ...content, title: "Taken over", expectedVersion: 1 }, hackney),
      await send(
        "POST",
        `${base}/status-updates`,
        { status: "done", phase: null, effectiveDate: "2026-11-01", expectedVersion: 1 },
        hackney,
      ),
      await send(
        "POST",
        `${base}/target-dates`,
        { targetDate: "2030-01-01", reason: "Because", expectedVersion: 1 },
        hackney,
      ),
      await get(`/api/workspace/${HACKNEY}/history/commitment/${theirs.id}`, hackney),
    ];
    for (const response of attempts) {
      expect(response.status).toBe(404);
      expect(ErrorBodySchema.parse(await response.json()).error.code).toBe("not_found");
    }
    const camdenView = await readWorkspace(camden, CAMDEN);
    expect(camdenView.commitments.find((c) => c.id === theirs.id)?.title).toBe("Camden's own");
  });
});

describe("the signature", () => {
  it("is recorded with version 0 the first time (201) and corrected with the current version", async () => {
    const list = AuthorityListSchema.parse(await (await get("/api/authorities")).json());
    const unsigned = list.authorities.find((a) => a.signedOn === null);
    if (!unsigned) throw new Error("the demo data has no unsigned authority");
    const editor = await signInNewEditor(seeded, unsigned.gss, "signer");
    const path = `/api/workspace/${unsigned.gss}/signature`;
    const input = {
      signedOn: "2026-10-01",
      approverName: "Ada Lovelace",
      approverRole: "Chief Executive",
      commitmentUrl: "https://example.org/our-declaration",
      expectedVersion: 0,
    };
    const first = await send("PUT", path, input, editor);
    expect(first.status).toBe(201);
    expect(WorkspaceSignatureSchema.parse(await first.json())).toMatchObject({ version: 1, state: "draft" });

    const again = await send("PUT", path, input, editor);
    expect(again.status).toBe(409);
    const conflict = ErrorBodySchema.parse(await again.json());
    expect(conflict.error.code).toBe("conflict");
    expect(WorkspaceSignatureSchema.parse(conflict.error.current)).toMatchObject({ version: 1 });

    const corrected = await send(
      "PUT",
      path,
      { ...input, signedOn: "2026-09-30", expectedVersion: 1 },
      editor,
    );
    expect(corrected.status).toBe(200);
    const saved = WorkspaceSignatureSchema.parse(await corrected.json());
    expect(saved).toMatchObject({ version: 2, signedOn: "2026-09-30" });

    const history = await get(`/api/workspace/${unsigned.gss}/history/signature/${saved.id}`, editor);
    expect(HistorySchema.parse(await history.json()).entries.map((e) => e.after)).toMatchObject([
      { signedOn: "2026-09-30" },
      { signedOn: "2026-10-01" },
    ]);
  });

  it("refuses a link that is not http(s), naming the field", async () => {
    const response = await send(
      "PUT",
      `/api/workspace/${HACKNEY}/signature`,
      {
        signedOn: "2026-10-01",
        approverName: "A",
        approverRole: "B",
        commitmentUrl: "javascript:alert(1)",
        expectedVersion: 1,
      },
      hackney,
    );
    expect(response.status).toBe(400);
    const body = ErrorBodySchema.parse(await response.json());
    expect(body.error.issues).toContainEqual({
      path: "json.commitmentUrl",
      message: "Enter a link that starts with http:// or https://",
    });
  });

  it("refuses a link with a user name before its host, naming the field", async () => {
    const response = await send(
      "PUT",
      `/api/workspace/${HACKNEY}/signature`,
      {
        signedOn: "2026-10-01",
        approverName: "A",
        approverRole: "B",
        commitmentUrl: "https://www.gov.uk@evil.example/login",
        expectedVersion: 1,
      },
      hackney,
    );
    expect(response.status).toBe(400);
    const body = ErrorBodySchema.parse(await response.json());
    expect(body.error.issues).toContainEqual({
      path: "json.commitmentUrl",
      message: "Enter a link without a user name or password (nothing between // and @)",
    });
  });
});

describe("commitments", () => {
  it("are added as a draft with the original target date as a draft without a reason", async () => {
    const added = await addCommitment(hackney, "Open API for waste");
    expect(added).toMatchObject({
      version: 1,
      state: "draft",
      title: "Open API for waste",
      principles: [1, 3],
      status: "not_yet_reported",
      targetDate: "2027-03-31",
      everPublished: false,
    });
    expect(added.targetDateHistory).toEqual([
      expect.objectContaining({ targetDate: "2027-03-31", reason: null, state: "draft" }),
    ]);
  });

  it("name each invalid field of a new commitment", async () => {
    const response = await send(
      "POST",
      `/api/workspace/${HACKNEY}/commitments`,
      { ...newCommitment(""), principles: [], targetDate: "2020-01-01" },
      hackney,
    );
    expect(response.status).toBe(400);
    const body = ErrorBodySchema.parse(await response.json());
    expect(body.error.issues?.map((issue) => issue.path).sort()).toEqual([
      "json.principles",
      "json.targetDate",
      "json.title",
    ]);
  });

  it("are changed as a new draft version; a stale version gets 409 with the current record", async () => {
    const added = await addCommitment(hackney, "Before");
    const { targetDate: _targetDate, ...content } = newCommitment("After");
    const path = `/api/workspace/${HACKNEY}/commitments/${added.id}`;
    const saved = await send("PUT", path, { ...content, expectedVersion: 1 }, hackney);
    expect(saved.status).toBe(200);
    expect(WorkspaceCommitmentSchema.parse(await saved.json())).toMatchObject({ title: "After", version: 2 });

    const stale = await send("PUT", path, { ...content, title: "Lost?", expectedVersion: 1 }, hackney);
    expect(stale.status).toBe(409);
    const body = ErrorBodySchema.parse(await stale.json());
    expect(body.error.message).toContain("Someone else changed this record");
    expect(WorkspaceCommitmentSchema.parse(body.error.current)).toMatchObject({ title: "After", version: 2 });
  });

  it("take a status report with its evidence in one step, and an empty link means none", async () => {
    const added = await addCommitment(hackney, "Status in one step");
    const path = `/api/workspace/${HACKNEY}/commitments/${added.id}/status-updates`;
    const first = await send(
      "POST",
      path,
      {
        status: "in_progress",
        phase: "alpha",
        effectiveDate: "2026-11-01",
        note: "Prototype tested with residents",
        evidenceUrl: "https://example.org/show-and-tell",
        expectedVersion: 1,
      },
      hackney,
    );
    expect(first.status).toBe(201);
    const afterFirst = WorkspaceCommitmentSchema.parse(await first.json());
    expect(afterFirst).toMatchObject({ version: 2, status: "in_progress", phase: "alpha" });
    expect(afterFirst.statusHistory.at(-1)).toMatchObject({
      state: "draft",
      evidenceUrls: ["https://example.org/show-and-tell"],
    });

    const second = await send(
      "POST",
      path,
      { status: "done", phase: "live", effectiveDate: "2026-11-20", evidenceUrl: "", expectedVersion: 2 },
      hackney,
    );
    expect(second.status).toBe(201);
    const afterSecond = WorkspaceCommitmentSchema.parse(await second.json());
    expect(afterSecond).toMatchObject({ version: 3, status: "done" });
    expect(afterSecond.statusHistory.at(-1)?.evidenceUrls).toEqual([]);
  });

  it("refuse a dropped status without a reason and an evidence link that is not http(s)", async () => {
    const added = await addCommitment(hackney, "Refusals");
    const response = await send(
      "POST",
      `/api/workspace/${HACKNEY}/commitments/${added.id}/status-updates`,
      {
        status: "dropped",
        phase: null,
        effectiveDate: "2026-11-01",
        evidenceUrl: "data:text/html,hi",
        expectedVersion: 1,
      },
      hackney,
    );
    expect(response.status).toBe(400);
    const paths = ErrorBodySchema.parse(await response.json()).error.issues?.map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(["json.evidenceUrl"]));
  });

  it("are re-baselined with a reason, keeping the original target date", async () => {
    const added = await addCommitment(hackney, "Slipping");
    const response = await send(
      "POST",
      `/api/workspace/${HACKNEY}/commitments/${added.id}/target-dates`,
      { targetDate: "2027-09-30", reason: "Supplier delay", expectedVersion: 1 },
      hackney,
    );
    expect(response.status).toBe(201);
    const commitment = WorkspaceCommitmentSchema.parse(await response.json());
    expect(commitment).toMatchObject({ version: 2, targetDate: "2027-09-30" });
    expect(commitment.targetDateHistory.map((t) => [t.targetDate, t.reason])).toEqual([
      ["2027-03-31", null],
      ["2027-09-30", "Supplier delay"],
    ]);
  });
});

describe("submitting", () => {
  it("moves every draft to submitted, then says there is nothing left to submit", async () => {
    const editor = await signInNewEditor(seeded, "E09000028", "submitter");
    await addCommitment(editor, "Submitted soon", "E09000028");
    const response = await send("POST", "/api/workspace/E09000028/submit", {}, editor);
    expect(response.status).toBe(200);
    expect(ReviewOutcomeSchema.parse(await response.json())).toEqual({ count: 2 });
    const workspace = await readWorkspace(editor, "E09000028");
    expect(workspace.pending).toMatchObject({ drafts: 0, submitted: 2 });
    expect(workspace.commitments.find((c) => c.title === "Submitted soon")?.state).toBe("submitted");

    const again = await send("POST", "/api/workspace/E09000028/submit", {}, editor);
    expect(again.status).toBe(400);
    expect(ErrorBodySchema.parse(await again.json()).error.message).toBe("There are no changes to submit");
  });
});

describe("the audit trail", () => {
  it("gets exactly one entry for each accepted change and none for a refused one", async () => {
    const editor = await signInNewEditor(seeded, "E09000022", "audited");
    const gss = "E09000022";
    const before = await countAudit();
    const added = await addCommitment(editor, "Audited", gss);
    expect(await countAudit()).toBe(before + 1);

    const base = `/api/workspace/${gss}/commitments/${added.id}`;
    const status = { status: "planned", phase: null, effectiveDate: "2026-11-01", expectedVersion: 1 };
    expect((await send("POST", `${base}/status-updates`, status, editor)).status).toBe(201);
    expect(await countAudit()).toBe(before + 2);

    expect((await send("POST", `${base}/status-updates`, status, editor)).status).toBe(409);
    expect((await send("POST", `${base}/status-updates`, { ...status, status: "x" }, editor)).status).toBe(
      400,
    );
    expect((await send("POST", `${base}/status-updates`, status, reviewer)).status).toBe(403);
    expect(await countAudit()).toBe(before + 2);

    const rebaseline = { targetDate: "2028-01-01", reason: "Budget moved", expectedVersion: 2 };
    expect((await send("POST", `${base}/target-dates`, rebaseline, editor)).status).toBe(201);
    expect((await send("POST", `/api/workspace/${gss}/submit`, {}, editor)).status).toBe(200);
    expect(await countAudit()).toBe(before + 4);
    expect((await send("POST", `/api/workspace/${gss}/submit`, {}, editor)).status).toBe(400);
    expect(await countAudit()).toBe(before + 4);

    const [latest] = await seeded.database.handle.db
      .select()
      .from(auditEntries)
      .orderBy(desc(auditEntries.id))
      .limit(1);
    expect(latest).toMatchObject({ actorRole: "editor", action: "submit", recordType: "submission" });
    expect(latest?.after).toMatchObject({ count: 4, recordIds: [added.id] });
  });

  it("tells the history of a commitment, newest first, with who did each thing", async () => {
    const gss = "E09000005";
    const editor = await signInNewEditor(seeded, gss, "historian");
    const added = await addCommitment(editor, "With a history", gss);
    const base = `/api/workspace/${gss}/commitments/${added.id}`;
    const status = { status: "in_progress", phase: null, effectiveDate: "2026-11-02", expectedVersion: 1 };
    expect((await send("POST", `${base}/status-updates`, status, editor)).status).toBe(201);
    const rebaseline = { targetDate: "2028-01-01", reason: "Why not", expectedVersion: 2 };
    expect((await send("POST", `${base}/target-dates`, rebaseline, editor)).status).toBe(201);
    expect((await send("POST", `/api/workspace/${gss}/submit`, {}, editor)).status).toBe(200);

    const response = await get(`/api/workspace/${gss}/history/commitment/${added.id}`, reviewer);
    expect(response.status).toBe(200);
    const history = HistorySchema.parse(await response.json());
    expect(history.entries.map((e) => [e.action, e.recordType])).toEqual([
      ["submit", "submission"],
      ["change_target_date", "target_date"],
      ["report_status", "status_update"],
      ["create", "commitment"],
    ]);
    expect(history.entries[1]).toMatchObject({
      actorName: "Editor historian",
      actorRole: "editor",
      reason: "Why not",
    });
    expect(history.entries[2]?.after).toMatchObject({ status: "in_progress" });

    const statusId = history.entries[2]?.recordId ?? "";
    const own = await get(`/api/workspace/${gss}/history/status_update/${statusId}`, editor);
    expect(HistorySchema.parse(await own.json()).entries.map((e) => e.action)).toEqual(["report_status"]);
    expect((await get(`/api/workspace/${gss}/history/partnership/${added.id}`, editor)).status).toBe(404);
    expect((await get(`/api/workspace/${gss}/history/nonsense/${added.id}`, editor)).status).toBe(400);
  });
});
