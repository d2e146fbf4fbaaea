import type { Matrix } from "@ldd/shared/leadership";
import { PRINCIPLES } from "@ldd/shared/reference-data";
import { Link } from "wouter";
import { QueryBoundary } from "@/components/query-boundary.tsx";
import { ScrollRegion } from "@/components/scroll-region.tsx";
import { type PageView, withView } from "@/lib/view.ts";
import { getMatrixCsvHref, useMatrix } from "../api/get-matrix.ts";
import { describeCell, summariseMatrix, totalMatrix } from "../utils/describe-matrix.ts";

const PRINCIPLE_TITLES = new Map(PRINCIPLES.map((principle) => [principle.number, principle.title]));

const commitmentsHref = (view: PageView, authority: string | null, principle: number | null) => {
  const params = new URLSearchParams();
  if (authority) params.set("authority", authority);
  if (principle) params.set("principle", String(principle));
  const query = params.toString();
  return withView(query ? `/commitments?${query}` : "/commitments", view);
};

function MatrixTable({ matrix, view, caption }: { matrix: Matrix; view: PageView; caption: string }) {
  const totals = totalMatrix(matrix);
  const principles = PRINCIPLES.map((principle) => principle.number);
  return (
    <ScrollRegion label={caption}>
      <table className="govuk-table app-matrix">
        <caption className="govuk-table__caption govuk-visually-hidden">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Authority
            </th>
            {principles.map((principle) => (
              <th key={principle} scope="col" className="govuk-table__header app-matrix__principle">
                {principle}. {PRINCIPLE_TITLES.get(principle)}
              </th>
            ))}
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Commitments
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {matrix.rows.map((row) => {
            const rowTotal = row.cells.reduce((sum, cell) => sum + cell.total, 0);
            return (
              <tr key={row.gss} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  <Link className="govuk-link" href={commitmentsHref(view, row.gss, null)}>
                    {row.name}
                  </Link>
                </th>
                {principles.map((principle) => {
                  const cell = row.cells.find((candidate) => candidate.principle === principle);
                  return (
                    <td key={principle} className="govuk-table__cell">
                      {cell && cell.total > 0 ? (
                        <Link className="govuk-link" href={commitmentsHref(view, row.gss, principle)}>
                          {describeCell(cell)}
                          <span className="govuk-visually-hidden">
                            {" "}
                            – {row.name}, principle {principle}
                          </span>
                        </Link>
                      ) : (
                        <span className="app-secondary-text">None</span>
                      )}
                    </td>
                  );
                })}
                <td className="govuk-table__cell govuk-table__cell--numeric">{rowTotal}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr className="govuk-table__row app-matrix__totals">
            <th scope="row" className="govuk-table__header">
              All authorities
            </th>
            {principles.map((principle) => (
              <td key={principle} className="govuk-table__cell">
                {totals.principles.find((entry) => entry.principle === principle)?.total ?? 0}
              </td>
            ))}
            <td className="govuk-table__cell govuk-table__cell--numeric">{totals.commitments}</td>
          </tr>
        </tfoot>
      </table>
    </ScrollRegion>
  );
}

/**
 * Where every authority stands on each principle: a table whose cells say in words how many
 * commitments there are and how they are going, each linking to those commitments, a sentence
 * that sums it up and the CSV behind it.
 */
export function PortfolioMatrix({
  view,
  headingLevel = 2,
  title = "Portfolio: commitments by authority and principle",
}: {
  view: PageView;
  headingLevel?: 2 | 3;
  title?: string;
}) {
  const matrix = useMatrix(view);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className="app-section" aria-labelledby="portfolio-heading">
      <Heading className="govuk-heading-m" id="portfolio-heading">
        {title}
      </Heading>
      <QueryBoundary
        query={matrix}
        loadingLabel="Loading the portfolio…"
        errorTitle="Sorry, the portfolio could not be loaded"
      >
        {(data) => (
          <>
            <p className="govuk-body">{summariseMatrix(data, PRINCIPLE_TITLES)}</p>
            <p className="govuk-body-s app-secondary-text app-no-print">
              Each cell counts an authority’s commitments that serve the principle, by status. Select a number
              to see those commitments.
            </p>
            <MatrixTable matrix={data} view={view} caption={title} />
          </>
        )}
      </QueryBoundary>
      <p className="govuk-body app-no-print">
        <a className="govuk-link" href={getMatrixCsvHref(view)} download>
          Download the portfolio (CSV)
        </a>
      </p>
    </section>
  );
}
