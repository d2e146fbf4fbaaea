import { formatInstantAsLongDate, formatLongDate, getLondonToday } from "@ldd/shared/dates";
import { lazy, Suspense } from "react";
import { QueryBoundary } from "@/components/query-boundary.tsx";
import type { DateQuery } from "@/lib/date-query.ts";
import { formatChange, formatNumber } from "@/lib/format.ts";
import { useSummary } from "../api/get-summary.ts";
import { getHeadlineFigures } from "../utils/headline-figures.ts";

// The date form (its checks and messages) is not needed to show the figures: it loads after them,
// and a page rendered on the server has it in its HTML meanwhile (docs/quality.md, P5).
const SinceForm = lazy(() => import("./since-form.tsx").then((module) => ({ default: module.SinceForm })));

/** The six headline figures, with "change since" a chosen date. */
export function HeadlineFigures({
  since,
  onSinceChange,
}: {
  /** The date from the address (see readDateQuery); a wrong one is shown on the form, not asked for. */
  since: DateQuery;
  onSinceChange: (since: string | null) => void;
}) {
  // A date in the future is an error on the form, not a question for the API.
  const summary = useSummary(since.value && since.value <= getLondonToday() ? since.value : undefined);

  return (
    <section aria-labelledby="headline-heading" className="app-headline">
      <h2 className="govuk-heading-m" id="headline-heading">
        Headline figures
      </h2>
      <Suspense fallback={null}>
        <SinceForm since={since} onSinceChange={onSinceChange} />
      </Suspense>
      <QueryBoundary
        query={summary}
        placeholder={
          <ul
            className="app-figure-grid app-figure-grid--loading"
            aria-busy="true"
            aria-label="Loading headline figures"
          >
            {["a", "b", "c", "d", "e", "f"].map((placeholder) => (
              <li key={placeholder} className="app-figure app-figure--placeholder" />
            ))}
          </ul>
        }
      >
        {(data) => (
          <>
            <p className="govuk-body-s app-secondary-text">
              As of {formatLongDate(data.asOf)}
              {data.lastUpdatedAt ? `; last updated ${formatInstantAsLongDate(data.lastUpdatedAt)}` : ""}.
            </p>
            <ul className="app-figure-grid">
              {getHeadlineFigures(data).map((figure) => (
                <li key={figure.id} className="app-figure">
                  <span className="app-figure__label">{figure.label}</span>
                  <span className="app-figure__value">
                    {formatNumber(figure.value)}
                    {figure.outOf !== null ? (
                      <span className="app-figure__out-of"> of {formatNumber(figure.outOf)}</span>
                    ) : null}
                  </span>
                  {figure.change !== null && data.since ? (
                    <span className="app-figure__change">
                      {formatChange(figure.change)} since {formatLongDate(data.since.date)}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        )}
      </QueryBoundary>
    </section>
  );
}
