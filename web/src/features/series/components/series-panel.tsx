import { AUTHORITIES } from "@ldd/shared/reference-data";
import type { SeriesName, TimeSeries } from "@ldd/shared/series";
import { lazy, useMemo } from "react";
import { ChartPanel, ChartView } from "@/components/chart-panel.tsx";
import { QueryBoundary } from "@/components/query-boundary.tsx";
import { useView } from "@/lib/view.ts";
import { getSeriesCsvHref, getSeriesEmbedHref, useSeries } from "../api/get-series.ts";
import { isSeriesEmpty, toSeriesRows } from "../utils/series-rows.ts";
import { toSeriesTable } from "../utils/series-table.ts";
import { summariseSeries } from "../utils/summarise-series.ts";
import type { SeriesChartKind } from "./series-chart.tsx";

// recharts is large (~116 kB gzip): it loads in its own chunk, after the page (docs/quality.md, P5).
const SeriesChart = lazy(() =>
  import("./series-chart.tsx").then((module) => ({ default: module.SeriesChart })),
);

export interface SeriesPanelProps {
  name: SeriesName;
  title: string;
  kind: SeriesChartKind;
  headingLevel?: 2 | 3;
}

/** A chart panel for one of the API's monthly series, with its own loading, empty and error states. */
export function SeriesPanel({ name, title, kind, headingLevel }: SeriesPanelProps) {
  const series = useSeries(name);
  const view = useView();
  return (
    <ChartPanel
      title={title}
      headingLevel={headingLevel}
      csvHref={getSeriesCsvHref(name, view)}
      embedHref={getSeriesEmbedHref(name, view)}
    >
      <QueryBoundary
        query={series}
        loadingLabel={`Loading ${title.toLowerCase()}…`}
        errorTitle={`Sorry, “${title}” could not be loaded`}
        isEmpty={isSeriesEmpty}
      >
        {(data) => <SeriesView name={name} title={title} kind={kind} series={data} />}
      </QueryBoundary>
    </ChartPanel>
  );
}

function SeriesView({
  name,
  title,
  kind,
  series,
}: Omit<SeriesPanelProps, "headingLevel"> & { series: TimeSeries }) {
  const { summary, table, rows } = useMemo(
    () => ({
      summary: summariseSeries(series, { totalAuthorities: AUTHORITIES.length }),
      table: toSeriesTable(series, title),
      rows: toSeriesRows(series),
    }),
    [series, title],
  );
  return (
    <ChartView
      title={title}
      summary={summary}
      table={table}
      chart={
        <SeriesChart
          kind={kind}
          id={`chart-${name}`}
          title={title}
          summary={summary}
          unit={series.unit}
          keys={series.keys}
          rows={rows}
        />
      }
    />
  );
}
