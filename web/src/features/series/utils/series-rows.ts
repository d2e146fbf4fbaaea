import { formatMonth, formatShortMonth } from "@ldd/shared/dates";
import type { SeriesKey, TimeSeries } from "@ldd/shared/series";

/** One month of a series, ready to draw or tabulate: every key has a number. */
export interface SeriesRow {
  month: string;
  /** "November 2026", for tables and announcements. */
  label: string;
  /** "Nov 2026", for the chart axis. */
  shortLabel: string;
  values: Record<string, number>;
}

/** Turns an API series into rows in month order, filling any value the API left out with 0. */
export function toSeriesRows(series: TimeSeries): SeriesRow[] {
  return [...series.points]
    .sort((a, b) => a.month.localeCompare(b.month))
    .map((point) => ({
      month: point.month,
      label: formatMonth(point.month),
      shortLabel: formatShortMonth(point.month),
      values: Object.fromEntries(series.keys.map(({ key }) => [key, point.values[key] ?? 0])),
    }));
}

/** Nothing to draw: no months, no keys, or every value zero. */
export function isSeriesEmpty(series: TimeSeries): boolean {
  if (series.points.length === 0 || series.keys.length === 0) return true;
  return series.points.every((point) => series.keys.every(({ key }) => (point.values[key] ?? 0) === 0));
}

export function readValue(row: SeriesRow, key: SeriesKey["key"]): number {
  return row.values[key] ?? 0;
}
