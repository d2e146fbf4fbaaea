import { COMMITMENT_CSV_COLUMNS, MAX_IMPORT_ROWS } from "@ldd/shared/commitment-spreadsheet";
import type { ErrorIssue } from "@ldd/shared/errors";
import { CsvError, parse } from "csv-parse";
import { nextTurn } from "../../lib/next-turn.ts";

/*
 * Reading a commitments spreadsheet: the CSV parsed in bounded slices (a turn of the event loop
 * between them, docs/quality.md R12), its header checked, and every row kept with the number a
 * spreadsheet shows for it. What the rows mean is planned in commitment-spreadsheet.ts.
 */

/** Characters parsed between turns of the event loop. */
const PARSE_CHARS_PER_TURN = 16 * 1024;

/** The file as read: where each column is, and every row with its number (the header is row 1). */
export interface CommitmentSheet {
  position: ReadonlyMap<string, number>;
  rows: readonly { row: number; cells: readonly string[] }[];
}

export type SheetResult = { ok: true; sheet: CommitmentSheet } | { ok: false; issues: ErrorIssue[] };

export const isBlank = (record: readonly string[]) => record.every((cell) => cell.trim() === "");

/**
 * Parses the CSV a slice at a time, a turn of the event loop between slices, and stops as soon as
 * it has read more than `maxRows` rows that are not blank.
 */
async function parseInTurns(
  csv: string,
  maxRows: number,
): Promise<{ records: string[][] } | { error: CsvError } | { tooMany: true }> {
  // Any line ending, even mixed: a file saved by Excel (CRLF) and then edited elsewhere (LF).
  const parser = parse({
    bom: true,
    relax_column_count: true,
    skip_empty_lines: false,
    trim: false,
    record_delimiter: ["\r\n", "\n", "\r"],
  });
  const records: string[][] = [];
  let dataRows = 0;
  let failure: unknown;
  parser.on("data", (record: string[]) => {
    if (records.length > 0 && !isBlank(record)) dataRows += 1;
    records.push(record);
  });
  parser.on("error", (error) => {
    failure = error;
  });
  const ended = new Promise<void>((resolve) => {
    parser.on("end", resolve);
    parser.on("error", () => resolve());
  });
  for (let offset = 0; offset < csv.length && failure === undefined; offset += PARSE_CHARS_PER_TURN) {
    parser.write(csv.slice(offset, offset + PARSE_CHARS_PER_TURN));
    await nextTurn();
    if (dataRows > maxRows) {
      parser.destroy();
      return { tooMany: true };
    }
  }
  if (failure === undefined) {
    parser.end();
    await ended;
  }
  if (failure instanceof CsvError) return { error: failure };
  if (failure !== undefined) throw failure;
  if (dataRows > maxRows) return { tooMany: true };
  return { records };
}

/** Reads the file and checks its shape: valid CSV, each column once, at most MAX_IMPORT_ROWS rows. */
export async function readCommitmentSheet(csv: string): Promise<SheetResult> {
  const parsed = await parseInTurns(csv, MAX_IMPORT_ROWS);
  if ("tooMany" in parsed) {
    const message = `The file has more than ${MAX_IMPORT_ROWS} rows of commitments: import at most ${MAX_IMPORT_ROWS} at a time`;
    return { ok: false, issues: [{ path: "rows", message }] };
  }
  if ("error" in parsed) {
    const { error } = parsed;
    // `records` counts the rows read before the failing one, the header included.
    const where = typeof error.records === "number" ? `rows.${error.records + 1}` : "rows";
    return { ok: false, issues: [{ path: where, message: `The file is not valid CSV: ${error.message}` }] };
  }
  const [header, ...rows] = parsed.records;
  if (!header) return { ok: false, issues: [{ path: "rows.1", message: "The file is empty" }] };
  const issues: ErrorIssue[] = [];
  const position = new Map<string, number>();
  for (const [index, name] of header.entries()) {
    const column = name.trim();
    // A column twice would leave one of them silently unread.
    if (position.has(column) && (COMMITMENT_CSV_COLUMNS as readonly string[]).includes(column)) {
      issues.push({
        path: `rows.1.${column}`,
        message: `The column ${column} is in the file more than once: keep one`,
      });
    }
    if (!position.has(column)) position.set(column, index);
  }
  for (const column of COMMITMENT_CSV_COLUMNS) {
    if (!position.has(column))
      issues.push({ path: `rows.1.${column}`, message: `The column ${column} is missing` });
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, sheet: { position, rows: rows.map((cells, index) => ({ row: index + 2, cells })) } };
}
