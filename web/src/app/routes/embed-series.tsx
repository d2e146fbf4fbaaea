import { AUTHORITIES } from "@ldd/shared/reference-data";
import { SERIES_NAMES, type SeriesName } from "@ldd/shared/series";
import { useParams, useSearch } from "wouter";
import { NotFoundMessage } from "@/components/not-found-message.tsx";
import { SeriesEmbed, useEmbedCsvHref } from "@/features/series/components/series-embed.tsx";
import { SERIES_CHARTS } from "@/features/series/utils/series-charts.ts";
import { useDocumentTitle } from "@/lib/use-document-title.ts";
import { EmbedFrame } from "./embed-frame.tsx";

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
  const csvHref = useEmbedCsvHref(name, authority?.gss);
  return (
    <EmbedFrame
      title={title}
      sourceHref={authority ? `/authorities/${authority.gss}` : "/"}
      downloads={
        <a className="govuk-link" href={csvHref} download>
          Download the data (CSV)
        </a>
      }
    >
      <SeriesEmbed name={name} title={title} authority={authority} />
    </EmbedFrame>
  );
}
