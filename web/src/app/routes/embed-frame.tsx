import { formatLongDate } from "@ldd/shared/dates";
import type { ReactNode } from "react";
import { useMeta } from "@/features/meta/api/get-meta.ts";
import { useSiteOrigin } from "@/lib/use-hydrated.ts";
import { type PageView, useView, withView } from "@/lib/view.ts";

const OGL_URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

/**
 * What every chart-only page shows around its chart: the title, the date of the figures, and
 * where they come from (a link back to the dashboard page they are from, the data and the licence),
 * so a framed chart is citable on its own.
 */
export function EmbedFrame({
  title,
  sourceHref,
  downloads,
  children,
}: {
  title: string;
  /** The dashboard page the chart comes from (a path; the page's view is kept). */
  sourceHref: string;
  /** The links to the data behind the chart. */
  downloads: ReactNode;
  children: ReactNode;
}) {
  const view = useView();
  const meta = useMeta();
  const source = `${useSiteOrigin()}${withView(sourceHref, view)}`;
  return (
    <article className="app-embed__chart" aria-labelledby="embed-title">
      <h1 className="govuk-heading-m govuk-!-margin-bottom-2" id="embed-title">
        {title}
      </h1>
      <p className="govuk-body-s app-secondary-text govuk-!-margin-bottom-3">
        Local Digital Declaration in London. {describeDate(view, meta.data?.today)}
      </p>
      {children}
      <p className="govuk-body-s app-embed__source">
        Source:{" "}
        <a className="govuk-link" href={source} target="_blank" rel="noopener">
          Local Digital Declaration dashboard (opens in new tab)
        </a>
        , London Office of Technology and Innovation (LOTI). {downloads}. Licence:{" "}
        <a className="govuk-link" href={OGL_URL} rel="license noopener" target="_blank">
          Open Government Licence v3.0 (opens in new tab)
        </a>
        .
      </p>
    </article>
  );
}

/** Which date the figures are for, in words: the chosen date (as known or as published) or today. */
function describeDate(view: PageView, today: string | undefined): string {
  const wellFormed = (date: string) => (/^\d{4}-\d{2}-\d{2}$/.test(date) ? formatLongDate(date) : date);
  if (view.asOf === null) return today ? `Figures as they stood on ${wellFormed(today)}.` : "";
  return view.asPublished
    ? `Figures as published by the end of ${wellFormed(view.asOf)}.`
    : `Figures as they stood at the end of ${wellFormed(view.asOf)}, as known today.`;
}
