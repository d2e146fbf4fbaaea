import { formatLongDate } from "@ldd/shared/dates";
import { DataTable } from "@/components/data-table.tsx";
import { QueryBoundary } from "@/components/query-boundary.tsx";
import { formatChange, formatNumber } from "@/lib/format.ts";
import type { PageView } from "@/lib/view.ts";
import { useSummary } from "../api/get-summary.ts";
import { getHeadlineFigures } from "../utils/headline-figures.ts";

/**
 * The headline figures at the end of a view's date beside those at an earlier date, with the
 * change, as a table: a board paper quotes it as it is.
 */
export function FiguresComparison({ view, since }: { view: PageView; since: string }) {
  const summary = useSummary(since, view);
  return (
    <QueryBoundary
      query={summary}
      loadingLabel="Loading the headline figures…"
      errorTitle="Sorry, the headline figures could not be loaded"
    >
      {(data) => {
        const figures = getHeadlineFigures(data);
        const before = data.since;
        return (
          <div className="app-narrow">
            <DataTable
              caption={`Headline figures at the end of ${formatLongDate(data.asOf)}`}
              hideCaption
              columns={[
                { key: "figure", header: "Figure", rowHeader: true, cell: (figure) => figure.label },
                {
                  key: "now",
                  header: formatLongDate(data.asOf),
                  numeric: true,
                  cell: (figure) =>
                    `${formatNumber(figure.value)}${figure.outOf !== null ? ` of ${formatNumber(figure.outOf)}` : ""}`,
                },
                {
                  key: "change",
                  header: before ? `Change since ${formatLongDate(before.date)}` : "Change",
                  numeric: true,
                  cell: (figure) => (figure.change === null ? "–" : formatChange(figure.change)),
                },
              ]}
              rows={figures}
              rowKey={(figure) => figure.id}
            />
          </div>
        );
      }}
    </QueryBoundary>
  );
}
