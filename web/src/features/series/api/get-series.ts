import type { SeriesName } from "@ldd/shared/series";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { buildApiPath, getJson } from "@/lib/api-client.ts";
import { publicDataKeys } from "@/lib/query-keys.ts";
import { type PageView, TODAY, useView, viewParams } from "@/lib/view.ts";

export function getSeriesCsvHref(name: SeriesName, view: PageView = TODAY, authority?: string): string {
  return buildApiPath(`/api/series/${name}.csv`, { authority, ...viewParams(view) });
}

/** The chart-only page of a series, for other sites to embed (same view, same authority). */
export function getSeriesEmbedHref(name: SeriesName, view: PageView = TODAY, authority?: string): string {
  return buildApiPath(`/embed/series/${name}`, { authority, ...viewParams(view) });
}

const loadTimeSeriesSchema = () => import("@ldd/shared/series").then((module) => module.TimeSeriesSchema);

export function getSeries(name: SeriesName, view: PageView, authority?: string, signal?: AbortSignal) {
  return getJson(
    buildApiPath(`/api/series/${name}`, { authority, ...viewParams(view) }),
    loadTimeSeriesSchema,
    { signal },
  );
}

export function getSeriesQueryOptions(name: SeriesName, view: PageView, authority?: string) {
  return queryOptions({
    queryKey: publicDataKeys.series(view, name, authority ?? null),
    queryFn: ({ signal }) => getSeries(name, view, authority, signal),
  });
}

/** A series for the page's view; for one authority's records when `authority` is given. */
export function useSeries(name: SeriesName, authority?: string) {
  return useQuery(getSeriesQueryOptions(name, useView(), authority));
}
