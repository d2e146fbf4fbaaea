import { type ReactNode, Suspense, useId, useState } from "react";
import { DataTable, type DataTableColumn } from "./data-table.tsx";
import { ErrorBoundary } from "./error-boundary.tsx";
import { ErrorMessage } from "./error-message.tsx";
import { Loading } from "./loading.tsx";

export interface ChartTable {
  caption: string;
  /** Heading of the first column, whose cells head each row (e.g. "Month"). */
  rowHeaderLabel: string;
  columns: ReadonlyArray<{ key: string; label: string }>;
  rows: ReadonlyArray<{ id: string; header: string; cells: readonly string[] }>;
}

export type ChartPanelState =
  | { status: "loading" }
  | { status: "error"; error: unknown; onRetry?: () => void }
  | { status: "empty"; message?: string }
  | { status: "ready"; summary: string; table: ChartTable; chart: ReactNode };

export interface ChartPanelProps {
  title: string;
  headingLevel?: 2 | 3;
  /** Same-origin address of the CSV with the data behind the chart. */
  csvHref: string;
  state: ChartPanelState;
}

type View = "chart" | "table";

/**
 * Every chart on the dashboard sits in one of these: a heading, a one-sentence summary, a
 * Chart / Table switch (the table is a real table), a CSV download, and its own loading, empty
 * and error states (QUALITY A2).
 */
export function ChartPanel({ title, headingLevel = 2, csvHref, state }: ChartPanelProps) {
  const [view, setView] = useState<View>("chart");
  const headingId = useId();
  const Heading = headingLevel === 2 ? "h2" : "h3";

  return (
    <section className="app-chart-panel" aria-labelledby={headingId}>
      <Heading className={headingLevel === 2 ? "govuk-heading-m" : "govuk-heading-s"} id={headingId}>
        {title}
      </Heading>
      {state.status === "loading" ? <Loading label={`Loading ${title.toLowerCase()}…`} /> : null}
      {state.status === "error" ? (
        <ErrorMessage
          title={`Sorry, “${title}” could not be loaded`}
          error={state.error}
          onRetry={state.onRetry}
        />
      ) : null}
      {state.status === "empty" ? (
        <p className="govuk-body app-empty-state">{state.message ?? "There is no data to show yet."}</p>
      ) : null}
      {state.status === "ready" ? (
        <>
          <p className="govuk-body app-chart-panel__summary">{state.summary}</p>
          <fieldset className="app-view-switch">
            <legend className="govuk-visually-hidden">Show {title.toLowerCase()} as</legend>
            {(["chart", "table"] as const).map((option) => (
              <button
                key={option}
                type="button"
                className="app-view-switch__button"
                aria-pressed={view === option}
                onClick={() => setView(option)}
              >
                {option === "chart" ? "Chart" : "Table"}
              </button>
            ))}
          </fieldset>
          {view === "chart" ? (
            <ErrorBoundary
              fallback={(error) => <ErrorMessage title="Sorry, the chart could not be drawn" error={error} />}
            >
              <Suspense
                fallback={
                  <div className="app-series-chart app-series-chart--placeholder">
                    <Loading label="Loading chart…" />
                  </div>
                }
              >
                {state.chart}
              </Suspense>
            </ErrorBoundary>
          ) : (
            <ChartDataTable table={state.table} />
          )}
        </>
      ) : null}
      <p className="govuk-body app-chart-panel__download">
        <a className="govuk-link" href={csvHref} download>
          Download the data (CSV)<span className="govuk-visually-hidden">: {title}</span>
        </a>
      </p>
    </section>
  );
}

function ChartDataTable({ table }: { table: ChartTable }) {
  type Row = ChartTable["rows"][number];
  const columns: DataTableColumn<Row>[] = [
    { key: "row-header", header: table.rowHeaderLabel, cell: (row) => row.header, rowHeader: true },
    ...table.columns.map((column, index) => ({
      key: column.key,
      header: column.label,
      cell: (row: Row) => row.cells[index],
      numeric: true,
    })),
  ];
  return (
    <DataTable
      caption={table.caption}
      columns={columns}
      rows={table.rows}
      rowKey={(row) => row.id}
      scroll="tall"
    />
  );
}
