import { type ReactNode, Suspense, useId, useState } from "react";
import { ErrorBoundary } from "./error-boundary.tsx";
import { ErrorMessage } from "./error-message.tsx";
import { Loading } from "./loading.tsx";
import { ScrollRegion } from "./scroll-region.tsx";

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
  return (
    <ScrollRegion label={table.caption} tall>
      <table className="govuk-table app-table--numeric">
        <caption className="govuk-table__caption govuk-table__caption--s">{table.caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              {table.rowHeaderLabel}
            </th>
            {table.columns.map((column) => (
              <th key={column.key} scope="col" className="govuk-table__header govuk-table__header--numeric">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {table.rows.map((row) => (
            <tr key={row.id} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {row.header}
              </th>
              {row.cells.map((cell, index) => (
                <td
                  key={table.columns[index]?.key ?? index}
                  className="govuk-table__cell govuk-table__cell--numeric"
                >
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
