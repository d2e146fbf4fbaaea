import type { AuthoritySummary } from "@ldd/shared/authorities";
import { useSearchParams } from "wouter";
import { ErrorSummary } from "@/components/forms/error-summary.tsx";
import { QueryBoundary } from "@/components/query-boundary.tsx";
import { getAuthoritiesCsvHref, useAuthorities } from "@/features/authorities/api/get-authorities.ts";
import { useAuthorityProfiles } from "@/features/authorities/api/get-authority-profile.ts";
import { getMatrixCsvHref, useMatrix } from "@/features/compare/api/get-matrix.ts";
import { CompareForm } from "@/features/compare/components/compare-form.tsx";
import { ComparisonTables } from "@/features/compare/components/comparison-tables.tsx";
import { PeerGroupLinks } from "@/features/compare/components/peer-group-links.tsx";
import {
  AUTHORITIES_FIELD_ID,
  compareEmbedHref,
  readCompareSelection,
} from "@/features/compare/utils/compare-selection.ts";
import { ComparisonPanel } from "@/features/series/components/comparison-panel.tsx";
import { COMPARISON_MEASURES } from "@/features/series/utils/comparison.ts";
import { useDocumentTitle } from "@/lib/use-document-title.ts";
import { useView, useViewHref } from "@/lib/view.ts";

function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** The chosen authorities side by side: facts, then each measure over time. */
function Comparison({ chosen, all }: { chosen: AuthoritySummary[]; all: readonly AuthoritySummary[] }) {
  const view = useView();
  const viewHref = useViewHref();
  const profiles = useAuthorityProfiles(chosen.map((authority) => authority.gss));
  const matrix = useMatrix();
  const first = chosen[0];
  return (
    <>
      <p className="govuk-body-l">Comparing {listInWords(chosen.map((authority) => authority.name))}.</p>
      <ComparisonTables
        authorities={chosen}
        profiles={profiles.map((profile) => profile.data)}
        profilesLoading={profiles.some((profile) => profile.isPending)}
        matrix={matrix.data}
        matrixLoading={matrix.isPending}
        viewHref={viewHref}
      />
      <ul className="govuk-list">
        <li>
          <a className="govuk-link" href={getAuthoritiesCsvHref(view)} download>
            Download every authority’s figures (CSV)
          </a>
        </li>
        <li>
          <a className="govuk-link" href={getMatrixCsvHref(view)} download>
            Download every authority’s commitments by principle and status (CSV)
          </a>
        </li>
      </ul>

      <h2 className="govuk-heading-l govuk-!-margin-top-8">Over time</h2>
      <p className="govuk-body">
        Each chart has a line per authority, the state at the end of each month; choose “Table” to read the
        figures.
      </p>
      <div className="app-panel-grid">
        {COMPARISON_MEASURES.map((measure) => (
          <ComparisonPanel
            key={measure}
            measure={measure}
            authorities={chosen}
            embedHref={viewHref(compareEmbedHref(measure, chosen))}
          />
        ))}
      </div>
      {first ? <PeerGroupLinks first={first} all={all} viewHref={viewHref} /> : null}
    </>
  );
}

export function CompareRoute() {
  const [searchParams] = useSearchParams();
  const selection = readCompareSelection(searchParams);
  const view = useView();
  const viewHref = useViewHref();
  const authorities = useAuthorities();
  const showing = selection.requested && selection.error === null;
  useDocumentTitle(`${selection.error ? "Error: " : ""}Compare authorities`);

  return (
    <>
      <ErrorSummary
        errors={selection.error ? [{ fieldId: AUTHORITIES_FIELD_ID, message: selection.error }] : []}
        focusKey={selection.error ? 1 : 0}
      />
      <h1 className="govuk-heading-xl">Compare authorities</h1>
      {!showing ? (
        <p className="govuk-body-l">
          See 2 to 4 London authorities side by side: their signature and LOTI membership, commitments by
          status and principle, partnerships, and how each has changed over time.
        </p>
      ) : null}
      <QueryBoundary query={authorities} loadingLabel="Loading authorities…">
        {(data) => {
          const byGss = new Map(data.authorities.map((authority) => [authority.gss, authority]));
          const chosen = selection.gss
            .map((gss) => byGss.get(gss))
            .filter((authority) => authority !== undefined);
          const start = selection.start ? byGss.get(selection.start) : undefined;
          if (showing) return <Comparison chosen={chosen} all={data.authorities} />;
          const first = chosen[0] ?? start;
          return first ? <PeerGroupLinks first={first} all={data.authorities} viewHref={viewHref} /> : null;
        }}
      </QueryBoundary>
      {showing ? (
        <details className="govuk-details govuk-!-margin-top-6">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Choose other authorities</span>
          </summary>
          <div className="govuk-details__text">
            <CompareForm key={searchParams.toString()} selection={selection} view={view} />
          </div>
        </details>
      ) : (
        <CompareForm key={searchParams.toString()} selection={selection} view={view} />
      )}
    </>
  );
}
