import { formatLongDate } from "@ldd/shared/dates";
import { AUTHORITIES } from "@ldd/shared/reference-data";
import { SERIES_NAMES, type SeriesName } from "@ldd/shared/series";
import { useParams, useSearch } from "wouter";
import { NotFoundMessage } from "@/components/not-found-message.tsx";
import { useMeta } from "@/features/meta/api/get-meta.ts";
import { SeriesEmbed, useEmbedCsvHref } from "@/features/series/components/series-embed.tsx";
import { SERIES_CHARTS } from "@/features/series/utils/series-charts.ts";
import { useDocumentTitle } from "@/lib/use-document-title.ts";
import { type PageView, useView, withView } from "@/lib/view.ts";

const OGL_URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";
const isSeriesName = (name: string): name is SeriesName => (SERIES_NAMES as readonly string[]).includes(name);

/**
 * `/embed/series/:name`: one chart made to be framed by another site (the server lets only
 * `/embed/…` be framed). No header, navigation or footer; the chart, its sentence and table, the
 * date of the figures, the licence and a way back to the dashboard. `?authority=` narrows it to one
 * authority's records; `?asOf` and `asPublished` fix the date as on every public page.
 */
export function EmbedSeriesRoute() {
  const { name = "" } = useParams<{ name: string }>();
  const gss = new URLSearchParams(useSearch()).get("authority");
  const authority = gss ? AUTHORITIES.find((candidate) => candidate.gss === gss) : undefined;
  const known = isSeriesName(name) && (gss === null || authority !== undefined);
  const chart = isSeriesName(name) ? SERIES_CHARTS[name] : null;
  const title = chart && authority ? `${chart.title}: ${authority.name}` : (chart?.title ?? null);
  useDocumentTitle(known ? title : "Chart not found");

  if (!known || !isSeriesName(name) || title === null) {
    return (
      <NotFoundMessage
        title="Chart not found"
        detail={
          gss && !authority
            ? `No London authority has the code ${gss}.`
            : `There is no chart called “${name}”.`
        }
      />
    );
  }
  return (
    <EmbeddedChart
      name={name}
      title={title}
      authority={authority ? { gss: authority.gss, name: authority.name } : undefined}
    />
  );
}

function EmbeddedChart({
  name,
  title,
  authority,
}: {
  name: SeriesName;
  title: string;
  authority: { gss: string; name: string } | undefined;
}) {
  const view = useView();
  const meta = useMeta();
  const csvHref = useEmbedCsvHref(name, authority?.gss);
  const source = new URL(
    withView(authority ? `/authorities/${authority.gss}` : "/", view),
    window.location.origin,
  ).toString();
  return (
    <article className="app-embed__chart" aria-labelledby="embed-title">
      <h1 className="govuk-heading-m govuk-!-margin-bottom-2" id="embed-title">
        {title}
      </h1>
      <p className="govuk-body-s app-secondary-text govuk-!-margin-bottom-3">
        Local Digital Declaration in London. {describeDate(view, meta.data?.today)}
      </p>
      <SeriesEmbed name={name} title={title} authority={authority} />
      <p className="govuk-body-s app-embed__source">
        Source:{" "}
        <a className="govuk-link" href={source} target="_blank" rel="noopener">
          Local Digital Declaration dashboard (opens in new tab)
        </a>
        , London Office of Technology and Innovation (LOTI).{" "}
        <a className="govuk-link" href={csvHref} download>
          Download the data (CSV)
        </a>
        . Licence:{" "}
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
