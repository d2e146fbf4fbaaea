import { queryOptions, useQuery } from "@tanstack/react-query";
import { buildApiPath, getJson } from "@/lib/api-client.ts";
import { publicDataKeys } from "@/lib/query-keys.ts";
import { type PageView, viewParams } from "@/lib/view.ts";

const loadMatrixSchema = () => import("@ldd/shared/leadership").then((module) => module.MatrixSchema);

export const getMatrixCsvHref = (view: PageView) => buildApiPath("/api/matrix.csv", viewParams(view));

export function getMatrix(view: PageView, signal?: AbortSignal) {
  return getJson(buildApiPath("/api/matrix", viewParams(view)), loadMatrixSchema, { signal });
}

export function getMatrixQueryOptions(view: PageView) {
  return queryOptions({
    queryKey: publicDataKeys.matrix(view),
    queryFn: ({ signal }) => getMatrix(view, signal),
  });
}

/** Authority × principle for a view: the page's own, or one it names (a board report's month end). */
export function useMatrix(view: PageView) {
  return useQuery(getMatrixQueryOptions(view));
}
