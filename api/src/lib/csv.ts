import { stringify } from "csv-stringify/sync";

/**
 * The GOV.UK tabular data standard's file conventions, for the open data package: a byte-order
 * mark so spreadsheets read UTF-8, and CRLF line ends (RFC 4180).
 */
export const GOV_UK_CSV = { bom: true, crlf: true } as const;

/** CSV with a header row, every field quoted where needed (csv-stringify). */
export function toCsv<T>(
  rows: readonly T[],
  columns: readonly { header: string; value: (row: T) => unknown }[],
  { bom = false, crlf = false }: { bom?: boolean; crlf?: boolean } = {},
): string {
  return stringify(
    rows.map((row) =>
      columns.map((column) => {
        const value = column.value(row);
        if (value === null || value === undefined) return "";
        if (typeof value === "number" || typeof value === "boolean") return String(value);
        return neutraliseFormula(Array.isArray(value) ? value.join("; ") : String(value));
      }),
    ),
    {
      header: true,
      columns: columns.map((column) => column.header),
      bom,
      record_delimiter: crlf ? "windows" : "unix",
    },
  );
}

/*
 * Spreadsheets run cells that start with = + - @ (or a tab or carriage return) as formulas, so
 * user text that does is written with a leading apostrophe, which makes it inert. Text that
 * already starts with apostrophes before such a character ("'+44 20 7946 0000", as people type
 * to keep a phone number as text) gets one more, so that restoreFormulaText, which takes exactly
 * one off, gives back every text exactly as it was: without that, an import of an unedited export
 * took the user's own apostrophe for ours and changed the text.
 */
const NEEDS_APOSTROPHE = /^'*[=+\-@\t\r]/;
const HAS_OUR_APOSTROPHE = /^'+[=+\-@\t\r]/;

function neutraliseFormula(text: string): string {
  return NEEDS_APOSTROPHE.test(text) ? `'${text}` : text;
}

/** The text a cell of our export stood for: the apostrophe neutraliseFormula added, taken off. */
export function restoreFormulaText(cell: string): string {
  return HAS_OUR_APOSTROPHE.test(cell) ? cell.slice(1) : cell;
}
