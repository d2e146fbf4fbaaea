import { stringify } from "csv-stringify/sync";

/** CSV with a header row, every field quoted where needed (csv-stringify). */
export function toCsv<T>(
  rows: readonly T[],
  columns: { header: string; value: (row: T) => unknown }[],
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
    { header: true, columns: columns.map((column) => column.header), bom: false },
  );
}

/** Spreadsheets run cells that start with = + - @ as formulas: make user text inert. */
function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
