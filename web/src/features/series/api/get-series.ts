import type { SeriesName } from "@ldd/shared/series";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { getJson } from "@/lib/api-client.ts";
import { publicDataKeys } from "@/lib/query-keys.ts";

export function getSeriesCsvHref(name: SeriesName): string {
  return `/api/series/${name}.csv`;
}

const loadTimeSeriesSchema = () => import("@ldd/shared/series").then((module) => module.TimeSeriesSchema);

export function getSeries(name: SeriesName, signal?: AbortSignal) {
  return getJson(`/api/series/${name}`, loadTimeSeriesSchema, { signal });
}

export function getSeriesQueryOptions(name: SeriesName) {
  return queryOptions({
    queryKey: publicDataKeys.series(name),
    queryFn: ({ signal }) => getSeries(name, signal),
  });
}

export function useSeries(name: SeriesName) {
  return useQuery(getSeriesQueryOptions(name));
}
