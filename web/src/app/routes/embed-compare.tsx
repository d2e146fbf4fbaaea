import { AUTHORITIES } from "@ldd/shared/reference-data";
import { COMPARISON_MEASURES, type ComparisonMeasure } from "@ldd/shared/series";
import { useParams, useSearchParams } from "wouter";
import { NotFoundMessage } from "@/components/not-found-message.tsx";
import { compareHref, readCompareSelection } from "@/features/compare/utils/compare-selection.ts";
import { ComparisonPanel } from "@/features/series/components/comparison-panel.tsx";
import { COMPARISON_MEASURE_DEFINITIONS } from "@/features/series/utils/comparison.ts";
import { useDocumentTitle } from "@/lib/use-document-title.ts";
import { EmbedFrame } from "./embed-frame.tsx";

const AUTHORITY_NAMES = new Map(AUTHORITIES.map((authority) => [authority.gss, authority.name]));
const isMeasure = (name: string): name is ComparisonMeasure =>
  (COMPARISON_MEASURES as readonly string[]).includes(name);

/**
 * `/embed/compare/:measure?authorities=A,B`: one measure of a comparison of 2 to 4 authorities,
 * made to be framed by another site, like `/embed/series/…` (a line per authority, its sentence,
 * table and data, the date, the licence and a way back to the comparison).
 */
export function EmbedCompareRoute() {
  const { measure = "" } = useParams<{ measure: string }>();
  const [searchParams] = useSearchParams();
  const selection = readCompareSelection(searchParams);
  const definition = isMeasure(measure) ? COMPARISON_MEASURE_DEFINITIONS[measure] : null;
  const names = selection.gss.map((gss) => AUTHORITY_NAMES.get(gss) ?? gss);
  const problem = !definition
    ? `There is no comparison chart called “${measure}”.`
    : !selection.requested || selection.error
      ? (selection.error ?? "Say which authorities to compare, as ?authorities=A,B").concat(".")
      : null;
  const title = definition ? `${definition.title}: ${names.join(", ")}` : null;
  useDocumentTitle(problem ? "Chart not found" : title);

  if (problem || !isMeasure(measure) || title === null) {
    return <NotFoundMessage title="Chart not found" detail={problem ?? ""} />;
  }
  const authorities = selection.gss.map((gss) => ({ gss, name: AUTHORITY_NAMES.get(gss) ?? gss }));
  return (
    <EmbedFrame
      title={title}
      sourceHref={compareHref(selection.gss)}
      downloads="The data behind each line is a CSV download below the chart"
    >
      <ComparisonPanel measure={measure} authorities={authorities} headingLevel={2} />
    </EmbedFrame>
  );
}
