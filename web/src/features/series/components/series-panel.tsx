import { AUTHORITIES } from "@ldd/shared/reference-data";
import type { SeriesName } from "@ldd/shared/series";
import { lazy, useMemo } from "react";
import { ChartPanel, type ChartPanelState } from "@/components/chart-panel.tsx";
import { getSeriesCsvHref, useSeries } from "../api/get-series.ts";
import { isSeriesEmpty, toSeriesRows } from "../utils/series-rows.ts";
import { toSeriesTable } from "../utils/series-table.ts";
import { summariseSeries } from "../utils/summarise-series.ts";
import type { SeriesChartKind } from "./series-chart.tsx";

// recharts is large (~116 kB gzip): it loads in its own chunk, after the page (QUALITY P5).
const SeriesChart = lazy(() =>
  import("./series-chart.tsx").then((module) => ({ default: module.SeriesChart })),
);

export interface SeriesPanelProps {
  name: SeriesName;
  title: string;
  kind: SeriesChartKind;
  headingLevel?: 2 | 3;
}

/** A chart panel for one of the API's monthly series. */
export function SeriesPanel({ name, title, kind, headingLevel }: SeriesPanelProps) {
  const series = useSeries(name);

  const state = useMemo((): ChartPanelState => {
    if (series.isPending) return { status: "loading" };
    if (series.isError) return { status: "error", error: series.error, onRetry: () => void series.refetch() };
    const data = series.data;
    if (isSeriesEmpty(data)) return { status: "empty" };
    const summary = summariseSeries(data, { totalAuthorities: AUTHORITIES.length });
    return {
      status: "ready",
      summary,
      table: toSeriesTable(data, title),
      chart: (
        <SeriesChart
          kind={kind}
          id={`chart-${name}`}
          title={title}
          summary={summary}
          unit={data.unit}
          keys={data.keys}
          rows={toSeriesRows(data)}
        />
      ),
    };
  }, [series.isPending, series.isError, series.error, series.data, series.refetch, kind, name, title]);

  return (
    <ChartPanel title={title} headingLevel={headingLevel} csvHref={getSeriesCsvHref(name)} state={state} />
  );
}
