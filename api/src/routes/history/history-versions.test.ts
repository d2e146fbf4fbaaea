import { COMMITMENT_CSV_COLUMNS } from "@ldd/shared/commitment-spreadsheet";
import { HistorySchema } from "@ldd/shared/history";
import { WorkspaceCommitmentSchema, WorkspaceSchema } from "@ldd/shared/workspace";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInNewEditor } from "../../testing/editors.ts";
import { jsonRequest } from "../../testing/sign-in.ts";
import { createSeededApp } from "../../testing/test-database.ts";

let seeded: Awaited<ReturnType<typeof createSeededApp>>;
beforeAll(async () => {
  seeded = await createSeededApp();
});
afterAll(() => seeded.database.close());

const get = (path: string, cookie: string) => seeded.app.request(path, { headers: { Cookie: cookie } });

async function history(gss: string, recordType: string, id: string, cookie: string) {
  const response = await get(`/api/workspace/${gss}/history/${recordType}/${id}`, cookie);
  expect(response.status).toBe(200);
  return HistorySchema.parse(await response.json());
}

describe("a record's history", () => {
  it("gives demo data a history like any other: every status report with its values before → after", async () => {
    const gss = "E09000012";
    const editor = await signInNewEditor(seeded, gss, "historian");
    const workspace = WorkspaceSchema.parse(await (await get(`/api/workspace/${gss}`, editor)).json());
    const busiest = [...workspace.commitments].sort(
      (a, b) => b.statusHistory.length - a.statusHistory.length,
    )[0];
    if (!busiest) throw new Error("Hackney should have commitments");
    expect(busiest.statusHistory.length).toBeGreaterThan(1);

    const { versions } = await history(gss, "commitment", busiest.id, editor);
    const statuses = versions.filter((version) => version.kind === "status");
    expect(statuses).toHaveLength(busiest.statusHistory.length);
    expect(versions.filter((version) => version.kind === "content").length).toBeGreaterThanOrEqual(1);
    // Newest first, as the page says.
    const recorded = versions.map((version) => version.recordedAt);
    expect(recorded).toEqual([...recorded].sort().reverse());
    // The second report onwards says what the status was before.
    const oldest = statuses.at(-1);
    const next = statuses.at(-2);
    expect(oldest?.fields.find((field) => field.field === "status")?.before).toBeNull();
    expect(next?.fields.find((field) => field.field === "status")?.before).toBeTruthy();
    expect(versions.every((version) => version.state === "published" && version.recordedBy === null)).toBe(
      true,
    );
  });

  it("names who changed what, before → after, and why", async () => {
    const gss = "E09000007";
    const editor = await signInNewEditor(seeded, gss, "renamer");
    const workspace = WorkspaceSchema.parse(await (await get(`/api/workspace/${gss}`, editor)).json());
    const commitment = workspace.commitments[0];
    if (!commitment) throw new Error("Camden should have commitments");
    const { id, version, partners, mission, impact, principles, lotiArea, committedOn } = commitment;
    const saved = await seeded.app.request(
      `/api/workspace/${gss}/commitments/${id}`,
      jsonRequest(
        "PUT",
        {
          title: "A clearer title",
          partners,
          mission,
          impact,
          principles,
          lotiArea,
          committedOn,
          expectedVersion: version,
        },
        editor,
      ),
    );
    const edited = WorkspaceCommitmentSchema.parse(await saved.json());
    const moved = await seeded.app.request(
      `/api/workspace/${gss}/commitments/${id}/target-dates`,
      jsonRequest(
        "POST",
        { targetDate: "2030-01-31", reason: "Procurement took longer", expectedVersion: edited.version },
        editor,
      ),
    );
    expect(moved.status).toBe(201);

    const { versions } = await history(gss, "commitment", id, editor);
    const [latest, previous] = versions;
    expect(latest).toMatchObject({
      kind: "target_date",
      recordedBy: "Editor renamer",
      state: "draft",
      reason: "Procurement took longer",
    });
    expect(latest?.fields.find((field) => field.field === "targetDate")).toMatchObject({
      after: "31 January 2030",
    });
    expect(latest?.fields.find((field) => field.field === "daysMoved")?.after).toMatch(/days later$/);
    expect(previous).toMatchObject({ kind: "content", recordedBy: "Editor renamer", state: "draft" });
    expect(previous?.fields).toEqual([
      { field: "title", label: "Title", before: commitment.title, after: "A clearer title" },
    ]);
  });

  it("gives an imported commitment a history like any other", async () => {
    const gss = "E09000030";
    const editor = await signInNewEditor(seeded, gss, "importer");
    const header = [...COMMITMENT_CSV_COLUMNS, "target_date_reason"].join(",");
    const row = [
      "",
      "",
      "Imported commitment",
      "",
      "Publish bin collection days as open data",
      "Residents know when their bins are collected",
      "1",
      "",
      "15/01/2026",
      "31/03/2027",
      "planned",
      "",
      "01/02/2026",
      "Imported from the spreadsheet",
      "https://example.org/a; https://example.org/b",
      "",
    ].join(",");
    const imported = await seeded.app.request(
      `/api/workspace/${gss}/commitments/import`,
      jsonRequest("POST", { csv: `${header}\r\n${row}\r\n` }, editor),
    );
    expect(imported.status).toBe(200);
    const workspace = WorkspaceSchema.parse(await (await get(`/api/workspace/${gss}`, editor)).json());
    const created = workspace.commitments.find((c) => c.title === "Imported commitment");
    if (!created) throw new Error("the import should have added the commitment");

    const { versions } = await history(gss, "commitment", created.id, editor);
    expect(versions.map((version) => version.kind).sort()).toEqual(["content", "status", "target_date"]);
    expect(versions.every((version) => version.recordedBy === "Editor importer")).toBe(true);
    const status = versions.find((version) => version.kind === "status");
    expect(status?.reason).toBe("Imported from the spreadsheet");
    expect(status?.fields.find((field) => field.field === "evidenceUrls")?.after).toBe(
      "https://example.org/a\nhttps://example.org/b",
    );
  });
});
