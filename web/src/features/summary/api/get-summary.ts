import { queryOptions, useQuery } from "@tanstack/react-query";
import { ApiError, buildApiPath, getJson } from "@/lib/api-client.ts";
import { publicDataKeys } from "@/lib/query-keys.ts";
import { type PageView, useView, viewParams } from "@/lib/view.ts";

const loadSummarySchema = () => import("@ldd/shared/series").then((module) => module.SummarySchema);

/** Checks the date from the address bar with the contract before asking the API. */
async function checkSince(since: string | undefined): Promise<string | undefined> {
  if (since === undefined) return undefined;
  const { SummaryQuerySchema } = await import("@ldd/shared/series");
  const parsed = SummaryQuerySchema.safeParse({ since });
  if (!parsed.success) {
    throw new ApiError(
      400,
      "invalid_request",
      `“${since}” is not a date to compare with. Enter a real date in the form YYYY-MM-DD.`,
    );
  }
  return parsed.data.since;
}

export async function getSummary({ since }: { since?: string }, view: PageView, signal?: AbortSignal) {
  const checkedSince = await checkSince(since);
  return getJson(
    buildApiPath("/api/summary", { since: checkedSince, ...viewParams(view) }),
    loadSummarySchema,
    {
      signal,
    },
  );
}

export function getSummaryQueryOptions(view: PageView, since?: string) {
  return queryOptions({
    queryKey: publicDataKeys.summary(view, since ?? null),
    queryFn: ({ signal }) => getSummary({ since }, view, signal),
  });
}

/** The headline figures for the page's view, or for a view the page names (a board report's month end). */
export function useSummary(since?: string, view?: PageView) {
  const pageView = useView();
  return useQuery(getSummaryQueryOptions(view ?? pageView, since));
}
