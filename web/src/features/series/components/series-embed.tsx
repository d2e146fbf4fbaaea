import { AUTHORITIES } from "@ldd/shared/reference-data";
import type { SeriesName, TimeSeries } from "@ldd/shared/series";
import { lazy, useMemo } from "react";
import { ChartView } from "@/components/chart-panel.tsx";
import { QueryBoundary } from "@/components/query-boundary.tsx";
import { useView } from "@/lib/view.ts";
import { getSeriesCsvHref, useSeries } from "../api/get-series.ts";
import { SERIES_CHARTS } from "../utils/series-charts.ts";
import { isSeriesEmpty, toSeriesRows } from "../utils/series-rows.ts";
import { toSeriesTable } from "../utils/series-table.ts";
import { summariseAuthoritySeries } from "../utils/summarise-authority-series.ts";
import { summariseSeries } from "../utils/summarise-series.ts";
import type { SeriesChartKind } from "./series-chart.tsx";

const SeriesChart = lazy(() =>
  import("./series-chart.tsx").then((module) => ({ default: module.SeriesChart })),
);

/**
 * One monthly series on its own, for an embedded chart: its summary sentence, the Chart / Table
 * switch and the chart, for the page's view and, when given, one authority's records. The page
 * around it says where it comes from.
 */
export function SeriesEmbed({
  name,
  title,
  authority,
}: {
  name: SeriesName;
  title: string;
  authority?: { gss: string; name: string };
}) {
  const series = useSeries(name, authority?.gss);
  const { kind } = SERIES_CHARTS[name];
  return (
    <QueryBoundary
      query={series}
      loadingLabel={`Loading ${title.toLowerCase()}…`}
      errorTitle={`Sorry, “${title}” could not be loaded`}
      // One authority's adoption is worth showing even when it is all "no".
      isEmpty={(data) => (authority && name === "adoption" ? data.points.length === 0 : isSeriesEmpty(data))}
    >
      {(data) => <EmbeddedSeriesView data={data} title={title} kind={kind} authorityName={authority?.name} />}
    </QueryBoundary>
  );
}

function EmbeddedSeriesView({
  data,
  title,
  kind,
  authorityName,
}: {
  data: TimeSeries;
  title: string;
  kind: SeriesChartKind;
  authorityName: string | undefined;
}) {
  const { summary, table, rows } = useMemo(
    () => ({
      summary: authorityName
        ? summariseAuthoritySeries(data, authorityName, { totalAuthorities: AUTHORITIES.length })
        : summariseSeries(data, { totalAuthorities: AUTHORITIES.length }),
      table: toSeriesTable(data, title),
      rows: toSeriesRows(data),
    }),
    [data, title, authorityName],
  );
  return (
    <ChartView
      title={title}
      summary={summary}
      table={table}
      chart={
        <SeriesChart
          kind={kind}
          id={`embed-${data.name}`}
          title={title}
          summary={summary}
          unit={data.unit}
          keys={data.keys}
          rows={rows}
          binary={authorityName !== undefined && data.name === "adoption"}
        />
      }
    />
  );
}

/** The CSV behind an embedded chart, for its view and authority. */
export function useEmbedCsvHref(name: SeriesName, authority?: string): string {
  return getSeriesCsvHref(name, useView(), authority);
}
