import type { SeriesData } from "@ldd/shared/series";
import { toCsv } from "../../lib/csv.ts";
import { ApiError } from "../../lib/errors.ts";
import type { AppRouteHandler } from "../../lib/types.ts";
import { sendSnapshotCsv, sendSnapshotJson, snapshotKey, viewOf } from "../../public-data/public-response.ts";
import type { getSeries } from "./series.routes.ts";

/** One row per month, one column per key: the table beside every chart. */
export function seriesToCsv(series: SeriesData): string {
  return toCsv(series.points, [
    { header: "month", value: (point) => point.month },
    ...series.keys.map((key) => ({
      header: key.label,
      value: (point: SeriesData["points"][number]) => point.values[key.key] ?? 0,
    })),
  ]);
}

export const getSeriesHandler: AppRouteHandler<typeof getSeries> = async (c) => {
  const { name, csv } = c.req.valid("param").name;
  const query = c.req.valid("query");
  const view = viewOf(c, query);
  const { authority } = query;
  if (authority && !(await c.var.snapshot.getData()).current.profiles.has(authority)) {
    throw new ApiError(404, "not_found", `No authority has the GSS code ${authority}`);
  }
  const seriesOf = (data: Parameters<Parameters<typeof sendSnapshotJson>[2]>[0]) => {
    const model = data.at(view);
    return authority ? model.seriesFor(authority)[name] : model.series[name];
  };
  if (csv) {
    const filename = authority ? `${name}-${authority}.csv` : `${name}.csv`;
    return sendSnapshotCsv(c, snapshotKey(`series/${name}.csv`, query), filename, (data) =>
      seriesToCsv(seriesOf(data)),
    );
  }
  return sendSnapshotJson(c, snapshotKey(`series/${name}`, query), (data) => ({
    ...seriesOf(data),
    view,
    authorityGss: authority ?? null,
  }));
};
