import { lazy, Suspense } from "react";
import { Link, useSearchParams } from "wouter";
import { SeriesPanel } from "@/features/series/components/series-panel.tsx";
import { HeadlineFigures } from "@/features/summary/components/headline-figures.tsx";
import { SINCE_LABEL } from "@/features/summary/utils/since.ts";
import { dateQueryBoxes, readDateQuery } from "@/lib/date-query.ts";
import { useDocumentTitle } from "@/lib/use-document-title.ts";
import { useViewHref } from "@/lib/view.ts";

// The map of who has signed is at the foot of the page: it loads after the rest, and a page
// rendered on the server has it in its HTML meanwhile (docs/quality.md, P5).
const AuthorityTileGrid = lazy(() =>
  import("@/features/authorities/components/authority-tile-grid.tsx").then((module) => ({
    default: module.AuthorityTileGrid,
  })),
);

export function OverviewRoute() {
  useDocumentTitle(null);
  const viewHref = useViewHref();
  const [searchParams, setSearchParams] = useSearchParams();
  // `since=YYYY-MM-DD`, or the form's three boxes when it was sent without JavaScript.
  const since = readDateQuery(searchParams, "since", SINCE_LABEL);

  return (
    <>
      <h1 className="govuk-heading-xl">The Local Digital Declaration in London</h1>
      <p className="govuk-body-l">
        Which of London’s 33 local authorities have signed the Local Digital Declaration, what they committed
        to, how it is going, and who they work with.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" href={viewHref("/changes")}>
          What changed this month
        </Link>{" "}
        ·{" "}
        <Link className="govuk-link" href="/activity">
          Latest activity
        </Link>
      </p>
      <HeadlineFigures
        since={since}
        onSinceChange={(next) =>
          setSearchParams((previous) => {
            const params = new URLSearchParams(previous);
            for (const box of dateQueryBoxes("since")) params.delete(box);
            if (next) params.set("since", next);
            else params.delete("since");
            return params;
          })
        }
      />
      <div className="app-panel-grid">
        <SeriesPanel name="adoption" title="Adoption over time" kind="line" />
        <SeriesPanel
          name="commitments-by-status"
          title="Commitments by status over time"
          kind="stacked-area"
        />
        <SeriesPanel name="commitments-by-principle" title="Commitments by principle" kind="line" />
        <SeriesPanel name="partnerships-by-type" title="Active partnerships by partner type" kind="line" />
      </div>
      <p className="govuk-body">
        <Link className="govuk-link" href={viewHref("/partners")}>
          See every partner organisation and the authorities it works with
        </Link>
      </p>
      <Suspense fallback={null}>
        <AuthorityTileGrid />
      </Suspense>
    </>
  );
}
