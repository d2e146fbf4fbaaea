import { COMMITMENT_CSV_COLUMNS, CommitmentImportResultSchema } from "@ldd/shared/commitment-spreadsheet";
import { ErrorBodySchema } from "@ldd/shared/errors";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { commitments } from "../../db/schema.ts";
import { signInNewEditor } from "../../testing/editors.ts";
import {
  addCommitment,
  CAMDEN,
  camden,
  countAudit,
  exportCsv,
  get,
  HACKNEY,
  hackney,
  importCsv,
  newCommitment,
  newRows,
  readWorkspace,
  rowsOf,
  seeded,
  send,
  setUpWorkspaceTests,
  toCsv,
} from "../../testing/workspace-context.ts";

setUpWorkspaceTests();

describe("the commitments spreadsheet", () => {
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
        evidenceUrls: ["https://example.org/beta"],
        expectedVersion: 1,
      },
      hackney,
    );
    const csv = await exportCsv(hackney, HACKNEY);
    // UTF-8 with a byte-order mark (which text() takes off) and CRLF line ends, as spreadsheets expect.
    const bytes = new Uint8Array(
      await (await get(`/api/workspace/${HACKNEY}/commitments.csv`, hackney)).arrayBuffer(),
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.split("\r\n")[0]).toBe([...COMMITMENT_CSV_COLUMNS, "target_date_reason"].join(","));
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
      target_date_reason: "",
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
      target_date_reason: "Procurement took longer",
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
    expect(changed?.targetDateHistory.at(-1)?.reason).toBe("Procurement took longer");
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

  it("imports a file as Excel saves it: BOM, CRLF and dates as day/month/year", async () => {
    const gss = "E09000023";
    const editor = await signInNewEditor(seeded, gss, "excel");
    const rows = rowsOf(await exportCsv(editor, gss));
    const first = rows[0];
    if (!first) throw new Error("the demo authority should have a commitment");
    const toDayMonthYear = (iso: string) => (iso ? iso.split("-").reverse().join("/") : iso);
    // Excel in a UK locale rewrites every ISO date it sees as dd/mm/yyyy.
    const excel: Record<string, string>[] = rows.map((row) => ({
      ...row,
      committed_on: toDayMonthYear(row.committed_on ?? ""),
      target_date: toDayMonthYear(row.target_date ?? ""),
      status_date: toDayMonthYear(row.status_date ?? ""),
    }));
    excel.push({
      ...first,
      id: "",
      version: "",
      title: "Café d’accueil numérique",
      committed_on: "5/1/2026",
      target_date: "31/12/2027",
      status: "",
      phase: "",
      status_date: "",
      note: "",
      evidence_url: "",
    });
    const saved = `\uFEFF${toCsv(excel).replaceAll("\n", "\r\n")}`;
    const response = await importCsv(editor, gss, saved);
    expect(response.status).toBe(200);
    expect(CommitmentImportResultSchema.parse(await response.json())).toEqual({
      created: 1,
      updated: 0,
      unchanged: rows.length,
    });
    const created = (await readWorkspace(editor, gss)).commitments.find(
      (c) => c.title === "Café d’accueil numérique",
    );
    expect(created).toMatchObject({ committedOn: "2026-01-05", targetDate: "2027-12-31" });
  });

  it("asks why a target date moved, and says what to type when a value is wrong", async () => {
    const gss = "E09000021";
    const editor = await signInNewEditor(seeded, gss, "reasons");
    const [row] = rowsOf(await exportCsv(editor, gss));
    if (!row) throw new Error("the demo authority should have a commitment");
    const moved = { ...row, target_date: "30/06/2029", target_date_reason: "", principles: "1, 9" };
    const response = await importCsv(editor, gss, toCsv([moved]));
    expect(response.status).toBe(422);
    const issues = ErrorBodySchema.parse(await response.json()).error.issues ?? [];
    expect(issues).toContainEqual({
      path: "rows.2.target_date",
      message: "The target date moved: say why in target_date_reason",
    });
    expect(issues).toContainEqual({
      path: "rows.2.principles",
      message: "Use the principle numbers 1 to 5, separated by commas, for example 1, 3",
    });
    const bad = await importCsv(
      editor,
      gss,
      toCsv([{ ...row, target_date: "31/02/2029", target_date_reason: "x" }]),
    );
    expect(ErrorBodySchema.parse(await bad.json()).error.issues).toContainEqual({
      path: "rows.2.target_date",
      message: "Enter the target date as a real date, for example 31/03/2027 or 2027-03-31",
    });
  });
});
