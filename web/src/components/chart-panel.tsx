import { lazy, type ReactNode, Suspense, useId, useState } from "react";
import { useHydrated } from "@/lib/use-hydrated.ts";
import { DataTable, type DataTableColumn } from "./data-table.tsx";
import { ErrorBoundary } from "./error-boundary.tsx";
import { ErrorMessage } from "./error-message.tsx";
import { Loading } from "./loading.tsx";

// Only what an opened "Embed this chart" shows; the first load carries the closed details alone.
const EmbedCode = lazy(() => import("./embed-code.tsx").then((module) => ({ default: module.EmbedCode })));

export interface ChartTable {
  caption: string;
  /** Heading of the first column, whose cells head each row (e.g. "Month"). */
  rowHeaderLabel: string;
  columns: ReadonlyArray<{ key: string; label: string }>;
  rows: ReadonlyArray<{ id: string; header: string; cells: readonly string[] }>;
}

export interface ChartPanelProps {
  title: string;
  headingLevel?: 2 | 3;
  /** Same-origin address of the CSV with the data behind the chart. */
  csvHref: string;
  /** Same-origin address of the chart-only page other sites may frame (`/embed/…`). */
  embedHref?: string;
  /** The chart once its data is there, or the loading, empty or error state (see QueryBoundary). */
  children: ReactNode;
}

type View = "chart" | "table";

/**
 * Every chart on the dashboard sits in one of these: a heading, its content and a CSV download
 * that stays whatever state the content is in. The content is a ChartView (docs/quality.md, A2) or the
 * panel's own loading, empty and error states.
 */
export function ChartPanel({ title, headingLevel = 2, csvHref, embedHref, children }: ChartPanelProps) {
  const headingId = useId();
  const Heading = headingLevel === 2 ? "h2" : "h3";

  return (
    <section className="app-chart-panel" aria-labelledby={headingId}>
      <Heading className={headingLevel === 2 ? "govuk-heading-m" : "govuk-heading-s"} id={headingId}>
        {title}
      </Heading>
      {children}
      <p className="govuk-body app-chart-panel__download">
        <a className="govuk-link" href={csvHref} download>
          Download the data (CSV)<span className="govuk-visually-hidden">: {title}</span>
        </a>
      </p>
      {embedHref ? <EmbedDetails href={embedHref} title={title} /> : null}
    </section>
  );
}

/**
 * A chart ready to draw: a one-sentence summary, a Chart / Table switch (the table is a real
 * table) and the chart itself, drawn in its own error boundary because it loads lazily.
 */
export function ChartView({
  title,
  summary,
  table,
  chart,
}: {
  title: string;
  summary: string;
  table: ChartTable;
  chart: ReactNode;
}) {
  const [view, setView] = useState<View>("chart");
  const hydrated = useHydrated();
  const placeholder = (
    <div className="app-series-chart app-series-chart--placeholder app-needs-script">
      <Loading label="Loading chart…" />
    </div>
  );
  return (
    <>
      <p className="govuk-body app-chart-panel__summary">{summary}</p>
      <fieldset className="app-view-switch app-needs-script">
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
      {!hydrated ? (
        // The server's HTML, and the browser's until it has hydrated it: the chart's space, kept
        // so nothing shifts when it is drawn, and, for a browser without JavaScript, the table.
        <>
          {placeholder}
          <noscript>
            <ChartDataTable table={table} />
          </noscript>
        </>
      ) : view === "chart" ? (
        <ErrorBoundary
          fallback={(error) => <ErrorMessage title="Sorry, the chart could not be drawn" error={error} />}
        >
          <Suspense fallback={placeholder}>{chart}</Suspense>
        </ErrorBoundary>
      ) : (
        <ChartDataTable table={table} />
      )}
    </>
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

/** "Embed this chart": closed until asked for, its contents loaded the first time it opens. */
export function EmbedDetails({ href, title }: { href: string; title: string }) {
  const [opened, setOpened] = useState(false);
  return (
    <details
      className="govuk-details app-embed-details app-needs-script"
      onToggle={(event) => event.currentTarget.open && setOpened(true)}
    >
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          Embed this chart<span className="govuk-visually-hidden">: {title}</span>
        </span>
      </summary>
      <div className="govuk-details__text">
        {opened ? (
          <Suspense fallback={<Loading label="Loading the embed code…" />}>
            <EmbedCode href={href} title={title} />
          </Suspense>
        ) : null}
      </div>
    </details>
  );
}
