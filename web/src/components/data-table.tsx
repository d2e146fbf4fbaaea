import type { ReactNode } from "react";
import { ScrollRegion } from "./scroll-region.tsx";

export interface DataTableColumn<Row> {
  /** Unique within the table. */
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Numbers: right-aligned, header and cells alike. */
  numeric?: boolean;
  /** The column that names each row: its cells are row headers, so screen readers announce them. */
  rowHeader?: boolean;
  /** Extra classes for the column's cells, e.g. "app-nowrap" for dates. */
  cellClassName?: string;
  /** For a sortable column: how the rows are sorted by it ("none" when sorted by another column). */
  sort?: "ascending" | "descending" | "none";
}

/**
 * Every table of the dashboard: a GOV.UK table with a caption (its accessible name), column
 * headers with `scope`, a row header where a row has a name, numbers right-aligned, and, when
 * asked, a message instead of an empty table or a region that scrolls sideways on small screens.
 */
export function DataTable<Row>({
  caption,
  captionSize = "s",
  hideCaption = false,
  columns,
  rows,
  rowKey,
  emptyMessage,
  scroll,
}: {
  caption: string;
  captionSize?: "s" | "m";
  /** For a table whose heading already says what it is: the caption is still read out. */
  hideCaption?: boolean;
  columns: readonly DataTableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Shown instead of a table with no rows. */
  emptyMessage?: ReactNode;
  /** Wide tables scroll sideways in a region keyboard users can focus; tall ones scroll down too. */
  scroll?: "wide" | "tall";
}) {
  if (rows.length === 0 && emptyMessage !== undefined) return <p className="govuk-body">{emptyMessage}</p>;

  const table = (
    <table className="govuk-table">
      <caption
        className={`govuk-table__caption govuk-table__caption--${captionSize}${hideCaption ? " govuk-visually-hidden" : ""}`}
      >
        {caption}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {columns.map((column) => (
            <th
              key={column.key}
              scope="col"
              className={`govuk-table__header${column.numeric ? " govuk-table__header--numeric" : ""}`}
              aria-sort={column.sort}
            >
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr key={rowKey(row)} className="govuk-table__row">
            {columns.map((column) => {
              const className = [
                column.rowHeader ? "govuk-table__header" : "govuk-table__cell",
                column.numeric
                  ? column.rowHeader
                    ? "govuk-table__header--numeric"
                    : "govuk-table__cell--numeric"
                  : "",
                column.cellClassName ?? "",
              ]
                .filter(Boolean)
                .join(" ");
              return column.rowHeader ? (
                <th key={column.key} scope="row" className={className}>
                  {column.cell(row)}
                </th>
              ) : (
                <td key={column.key} className={className}>
                  {column.cell(row)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );

  return scroll ? (
    <ScrollRegion label={caption} tall={scroll === "tall"}>
      {table}
    </ScrollRegion>
  ) : (
    table
  );
}
