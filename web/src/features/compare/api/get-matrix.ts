import { queryOptions, useQuery } from "@tanstack/react-query";
import { buildApiPath, getJson } from "@/lib/api-client.ts";
import { publicDataKeys } from "@/lib/query-keys.ts";
import { type PageView, TODAY, useView, viewParams } from "@/lib/view.ts";

export function getMatrixCsvHref(view: PageView = TODAY): string {
  return buildApiPath("/api/matrix.csv", viewParams(view));
}

const loadMatrixSchema = () => import("@ldd/shared/leadership").then((module) => module.MatrixSchema);

export function getMatrix(view: PageView, signal?: AbortSignal) {
  return getJson(buildApiPath("/api/matrix", viewParams(view)), loadMatrixSchema, { signal });
}

export function getMatrixQueryOptions(view: PageView) {
  return queryOptions({
    queryKey: publicDataKeys.matrix(view),
    queryFn: ({ signal }) => getMatrix(view, signal),
  });
}

/** Every authority's commitments by principle and status (authority × principle). */
export function useMatrix() {
  return useQuery(getMatrixQueryOptions(useView()));
}
