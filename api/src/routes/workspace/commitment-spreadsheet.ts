import { COMMITMENT_CSV_COLUMNS } from "@ldd/shared/commitment-spreadsheet";
import type { ErrorIssue } from "@ldd/shared/errors";
import {
  CommitmentInputSchema,
  type NewCommitmentInput,
  NewCommitmentInputSchema,
  type StatusUpdateInput,
  StatusUpdateInputSchema,
  TargetDateChangeInputSchema,
  type WorkspaceCommitment,
} from "@ldd/shared/workspace";
import * as z from "zod";
import { GOV_UK_CSV, restoreFormulaText, toCsv } from "../../lib/csv.ts";
import { ApiError } from "../../lib/errors.ts";
import { nextTurn } from "../../lib/next-turn.ts";
import { type CommitmentSheet, isBlank } from "./commitment-sheet.ts";

/*
 * The commitments spreadsheet: exported and imported in the same format (COMMITMENT_CSV_COLUMNS),
 * so an editor can download, edit in a spreadsheet and upload again. Planning an import is pure:
 * it reads the file against the commitments as they stand and says what to write, or names every
 * row, column and problem. Nothing is written unless the whole file is right.
 *
 * A file holds at most MAX_IMPORT_ROWS rows, and it is read and checked in bounded steps with a
 * turn of the event loop between them, so one editor's import never holds up other requests
 * (docs/quality.md, R12). At most MAX_REPORTED_ISSUES problems are listed, then how many more there are.
 */

type Column = (typeof COMMITMENT_CSV_COLUMNS)[number];

/**
 * An optional column after the others: why the target date moved. Required in a row whose
 * target date changes; a file without the column can change everything but target dates.
 */
export const TARGET_DATE_REASON_COLUMN = "target_date_reason";

/** The latest status report of a commitment, drafts included. */
const latestStatus = (commitment: WorkspaceCommitment) => commitment.statusHistory.at(-1);

const VALUES: Record<Column, (c: WorkspaceCommitment) => unknown> = {
  id: (c) => c.id,
  version: (c) => c.version,
  title: (c) => c.title,
  partners: (c) => c.partners,
  mission: (c) => c.mission,
  impact: (c) => c.impact,
  principles: (c) => c.principles,
  loti_area: (c) => c.lotiArea,
  committed_on: (c) => c.committedOn,
  target_date: (c) => c.targetDate,
  status: (c) => latestStatus(c)?.status,
  phase: (c) => latestStatus(c)?.phase,
  status_date: (c) => latestStatus(c)?.effectiveDate,
  note: (c) => latestStatus(c)?.note,
  // Several links in one cell, separated as in the open data (LIST_SEPARATOR): toCsv joins lists.
  evidence_url: (c) => latestStatus(c)?.evidenceUrls,
};

/**
 * Links to evidence in one cell: separated by semicolons (LIST_SEPARATOR, as exported), or one a
 * line (Alt+Enter in Excel, Ctrl+Enter in LibreOffice), with any spaces around them.
 */
export function readLinks(cell: string): string[] {
  return cell
    .split(/;|\r?\n|\r/)
    .map((link) => link.trim())
    .filter((link) => link !== "");
}

/**
 * The export, in the form spreadsheets read best: UTF-8 with a byte-order mark (so Excel shows
 * accented names correctly) and CRLF line ends, with an empty reason column to fill in when a
 * target date is moved. With no commitments it is the blank template.
 */
export function toCommitmentCsv(commitments: readonly WorkspaceCommitment[]): string {
  return toCsv(
    commitments,
    [
      ...COMMITMENT_CSV_COLUMNS.map((header) => ({ header, value: VALUES[header] })),
      { header: TARGET_DATE_REASON_COLUMN, value: () => "" },
    ],
    GOV_UK_CSV,
  );
}

const DAY_MONTH_YEAR = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
/**
 * Dates as typed or as a spreadsheet saved them: ISO (2027-03-31) or day/month/year (31/03/2027,
 * what Excel and LibreOffice write in a UK locale). Day/month/year is turned into ISO; whether it
 * is a real date is then checked with every other date.
 */
export function readDate(cell: string): string {
  const match = DAY_MONTH_YEAR.exec(cell);
  if (!match) return cell;
  const [, day = "", month = "", year = ""] = match;
  return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}

/** Problems in the words an editor needs: what to type, not what the validator expected. */
const PLAIN_MESSAGES: Partial<Record<Column, string>> = {
  principles: "Use the principle numbers 1 to 5, separated by commas, for example 1, 3",
  committed_on: "Enter the date committed as a real date, for example 31/03/2026 or 2026-03-31",
  target_date: "Enter the target date as a real date, for example 31/03/2027 or 2027-03-31",
  status_date: "Enter the date of the status as a real date, for example 20/11/2026 or 2026-11-20",
};

export interface CommitmentUpdatePlan {
  row: number;
  id: string;
  expectedVersion: number;
  content: z.output<typeof CommitmentInputSchema> | null;
  status: StatusUpdateInput | null;
  targetDate: string | null;
  /** Why the target date moved (set whenever targetDate is). */
  targetReason: string | null;
}

export interface CommitmentImportPlan {
  creates: { row: number; input: NewCommitmentInput; status: StatusUpdateInput | null }[];
  updates: CommitmentUpdatePlan[];
  unchanged: number;
}

export type ImportPlanResult = { ok: true; plan: CommitmentImportPlan } | { ok: false; issues: ErrorIssue[] };

/** Schema field → spreadsheet column, for naming the column of a validation issue. */
const COLUMN_OF_FIELD: Record<string, Column> = {
  title: "title",
  partners: "partners",
  mission: "mission",
  impact: "impact",
  principles: "principles",
  lotiArea: "loti_area",
  committedOn: "committed_on",
  targetDate: "target_date",
  status: "status",
  phase: "phase",
  effectiveDate: "status_date",
  note: "note",
  evidenceUrls: "evidence_url",
  expectedVersion: "version",
};

const STATUS_COLUMNS = ["status", "phase", "status_date", "note", "evidence_url"] as const;

function parsePrinciples(cell: string): unknown {
  const parts = cell
    .split(/[;,]/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
  return parts.map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

const sameList = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((item, index) => item === b[index]);

/** Problems listed in one answer; a file of 500 bad rows would otherwise answer with thousands. */
export const MAX_REPORTED_ISSUES = 50;
/** Rows checked between turns of the event loop. */
const PLAN_ROWS_PER_TURN = 25;

/** The first MAX_REPORTED_ISSUES problems, then one that says how many more there are. */
export function reportableIssues(issues: readonly ErrorIssue[]): ErrorIssue[] {
  if (issues.length <= MAX_REPORTED_ISSUES) return [...issues];
  const more = issues.length - MAX_REPORTED_ISSUES;
  return [
    ...issues.slice(0, MAX_REPORTED_ISSUES),
    {
      path: "rows",
      message: `And ${more.toLocaleString("en-GB")} more problem${more === 1 ? "" : "s"}: fix these, then import again to see the rest`,
    },
  ];
}

/** The 422 for a refused import: nothing was written, and where to look. */
export function importRefused(issues: readonly ErrorIssue[]): ApiError {
  const reported = reportableIssues(issues);
  const rows = [...new Set(reported.flatMap((issue) => /^rows\.(\d+)/.exec(issue.path)?.[1] ?? []))];
  const LISTED = 10;
  const message =
    rows.length === 0
      ? `Nothing was imported. ${reported[0]?.message ?? ""}`.trim()
      : `Nothing was imported. Check row${rows.length === 1 ? "" : "s"} ${rows.slice(0, LISTED).join(", ")}${
          rows.length > LISTED || reported.length < issues.length ? " and others" : ""
        }`;
  return new ApiError(422, "invalid_import", message, { issues: reported });
}

export async function planCommitmentImport(
  sheet: CommitmentSheet,
  current: readonly WorkspaceCommitment[],
): Promise<ImportPlanResult> {
  const { position } = sheet;
  const issues: ErrorIssue[] = [];
  const byId = new Map(current.map((commitment) => [commitment.id, commitment]));
  const seen = new Set<string>();
  const plan: CommitmentImportPlan = { creates: [], updates: [], unchanged: 0 };

  const planRow = (record: readonly string[], rowNumber: number) => {
    if (isBlank(record)) return;
    const cell = (column: Column) => restoreFormulaText(record[position.get(column) ?? -1] ?? "").trim();
    const rowIssues: ErrorIssue[] = [];
    const fail = (column: Column, message: string) =>
      rowIssues.push({ path: `rows.${rowNumber}.${column}`, message });
    const addIssues = (error: z.ZodError) => {
      const named = new Set<Column>();
      for (const issue of error.issues) {
        const column = COLUMN_OF_FIELD[String(issue.path[0] ?? "")] ?? "id";
        const plain = PLAIN_MESSAGES[column];
        // One plain message per column, however many ways the value was wrong.
        if (plain && named.has(column)) continue;
        named.add(column);
        fail(column, plain && !/^Enter |^Choose /.test(issue.message) ? plain : issue.message);
      }
    };

    const content = {
      title: cell("title"),
      partners: cell("partners"),
      mission: cell("mission"),
      impact: cell("impact"),
      principles: parsePrinciples(cell("principles")),
      lotiArea: cell("loti_area") === "" ? null : cell("loti_area"),
      committedOn: readDate(cell("committed_on")),
    };
    const statusCells = STATUS_COLUMNS.map((column) => cell(column));
    const reportsStatus = statusCells.some((value) => value !== "");
    const parseStatus = (): StatusUpdateInput | null => {
      if (!reportsStatus) return null;
      const parsed = StatusUpdateInputSchema.safeParse({
        status: cell("status"),
        phase: cell("phase") === "" ? null : cell("phase"),
        effectiveDate: readDate(cell("status_date")),
        note: cell("note"),
        evidenceUrls: readLinks(cell("evidence_url")),
        expectedVersion: 0,
      });
      if (parsed.success) return parsed.data;
      addIssues(parsed.error);
      return null;
    };

    const id = cell("id");
    if (id === "") {
      const parsed = NewCommitmentInputSchema.safeParse({
        ...content,
        targetDate: readDate(cell("target_date")),
      });
      if (!parsed.success) addIssues(parsed.error);
      const status = parseStatus();
      if (parsed.success && rowIssues.length === 0)
        plan.creates.push({ row: rowNumber, input: parsed.data, status });
      issues.push(...rowIssues);
      return;
    }

    const existing = z.uuid().safeParse(id).success ? byId.get(id) : undefined;
    if (!existing) {
      fail("id", "Your authority has no commitment with this id: leave it empty to add a new one");
      issues.push(...rowIssues);
      return;
    }
    if (seen.has(id)) {
      fail("id", "This commitment is in more than one row");
      issues.push(...rowIssues);
      return;
    }
    seen.add(id);
    if (cell("version") !== String(existing.version)) {
      fail("version", "This commitment changed since you exported it: export again and redo this row");
      issues.push(...rowIssues);
      return;
    }

    // Only what differs is checked and written, so an unchanged row always passes.
    const contentChanged =
      content.title !== existing.title.trim() ||
      content.partners !== existing.partners.trim() ||
      content.mission !== existing.mission.trim() ||
      content.impact !== existing.impact.trim() ||
      !sameList(content.principles as unknown[], existing.principles) ||
      content.lotiArea !== existing.lotiArea ||
      content.committedOn !== existing.committedOn;
    let newContent: CommitmentUpdatePlan["content"] = null;
    if (contentChanged) {
      const parsed = CommitmentInputSchema.safeParse({ ...content, expectedVersion: existing.version });
      if (parsed.success) newContent = parsed.data;
      else addIssues(parsed.error);
    }

    const latest = latestStatus(existing);
    const exported = [
      latest?.status ?? "",
      latest?.phase ?? "",
      latest?.effectiveDate ?? "",
      latest?.note?.trim() ?? "",
      (latest?.evidenceUrls ?? []).map((link) => link.trim()).join("\n"),
    ];
    // A date the spreadsheet rewrote as day/month/year is the same date; links are the same links
    // however they are separated.
    const statusChanged = !sameList(
      statusCells.map((value, index) => {
        const column = STATUS_COLUMNS[index];
        if (column === "status_date") return readDate(value);
        if (column === "evidence_url") return readLinks(value).join("\n");
        return value;
      }),
      exported,
    );
    const status = statusChanged ? parseStatus() : null;
    if (statusChanged && !reportsStatus) fail("status", "Choose a status");

    let targetDate: string | null = null;
    const targetCell = readDate(cell("target_date"));
    let targetReason: string | null = null;
    if (targetCell !== (existing.targetDate ?? "")) {
      const reasonAt = position.get(TARGET_DATE_REASON_COLUMN);
      const reason = reasonAt === undefined ? "" : restoreFormulaText(record[reasonAt] ?? "").trim();
      const parsed = TargetDateChangeInputSchema.safeParse({
        targetDate: targetCell,
        reason,
        expectedVersion: existing.version,
      });
      if (parsed.success) {
        targetDate = parsed.data.targetDate;
        targetReason = parsed.data.reason;
      } else {
        for (const issue of parsed.error.issues) {
          if (issue.path[0] === "reason") {
            fail(
              "target_date",
              reasonAt === undefined
                ? `The target date moved: add a ${TARGET_DATE_REASON_COLUMN} column and say why in this row`
                : `The target date moved: say why in ${TARGET_DATE_REASON_COLUMN}`,
            );
          } else {
            fail("target_date", PLAIN_MESSAGES.target_date ?? issue.message);
          }
        }
      }
    }

    issues.push(...rowIssues);
    if (rowIssues.length > 0) return;
    if (newContent === null && status === null && targetDate === null) {
      plan.unchanged += 1;
      return;
    }
    plan.updates.push({
      row: rowNumber,
      id,
      expectedVersion: existing.version,
      content: newContent,
      status,
      targetDate,
      targetReason,
    });
  };

  for (const [index, { row, cells }] of sheet.rows.entries()) {
    if (index > 0 && index % PLAN_ROWS_PER_TURN === 0) await nextTurn();
    planRow(cells, row);
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, plan };
}
