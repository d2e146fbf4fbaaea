import type { TimeSeries } from "@ldd/shared/series";
import type { ChartTable } from "@/components/chart-panel.tsx";
import { formatNumber } from "@/lib/format.ts";
import { readValue, toSeriesRows } from "./series-rows.ts";

/** The table alternative to a series chart: one row per month, newest first, one column per key. */
export function toSeriesTable(series: TimeSeries, title: string): ChartTable {
  return {
    caption: `${title}: ${series.unit} at the end of each month, newest first`,
    rowHeaderLabel: "Month",
    columns: series.keys.map(({ key, label }) => ({ key, label })),
    rows: toSeriesRows(series)
      .reverse()
      .map((row) => ({
        id: row.month,
        header: row.label,
        cells: series.keys.map(({ key }) => formatNumber(readValue(row, key))),
      })),
  };
}
