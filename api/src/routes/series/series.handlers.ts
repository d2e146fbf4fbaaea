import type { TimeSeries } from "@ldd/shared/series";
import { toCsv } from "../../lib/csv.ts";
import type { AppRouteHandler } from "../../lib/types.ts";
import { sendSnapshotCsv, sendSnapshotJson } from "../../public-data/public-response.ts";
import type { getSeries } from "./series.routes.ts";

/** One row per month, one column per key: the table beside every chart. */
export function seriesToCsv(series: TimeSeries): string {
  return toCsv(series.points, [
    { header: "month", value: (point) => point.month },
    ...series.keys.map((key) => ({
      header: key.label,
      value: (point: TimeSeries["points"][number]) => point.values[key.key] ?? 0,
    })),
  ]);
}

export const getSeriesHandler: AppRouteHandler<typeof getSeries> = (c) => {
  const { name, csv } = c.req.valid("param").name;
  if (csv) {
    return sendSnapshotCsv(c, `series/${name}.csv`, `${name}.csv`, (model) =>
      seriesToCsv(model.series[name]),
    );
  }
  return sendSnapshotJson(c, `series/${name}`, (model) => model.series[name]);
};
