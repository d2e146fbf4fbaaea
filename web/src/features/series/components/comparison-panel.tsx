import { useQueries } from "@tanstack/react-query";
import { Fragment, lazy, useId } from "react";
import { type ChartTable, ChartView, EmbedDetails } from "@/components/chart-panel.tsx";
import { ErrorMessage } from "@/components/error-message.tsx";
import { Loading } from "@/components/loading.tsx";
import { useView } from "@/lib/view.ts";
import { getSeriesCsvHref, getSeriesQueryOptions } from "../api/get-series.ts";
import {
  buildComparison,
  COMPARISON_MEASURE_DEFINITIONS,
  type ComparedAuthority,
  type Comparison,
  type ComparisonMeasure,
  summariseComparison,
  toComparisonTable,
} from "../utils/comparison.ts";

// recharts loads in its own chunk, after the page (docs/quality.md, P5).
const SeriesChart = lazy(() =>
  import("./series-chart.tsx").then((module) => ({ default: module.SeriesChart })),
);

/**
 * One measure for 2 to 4 authorities over time: a line per authority, with a summary sentence, a
 * table and each authority's series as CSV. Each authority's series is read on its own
 * (`/api/series/{name}?authority=GSS`), for the page's view.
 */
export function ComparisonPanel({
  measure,
  authorities,
  headingLevel = 3,
  embedHref,
}: {
  measure: ComparisonMeasure;
  authorities: readonly ComparedAuthority[];
  headingLevel?: 2 | 3;
  /** The chart-only page other sites may frame (`/embed/compare/…`); none on that page itself. */
  embedHref?: string;
}) {
  const view = useView();
  const definition = COMPARISON_MEASURE_DEFINITIONS[measure];
  const headingId = useId();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const results = useQueries({
    queries: authorities.map((authority) => getSeriesQueryOptions(definition.series, view, authority.gss)),
  });
  const pending = results.some((result) => result.isPending);
  const failed = results.find((result) => result.isError);
  const series = results.map((result) => result.data);
  const ready = !pending && !failed && series.every((one) => one !== undefined);

  let content: { comparison: Comparison; summary: string; table: ChartTable } | null = null;
  if (ready) {
    const comparison = buildComparison(
      measure,
      authorities,
      series.filter((one) => one !== undefined),
    );
    content = {
      comparison,
      summary: summariseComparison(measure, comparison),
      table: toComparisonTable(measure, comparison),
    };
  }

  return (
    <section className="app-chart-panel" aria-labelledby={headingId}>
      <Heading className={headingLevel === 2 ? "govuk-heading-m" : "govuk-heading-s"} id={headingId}>
        {definition.title}
      </Heading>
      {failed ? (
        <ErrorMessage
          title={`Sorry, “${definition.title}” could not be loaded`}
          error={failed.error}
          onRetry={() => {
            for (const result of results) if (result.isError) void result.refetch();
          }}
        />
      ) : content ? (
        <ChartView
          title={definition.title}
          summary={content.summary}
          table={content.table}
          chart={
            <SeriesChart
              kind="line"
              id={`compare-${measure}`}
              title={definition.title}
              summary={content.summary}
              unit={definition.unit}
              keys={content.comparison.keys}
              rows={content.comparison.rows}
              binary={definition.binary}
              nested
            />
          }
        />
      ) : (
        <Loading label={`Loading ${definition.title.toLowerCase()}…`} />
      )}
      <p className="govuk-body app-chart-panel__download">
        Download the data (CSV):{" "}
        {authorities.map((authority, index) => (
          <Fragment key={authority.gss}>
            {index > 0 ? ", " : null}
            <a
              className="govuk-link"
              href={getSeriesCsvHref(definition.series, view, authority.gss)}
              download
            >
              {authority.name}
              <span className="govuk-visually-hidden">
                : {definition.title.toLowerCase()} and related series
              </span>
            </a>
          </Fragment>
        ))}
      </p>
      {embedHref ? <EmbedDetails href={embedHref} title={definition.title} /> : null}
    </section>
  );
}
