import { AuthorityListSchema } from "@ldd/shared/authorities";
import { ErrorBodySchema } from "@ldd/shared/errors";
import {
  COMMITMENT_CSV_COLUMNS,
  CommitmentImportResultSchema,
  CommitmentInputSchema,
  HistorySchema,
  MAX_IMPORT_ROWS,
  NewCommitmentInputSchema,
  ReviewOutcomeSchema,
  WorkspaceCommitmentSchema,
  WorkspacePartnershipSchema,
  WorkspaceSchema,
  WorkspaceSignatureSchema,
} from "@ldd/shared/workspace";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { desc, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runWrite } from "../../db/client.ts";
import { auditEntries, commitments } from "../../db/schema.ts";
import { findAccountByEmail } from "../../domain/accounts.ts";
import { findAuthority } from "../../domain/authorities.ts";
import { signInNewEditor } from "../../testing/editors.ts";
import { submittedChangeIds } from "../../testing/review.ts";
import { jsonRequest, signIn } from "../../testing/sign-in.ts";
import { createSeededApp } from "../../testing/test-database.ts";
import { applyCommitmentImport } from "./commitment-import.repository.ts";
import type { CommitmentImportPlan } from "./commitment-spreadsheet.ts";

const HACKNEY = "E09000012";
const CAMDEN = "E09000007";

let seeded: Awaited<ReturnType<typeof createSeededApp>>;
let hackney: string;
let camden: string;
let reviewer: string;
let admin: string;
beforeAll(async () => {
  seeded = await createSeededApp();
  hackney = await signIn(seeded.app, "editor.hackney@example.org", "demo-editor-hackney");
  camden = await signIn(seeded.app, "editor.camden@example.org", "demo-editor-camden");
  reviewer = await signIn(seeded.app, "reviewer@example.org", "demo-reviewer-loti");
  admin = await signIn(seeded.app, "admin@example.org", "demo-administrator");
});
afterAll(() => seeded.database.close());

const send = (method: string, path: string, body: unknown, cookie?: string) =>
  seeded.app.request(path, jsonRequest(method, body, cookie));
const get = (path: string, cookie?: string) =>
  seeded.app.request(path, { headers: cookie ? { Cookie: cookie } : {} });

async function readWorkspace(cookie: string, gss = HACKNEY) {
  const response = await get(`/api/workspace/${gss}`, cookie);
  expect(response.status).toBe(200);
  return WorkspaceSchema.parse(await response.json());
}

const newCommitment = (title: string) => ({
  title,
  partners: "",
  mission: "Publish bin collection days as open data",
  impact: "Residents know when their bins are collected",
  principles: [1, 3],
  lotiArea: "peer-sharing",
  committedOn: "2026-01-15",
  targetDate: "2027-03-31",
});

async function addCommitment(cookie: string, title: string, gss = HACKNEY) {
  const response = await send("POST", `/api/workspace/${gss}/commitments`, newCommitment(title), cookie);
  expect(response.status).toBe(201);
  return WorkspaceCommitmentSchema.parse(await response.json());
}

async function countAudit(): Promise<number> {
  const [row] = await seeded.database.handle.db.select({ n: sql<number>`count(*)::int` }).from(auditEntries);
  return row?.n ?? 0;
}

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

describe("partnerships", () => {
  it("are recorded with a new partner organisation and ended by setting the end date", async () => {
    const added = await addCommitment(hackney, "Partnered");
    const input = {
      partner: { kind: "new", name: "Hackney Civic Tech Collective", type: "non_profit" },
      startDate: "2026-02-01",
      endDate: null,
      purpose: "Run resident research together",
      commitmentIds: [added.id],
      expectedVersion: 0,
    };
    const created = await send("POST", `/api/workspace/${HACKNEY}/partnerships`, input, hackney);
    expect(created.status).toBe(201);
    const partnership = WorkspacePartnershipSchema.parse(await created.json());
    expect(partnership).toMatchObject({
      version: 1,
      state: "draft",
      partner: { name: "Hackney Civic Tech Collective", type: "non_profit" },
      commitmentIds: [added.id],
    });
    const workspace = await readWorkspace(hackney);
    expect(workspace.partnerOrganisations.map((org) => org.id)).toContain(partnership.partner.id);

    const ended = await send(
      "PUT",
      `/api/workspace/${HACKNEY}/partnerships/${partnership.id}`,
      {
        ...input,
        partner: { kind: "organisation", organisationId: partnership.partner.id },
        endDate: "2026-10-31",
        expectedVersion: 1,
      },
      hackney,
    );
    expect(ended.status).toBe(200);
    expect(WorkspacePartnershipSchema.parse(await ended.json())).toMatchObject({
      version: 2,
      endDate: "2026-10-31",
      partner: { id: partnership.partner.id },
    });
  });

  it("keep a proposed partner organisation from other authorities until a partnership naming it is published", async () => {
    const LAMBETH = "E09000022";
    const lambeth = await signInNewEditor(seeded, LAMBETH, "proposer");
    const created = await send(
      "POST",
      `/api/workspace/${LAMBETH}/partnerships`,
      {
        partner: { kind: "new", name: "DRAFTLEAK Ltd", type: "govtech_supplier" },
        startDate: "2026-02-01",
        endDate: null,
        purpose: "A partnership not yet published",
        commitmentIds: [],
        expectedVersion: 0,
      },
      lambeth,
    );
    expect(created.status).toBe(201);
    const names = async (cookie: string, gss: string) =>
      (await readWorkspace(cookie, gss)).partnerOrganisations.map((org) => org.name);
    expect(await names(lambeth, LAMBETH)).toContain("DRAFTLEAK Ltd");
    expect(await names(camden, CAMDEN)).not.toContain("DRAFTLEAK Ltd");

    expect((await send("POST", `/api/workspace/${LAMBETH}/submit`, {}, lambeth)).status).toBe(200);
    const changeIds = () => submittedChangeIds(seeded.app, reviewer, LAMBETH);
    const returned = await send(
      "POST",
      `/api/review/${LAMBETH}/return`,
      { comment: "Not yet", changeIds: await changeIds() },
      reviewer,
    );
    expect(returned.status).toBe(200);
    expect(await names(camden, CAMDEN)).not.toContain("DRAFTLEAK Ltd");

    expect((await send("POST", `/api/workspace/${LAMBETH}/submit`, {}, lambeth)).status).toBe(200);
    const published = await send(
      "POST",
      `/api/review/${LAMBETH}/publish`,
      { changeIds: await changeIds() },
      reviewer,
    );
    expect(published.status).toBe(200);
    expect(await names(camden, CAMDEN)).toContain("DRAFTLEAK Ltd");
  });

  it("can name another authority, but not the authority itself or another authority's commitment", async () => {
    const theirs = await addCommitment(camden, "Not Hackney's", CAMDEN);
    const input = {
      partner: { kind: "authority", gss: CAMDEN },
      startDate: "2026-02-01",
      endDate: null,
      purpose: "Share a booking system",
      commitmentIds: [],
      expectedVersion: 0,
    };
    const created = await send("POST", `/api/workspace/${HACKNEY}/partnerships`, input, hackney);
    expect(created.status).toBe(201);
    expect(WorkspacePartnershipSchema.parse(await created.json()).partner).toMatchObject({
      name: "Camden",
      type: "other_council",
      canonicalId: CAMDEN,
    });
    const self = await send(
      "POST",
      `/api/workspace/${HACKNEY}/partnerships`,
      { ...input, partner: { kind: "authority", gss: HACKNEY } },
      hackney,
    );
    expect(self.status).toBe(400);
    const foreign = await send(
      "POST",
      `/api/workspace/${HACKNEY}/partnerships`,
      { ...input, commitmentIds: [theirs.id] },
      hackney,
    );
    expect(foreign.status).toBe(400);
    expect(ErrorBodySchema.parse(await foreign.json()).error.issues?.[0]?.path).toBe("json.commitmentIds.0");
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

describe("the commitments spreadsheet", () => {
  const exportCsv = async (cookie: string, gss: string) => {
    const response = await get(`/api/workspace/${gss}/commitments.csv`, cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    return response.text();
  };
  const importCsv = (cookie: string, gss: string, csv: string) =>
    send("POST", `/api/workspace/${gss}/commitments/import`, { csv }, cookie);
  const rowsOf = (csv: string) => parse(csv, { columns: true }) as Record<string, string>[];
  const toCsv = (rows: Record<string, string>[]) =>
    stringify(rows, { header: true, columns: [...COMMITMENT_CSV_COLUMNS] });

  it("exports current values, drafts included, in the import format", async () => {
    const added = await addCommitment(hackney, "=In the spreadsheet");
    await send(
      "POST",
      `/api/workspace/${HACKNEY}/commitments/${added.id}/status-updates`,
      {
        status: "in_progress",
        phase: "beta",
        effectiveDate: "2026-11-03",
        note: "Going well",
        evidenceUrl: "https://example.org/beta",
        expectedVersion: 1,
      },
      hackney,
    );
    const csv = await exportCsv(hackney, HACKNEY);
    expect(csv.split("\n")[0]).toBe(COMMITMENT_CSV_COLUMNS.join(","));
    const row = rowsOf(csv).find((r) => r.id === added.id);
    expect(row).toEqual({
      id: added.id,
      version: "2",
      title: "'=In the spreadsheet",
      partners: "",
      mission: "Publish bin collection days as open data",
      impact: "Residents know when their bins are collected",
      principles: "1; 3",
      loti_area: "peer-sharing",
      committed_on: "2026-01-15",
      target_date: "2027-03-31",
      status: "in_progress",
      phase: "beta",
      status_date: "2026-11-03",
      note: "Going well",
      evidence_url: "https://example.org/beta",
    });
  });

  it("imports its own export back without changing anything", async () => {
    const csv = await exportCsv(camden, CAMDEN);
    const versions = (await readWorkspace(camden, CAMDEN)).commitments.map((c) => [c.id, c.version]);
    const response = await importCsv(camden, CAMDEN, csv);
    expect(response.status).toBe(200);
    const result = CommitmentImportResultSchema.parse(await response.json());
    expect(result).toEqual({ created: 0, updated: 0, unchanged: versions.length });
    expect((await readWorkspace(camden, CAMDEN)).commitments.map((c) => [c.id, c.version])).toEqual(versions);
    expect(await exportCsv(camden, CAMDEN)).toBe(csv);
  });

  it("imports new and changed rows as drafts in one go", async () => {
    const editor = await signInNewEditor(seeded, "E09000019", "importer");
    const gss = "E09000019";
    const added = await addCommitment(editor, "Change me by spreadsheet", gss);
    const rows = rowsOf(await exportCsv(editor, gss));
    const mine = rows.find((r) => r.id === added.id);
    if (!mine) throw new Error("exported row missing");
    Object.assign(mine, {
      title: "Changed by spreadsheet",
      target_date: "2027-06-30",
      status: "planned",
      status_date: "2026-11-10",
    });
    rows.push({
      ...mine,
      id: "",
      version: "",
      title: "Created by spreadsheet",
      principles: "2",
      status: "",
      status_date: "",
    });
    const response = await importCsv(editor, gss, toCsv(rows));
    expect(response.status).toBe(200);
    expect(CommitmentImportResultSchema.parse(await response.json())).toEqual({
      created: 1,
      updated: 1,
      unchanged: rows.length - 2,
    });
    const workspace = await readWorkspace(editor, gss);
    const changed = workspace.commitments.find((c) => c.id === added.id);
    expect(changed).toMatchObject({
      title: "Changed by spreadsheet",
      version: 2,
      status: "planned",
      targetDate: "2027-06-30",
      state: "draft",
    });
    expect(changed?.targetDateHistory.at(-1)?.reason).toBe("Changed by spreadsheet import");
    expect(workspace.commitments.find((c) => c.title === "Created by spreadsheet")).toMatchObject({
      version: 1,
      principles: [2],
      state: "draft",
    });
  });

  it("imports nothing when one row is wrong, naming each row, column and problem", async () => {
    const rows = rowsOf(await exportCsv(hackney, HACKNEY));
    const [first, second] = rows;
    if (!first || !second) throw new Error("Hackney needs two commitments");
    first.title = "This change must not be written";
    second.evidence_url = "javascript:alert(1)";
    second.status = second.status || "planned";
    second.status_date = "2026-13-45";
    rows.push({ ...first, id: "", version: "", principles: "9", title: "" });
    const [{ n: commitmentsBefore } = { n: 0 }] = await seeded.database.handle.db
      .select({ n: sql<number>`count(*)::int` })
      .from(commitments);
    const auditBefore = await countAudit();

    const response = await importCsv(hackney, HACKNEY, toCsv(rows));
    expect(response.status).toBe(422);
    const body = ErrorBodySchema.parse(await response.json());
    const paths = body.error.issues?.map((issue) => issue.path) ?? [];
    expect(paths).toEqual(
      expect.arrayContaining([
        "rows.3.evidence_url",
        "rows.3.status_date",
        `rows.${rows.length + 1}.title`,
        `rows.${rows.length + 1}.principles`,
      ]),
    );
    expect(body.error.issues).toContainEqual({
      path: "rows.3.evidence_url",
      message: "Enter a link that starts with http:// or https://",
    });
    expect(await countAudit()).toBe(auditBefore);
    const [{ n: commitmentsAfter } = { n: 0 }] = await seeded.database.handle.db
      .select({ n: sql<number>`count(*)::int` })
      .from(commitments);
    expect(commitmentsAfter).toBe(commitmentsBefore);
    const titles = (await readWorkspace(hackney)).commitments.map((c) => c.title);
    expect(titles).not.toContain("This change must not be written");
  });

  it("refuses a row whose commitment changed since the export", async () => {
    const added = await addCommitment(hackney, "Exported then changed");
    const csv = await exportCsv(hackney, HACKNEY);
    await send(
      "POST",
      `/api/workspace/${HACKNEY}/commitments/${added.id}/target-dates`,
      { targetDate: "2029-01-01", reason: "Changed meanwhile", expectedVersion: 1 },
      hackney,
    );
    const rows = rowsOf(csv);
    const index = rows.findIndex((r) => r.id === added.id);
    const row = rows[index];
    if (!row) throw new Error("exported row missing");
    row.title = "Edited in the spreadsheet";
    const response = await importCsv(hackney, HACKNEY, toCsv(rows));
    expect(response.status).toBe(422);
    expect(ErrorBodySchema.parse(await response.json()).error.issues).toEqual([
      {
        path: `rows.${index + 2}.version`,
        message: "This commitment changed since you exported it: export again and redo this row",
      },
    ]);
  });

  /** `count` new commitments, each with a status when `withStatus`, in the import format. */
  const newRows = (count: number, prefix: string, withStatus = false) =>
    Array.from({ length: count }, (_, index) => ({
      id: "",
      version: "",
      title: `${prefix} ${index + 1}`,
      partners: "",
      mission: "Publish bin collection days as open data",
      impact: "Residents know when their bins are collected",
      principles: "1; 3",
      loti_area: "",
      committed_on: "2026-01-15",
      target_date: "2027-03-31",
      status: withStatus ? "planned" : "",
      phase: "",
      status_date: withStatus ? "2026-11-01" : "",
      note: "",
      evidence_url: "",
    }));

  it(`refuses a file of more than ${MAX_IMPORT_ROWS} commitments with 422 naming the limit, writing nothing`, async () => {
    const auditBefore = await countAudit();
    for (const count of [MAX_IMPORT_ROWS + 1, 10_000]) {
      // Short cells, so that even 10,000 rows stay under the 1 MB a file may have.
      const rows = newRows(count, "Too many").map((row) => ({ ...row, mission: "M", impact: "I" }));
      const response = await importCsv(hackney, HACKNEY, toCsv(rows));
      expect(response.status).toBe(422);
      const body = ErrorBodySchema.parse(await response.json());
      expect(body.error.message).toContain(`${MAX_IMPORT_ROWS}`);
      expect(body.error.issues).toEqual([
        {
          path: "rows",
          message: `The file has more than ${MAX_IMPORT_ROWS} rows of commitments: import at most ${MAX_IMPORT_ROWS} at a time`,
        },
      ]);
    }
    expect(await countAudit()).toBe(auditBefore);
    const titles = (await readWorkspace(hackney)).commitments.map((c) => c.title);
    expect(titles.some((title) => title.startsWith("Too many"))).toBe(false);
    const document = (await (await get("/api/openapi.json")).json()) as {
      paths: Record<string, { post?: { description?: string } }>;
    };
    expect(document.paths["/api/workspace/{gss}/commitments/import"]?.post?.description).toContain(
      `At most ${MAX_IMPORT_ROWS} rows`,
    );
  });

  it(`imports ${MAX_IMPORT_ROWS} rows, new and changed, in one go with one audit entry`, async () => {
    const gss = "E09000002";
    const editor = await signInNewEditor(seeded, gss, "bulk");
    const half = MAX_IMPORT_ROWS / 2;
    const existing = (await readWorkspace(editor, gss)).commitments.length;
    const first = await importCsv(editor, gss, toCsv(newRows(half - existing, "First batch", true)));
    expect(first.status).toBe(200);
    const exported = rowsOf(await exportCsv(editor, gss));
    expect(exported).toHaveLength(half);
    const changed = exported.map((row) => ({
      ...row,
      title: `${row.title} (changed)`,
      target_date: "2028-03-31",
      status: "in_progress",
      phase: "",
      status_date: "2026-11-20",
    }));
    const auditBefore = await countAudit();
    const started = performance.now();
    const response = await importCsv(editor, gss, toCsv([...changed, ...newRows(half, "Second batch")]));
    console.log(
      `[R12] import of ${MAX_IMPORT_ROWS} rows (${half} changed, ${half} new): ${(performance.now() - started).toFixed(0)} ms`,
    );
    expect(response.status).toBe(200);
    expect(CommitmentImportResultSchema.parse(await response.json())).toEqual({
      created: half,
      updated: half,
      unchanged: 0,
    });
    expect(await countAudit()).toBe(auditBefore + 1);
    const workspace = await readWorkspace(editor, gss);
    expect(workspace.commitments).toHaveLength(MAX_IMPORT_ROWS);
    const updated = workspace.commitments.filter((c) => c.title.endsWith("(changed)"));
    expect(updated).toHaveLength(half);
    for (const commitment of updated) {
      expect(commitment).toMatchObject({
        version: 2,
        status: "in_progress",
        targetDate: "2028-03-31",
        state: "draft",
      });
      expect(commitment.targetDateHistory.at(-1)?.reason).toBe("Changed by spreadsheet import");
    }
    for (const commitment of updated.filter((c) => c.title.startsWith("First batch"))) {
      expect(commitment.statusHistory.map((s) => s.status)).toEqual(["planned", "in_progress"]);
    }
    const created = workspace.commitments.filter((c) => c.title.startsWith("Second batch"));
    expect(created).toHaveLength(half);
    for (const commitment of created) {
      expect(commitment).toMatchObject({ version: 1, status: "not_yet_reported", targetDate: "2027-03-31" });
    }
  });

  it("writes nothing when a commitment's version moved between planning and writing, naming its row", async () => {
    const added = await addCommitment(hackney, "Moved under the import");
    const kept = await addCommitment(hackney, "Not moved");
    const authority = await findAuthority(seeded.database.handle.db, HACKNEY);
    if (!authority) throw new Error("Hackney missing");
    const editor = await findAccountByEmail(seeded.database.handle.db, "editor.hackney@example.org");
    if (!editor) throw new Error("demo editor missing");
    const { targetDate: _targetDate, ...fields } = newCommitment("Changed");
    const content = CommitmentInputSchema.parse({ ...fields, expectedVersion: 1 });
    const input = NewCommitmentInputSchema.parse(newCommitment("Must not be created"));
    const plan: CommitmentImportPlan = {
      creates: [{ row: 2, input, status: null }],
      updates: [
        { row: 3, id: kept.id, expectedVersion: 1, content, status: null, targetDate: null },
        { row: 4, id: added.id, expectedVersion: 7, content, status: null, targetDate: null },
      ],
      unchanged: 0,
    };
    const attempt = runWrite(seeded.database.handle, { changesPublicData: false }, (tx) =>
      applyCommitmentImport(tx, authority.id, plan, editor.account.id),
    );
    await expect(attempt).rejects.toMatchObject({ name: "StaleImportRowsError", rows: [4] });
    const after = (await readWorkspace(hackney)).commitments;
    expect(after.find((c) => c.id === kept.id)).toMatchObject({ version: 1, title: "Not moved" });
    expect(after.map((c) => c.title)).not.toContain("Must not be created");
  });

  it("reports at most 50 problems, then says how many more there are", async () => {
    const broken = (count: number) =>
      toCsv(newRows(count, "").map((row) => ({ ...row, title: "", mission: "", principles: "9" })));
    const one = ErrorBodySchema.parse(await (await importCsv(hackney, HACKNEY, broken(1))).json());
    const perRow = one.error.issues?.length ?? 0;
    expect(perRow).toBeGreaterThan(1);

    const response = await importCsv(hackney, HACKNEY, broken(400));
    expect(response.status).toBe(422);
    const text = await response.text();
    expect(text.length).toBeLessThan(20_000);
    const issues = ErrorBodySchema.parse(JSON.parse(text)).error.issues ?? [];
    expect(issues).toHaveLength(51);
    expect(issues.slice(0, 50).every((issue) => /^rows\.\d+\.\w+$/.test(issue.path))).toBe(true);
    const more = (400 * perRow - 50).toLocaleString("en-GB");
    expect(issues[50]).toEqual({
      path: "rows",
      message: `And ${more} more problems: fix these, then import again to see the rest`,
    });
  });

  it("refuses a header that names a column twice, naming the column", async () => {
    const csv = toCsv(newRows(1, "Twice")).replace(/^id,/, "title,id,");
    const response = await importCsv(hackney, HACKNEY, csv);
    expect(response.status).toBe(422);
    expect(ErrorBodySchema.parse(await response.json()).error.issues).toEqual([
      { path: "rows.1.title", message: "The column title is in the file more than once: keep one" },
    ]);
  });

  it("imports cells its export made safe from spreadsheet formulas back unchanged", async () => {
    const gss = "E09000003";
    const editor = await signInNewEditor(seeded, gss, "formulas");
    const texts = [
      { title: "=SUM(1)", partners: "+44 20 7946 0000" },
      { title: "'=SUM(1)", partners: "'+44 20 7946 0000" },
      { title: "-5% in missed bins", partners: "@council" },
    ];
    for (const { title, partners } of texts) {
      const response = await send(
        "POST",
        `/api/workspace/${gss}/commitments`,
        { ...newCommitment(title), partners },
        editor,
      );
      expect(response.status).toBe(201);
    }
    const mine = (commitments: { title: string; partners: string }[]) =>
      commitments
        .filter((c) => texts.some((text) => text.title === c.title))
        .map((c) => ({ title: c.title, partners: c.partners }));
    const csv = await exportCsv(editor, gss);
    expect(csv).toContain(",'+44 20 7946 0000,");
    const count = (await readWorkspace(editor, gss)).commitments.length;
    const response = await importCsv(editor, gss, csv);
    expect(CommitmentImportResultSchema.parse(await response.json())).toEqual({
      created: 0,
      updated: 0,
      unchanged: count,
    });
    expect(mine((await readWorkspace(editor, gss)).commitments)).toEqual(texts);
    expect(await exportCsv(editor, gss)).toBe(csv);
  });

  it("refuses a file without the expected columns", async () => {
    const response = await importCsv(hackney, HACKNEY, "id,title\n,Something\n");
    expect(response.status).toBe(422);
    const paths = ErrorBodySchema.parse(await response.json()).error.issues?.map((i) => i.path);
    expect(paths).toContain("rows.1.mission");
  });
});
