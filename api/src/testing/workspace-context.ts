import { COMMITMENT_CSV_COLUMNS } from "@ldd/shared/commitment-spreadsheet";
import { WorkspaceCommitmentSchema, WorkspaceSchema } from "@ldd/shared/workspace";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect } from "vitest";
import { auditEntries } from "../db/schema.ts";
import { jsonRequest, signIn } from "./sign-in.ts";
import { createSeededApp } from "./test-database.ts";

/*
 * What the workspace test files share: a seeded app per file, the demo editors of Hackney and
 * Camden, the reviewer and the administrator signed in, and small request helpers. The bindings
 * are live: call `setUpWorkspaceTests()` at the top of a test file, then use them in its tests.
 */

export const HACKNEY = "E09000012";
export const CAMDEN = "E09000007";

export let seeded: Awaited<ReturnType<typeof createSeededApp>>;
export let hackney: string;
export let camden: string;
export let reviewer: string;
export let admin: string;

export function setUpWorkspaceTests(): void {
  beforeAll(async () => {
    seeded = await createSeededApp();
    hackney = await signIn(seeded.app, "editor.hackney@example.org", "demo-editor-hackney");
    camden = await signIn(seeded.app, "editor.camden@example.org", "demo-editor-camden");
    reviewer = await signIn(seeded.app, "reviewer@example.org", "demo-reviewer-loti");
    admin = await signIn(seeded.app, "admin@example.org", "demo-administrator");
  });
  afterAll(() => seeded.database.close());
}

export const send = (method: string, path: string, body: unknown, cookie?: string) =>
  seeded.app.request(path, jsonRequest(method, body, cookie));
export const get = (path: string, cookie?: string) =>
  seeded.app.request(path, { headers: cookie ? { Cookie: cookie } : {} });

export async function readWorkspace(cookie: string, gss = HACKNEY) {
  const response = await get(`/api/workspace/${gss}`, cookie);
  expect(response.status).toBe(200);
  return WorkspaceSchema.parse(await response.json());
}

export const newCommitment = (title: string) => ({
  title,
  partners: "",
  mission: "Publish bin collection days as open data",
  impact: "Residents know when their bins are collected",
  principles: [1, 3],
  lotiArea: "peer-sharing",
  committedOn: "2026-01-15",
  targetDate: "2027-03-31",
});

export async function addCommitment(cookie: string, title: string, gss = HACKNEY) {
  const response = await send("POST", `/api/workspace/${gss}/commitments`, newCommitment(title), cookie);
  expect(response.status).toBe(201);
  return WorkspaceCommitmentSchema.parse(await response.json());
}

export async function countAudit(): Promise<number> {
  const [row] = await seeded.database.handle.db.select({ n: sql<number>`count(*)::int` }).from(auditEntries);
  return row?.n ?? 0;
}

/** The commitments spreadsheet: export, import, and its rows. */
export const exportCsv = async (cookie: string, gss: string) => {
  const response = await get(`/api/workspace/${gss}/commitments.csv`, cookie);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
  return response.text();
};
export const importCsv = (cookie: string, gss: string, csv: string) =>
  send("POST", `/api/workspace/${gss}/commitments/import`, { csv }, cookie);
export const rowsOf = (csv: string) => parse(csv, { columns: true, bom: true }) as Record<string, string>[];
/** Rows as a spreadsheet would save them, with the optional reason column for moved target dates. */
export const toCsv = (rows: Record<string, string>[]) =>
  stringify(rows, { header: true, columns: [...COMMITMENT_CSV_COLUMNS, "target_date_reason"] });

/** `count` new commitments as spreadsheet rows, titled "prefix 1", "prefix 2"…; with a status if asked. */
export const newRows = (count: number, prefix: string, withStatus = false) =>
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
