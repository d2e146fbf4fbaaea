import { formatLongDate, formatMonth, getLondonToday } from "@ldd/shared/dates";
import { DECLARATION_LAUNCH_DATE } from "@ldd/shared/reference-data";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useLocation, useSearch, useSearchParams } from "wouter";
import { DataTable } from "@/components/data-table.tsx";
import { PrintButton } from "@/components/print-button.tsx";
import { QueryBoundary } from "@/components/query-boundary.tsx";
import { getAuthoritiesQueryOptions } from "@/features/authorities/api/get-authorities.ts";
import { ChangesBetween } from "@/features/changes/components/changes-between.tsx";
import { AttentionCounts } from "@/features/commitments/components/commitment-attention.tsx";
import { DEFAULT_STALE_DAYS } from "@/features/commitments/utils/attention.ts";
import { PortfolioMatrix } from "@/features/portfolio/components/portfolio-matrix.tsx";
import { FiguresComparison } from "@/features/summary/components/figures-comparison.tsx";
import { buildApiPath } from "@/lib/api-client.ts";
import { isMonth, lastDayOfMonth, monthOf, monthsNewestFirst, previousMonth } from "@/lib/months.ts";
import { useDocumentTitle } from "@/lib/use-document-title.ts";
import { useSiteOrigin } from "@/lib/use-hydrated.ts";
import { type PageView, withView } from "@/lib/view.ts";

const FIRST_MONTH = monthOf(DECLARATION_LAUNCH_DATE);

/** The month form: a GET form, so it works without JavaScript and the month is in the address. */
function MonthForm({ month, months }: { month: string; months: readonly string[] }) {
  const [location] = useLocation();
  const search = useSearch();
  const [, setSearchParams] = useSearchParams();
  return (
    <form
      method="get"
      action={location}
      className="app-inline-form app-no-print"
      key={search}
      onSubmit={(event) => {
        event.preventDefault();
        const chosen = new FormData(event.currentTarget).get("month");
        if (typeof chosen === "string") setSearchParams({ month: chosen });
      }}
    >
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor="report-month">
          Month
        </label>
        <div className="app-inline-form__row">
          <select className="govuk-select" id="report-month" name="month" defaultValue={month}>
            {months.map((candidate) => (
              <option key={candidate} value={candidate}>
                {formatMonth(candidate)}
              </option>
            ))}
          </select>
          <button type="submit" className="govuk-button govuk-button--secondary">
            Show report
          </button>
        </div>
      </div>
    </form>
  );
}

/** A link a printed page shows with its full address, so a paper copy still leads to it. */
function SourceLink({ href, children }: { href: string; children: string }) {
  const absolute = `${useSiteOrigin()}${href}`;
  return (
    <>
      <a className="govuk-link" href={href}>
        {children}
      </a>
      <span className="app-print-only"> ({absolute})</span>
    </>
  );
}

/**
 * A board report for one complete month, as published at its last day: the figures a board paper
 * quotes, which never change (docs/decisions/012-time-machine.md).
 */
export function ReportRoute() {
  const [searchParams] = useSearchParams();
  const lastComplete = previousMonth(monthOf(getLondonToday()));
  // `/leadership/report?asOf=…&since=…` names the two dates; `?month=` a month, from its last day
  // back to the last day of the month before.
  const asOf = searchParams.get("asOf");
  const sinceAsked = searchParams.get("since");
  if (asOf !== null) return <DatedReport asOf={asOf} since={sinceAsked} />;
  const asked = searchParams.get("month");
  const month = asked ?? lastComplete;
  const valid = isMonth(month) && month >= FIRST_MONTH && month <= lastComplete;
  useDocumentTitle(valid ? `Board report, ${formatMonth(month)}` : "Board report");
  const months = monthsNewestFirst(FIRST_MONTH, lastComplete);

  if (!valid) {
    return (
      <>
        <h1 className="govuk-heading-xl">Board report</h1>
        <div className="govuk-error-summary" role="alert">
          <h2 className="govuk-error-summary__title">There is a problem</h2>
          <div className="govuk-error-summary__body">
            <p className="govuk-body">
              A board report covers a complete month from {formatMonth(FIRST_MONTH)} to{" "}
              {formatMonth(lastComplete)}. “{month}” is not one of them: choose a month below.
            </p>
          </div>
        </div>
        <MonthForm month={lastComplete} months={months} />
      </>
    );
  }

  const end = lastDayOfMonth(month);
  const previousEnd = lastDayOfMonth(previousMonth(month));
  return (
    <Report
      end={end}
      previousEnd={previousEnd}
      title={formatMonth(month)}
      permalink={`/report?month=${month}`}
      picker={<MonthForm month={month} months={months} />}
    />
  );
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The report between any two dates (`since` defaults to the last day of the month before `asOf`'s). */
function DatedReport({ asOf, since }: { asOf: string; since: string | null }) {
  const today = getLondonToday();
  const previousEnd = since ?? (ISO_DATE.test(asOf) ? lastDayOfMonth(previousMonth(monthOf(asOf))) : "");
  const problem = !ISO_DATE.test(asOf)
    ? `“${asOf}” is not a date: use the form YYYY-MM-DD, for example 2026-10-31.`
    : asOf > today
      ? `A report can only show a date up to today, ${formatLongDate(today)}.`
      : !ISO_DATE.test(previousEnd) || previousEnd >= asOf
        ? `The date to compare with (since) must be a date before ${formatLongDate(asOf)}, in the form YYYY-MM-DD.`
        : null;
  useDocumentTitle(problem ? "Board report" : `Board report, ${formatLongDate(asOf)}`);
  if (problem) {
    return (
      <>
        <h1 className="govuk-heading-xl">Board report</h1>
        <div className="govuk-error-summary" role="alert">
          <h2 className="govuk-error-summary__title">There is a problem</h2>
          <div className="govuk-error-summary__body">
            <p className="govuk-body">{problem}</p>
          </div>
        </div>
      </>
    );
  }
  return (
    <Report
      end={asOf}
      previousEnd={previousEnd}
      title={formatLongDate(asOf)}
      permalink={`/leadership/report?asOf=${asOf}&since=${previousEnd}`}
      picker={null}
    />
  );
}

function Report({
  end,
  previousEnd,
  title,
  permalink,
  picker,
}: {
  end: string;
  previousEnd: string;
  title: string;
  permalink: string;
  picker: ReactNode;
}) {
  const view: PageView = { asOf: end, asPublished: true };
  return (
    <article className="app-report">
      <span className="govuk-caption-l">Board report · London Office of Technology and Innovation</span>
      <h1 className="govuk-heading-xl">The Local Digital Declaration in London: {title}</h1>
      <p className="govuk-body-l">
        As published at the end of {formatLongDate(end)}, compared with the end of{" "}
        {formatLongDate(previousEnd)}.
      </p>
      <p className="govuk-body">
        These figures are what the dashboard showed the public on {formatLongDate(end)}. Corrections published
        later are not included, so the report never changes and can be quoted in a board paper.
      </p>
      <div className="app-report__actions app-no-print">
        {picker}
        <PrintButton />
      </div>

      <section className="app-section app-report__section" aria-labelledby="report-figures">
        <h2 className="govuk-heading-l" id="report-figures">
          1. Headline figures
        </h2>
        <FiguresComparison view={view} since={previousEnd} />
      </section>

      <section className="app-section app-report__section" aria-labelledby="report-attention">
        <h2 className="govuk-heading-l" id="report-attention">
          2. Commitments that need attention
        </h2>
        <p className="govuk-body">As at the end of {formatLongDate(end)}.</p>
        <AttentionCounts view={view} staleDays={DEFAULT_STALE_DAYS} />
      </section>

      <section className="app-section app-report__section" aria-labelledby="report-changes">
        <h2 className="govuk-heading-l" id="report-changes">
          3. What changed since {formatLongDate(previousEnd)}
        </h2>
        <ChangesBetween
          query={{ from: previousEnd, to: end, asPublished: true }}
          headingLevel={3}
          linkView={view}
        />
      </section>

      <section
        className="app-section app-report__section app-report__matrix"
        aria-labelledby="report-portfolio"
      >
        <h2 className="govuk-heading-l" id="report-portfolio">
          4. Portfolio
        </h2>
        <PortfolioMatrix
          view={view}
          headingLevel={3}
          title={`Commitments by authority and principle, ${formatLongDate(end)}`}
        />
      </section>

      <section className="app-section app-report__section" aria-labelledby="report-authorities">
        <h2 className="govuk-heading-l" id="report-authorities">
          5. Authorities
        </h2>
        <ReportAuthorities view={view} />
      </section>

      <section className="app-section app-report__section" aria-labelledby="report-sources">
        <h2 className="govuk-heading-m" id="report-sources">
          Sources
        </h2>
        <ul className="govuk-list">
          <li>
            This report: <SourceLink href={permalink}>{`Board report, ${title}`}</SourceLink>
          </li>
          <li>
            The dashboard as it was:{" "}
            <SourceLink
              href={withView("/", view)}
            >{`Overview as published on ${formatLongDate(end)}`}</SourceLink>
          </li>
          <li>
            Data:{" "}
            <SourceLink href={buildApiPath("/api/matrix.csv", { asOf: end, asPublished: true })}>
              Portfolio (CSV)
            </SourceLink>
            ,{" "}
            <SourceLink
              href={buildApiPath("/api/changes.csv", { from: previousEnd, to: end, asPublished: true })}
            >
              Changes in the month (CSV)
            </SourceLink>
          </li>
        </ul>
        <p className="govuk-body-s app-secondary-text">Open data under the Open Government Licence v3.0.</p>
      </section>
    </article>
  );
}

/** Every authority on the report's date: signature, membership, commitments by state. */
function ReportAuthorities({ view }: { view: PageView }) {
  const authorities = useQuery(getAuthoritiesQueryOptions(view));
  return (
    <QueryBoundary query={authorities} loadingLabel="Loading authorities…">
      {({ authorities: rows }) => (
        <DataTable
          caption={`Authorities on ${formatLongDate(view.asOf ?? "")}`}
          hideCaption
          rows={rows}
          rowKey={(row) => row.gss}
          columns={[
            { key: "name", header: "Authority", cell: (row) => row.name, rowHeader: true },
            {
              key: "signed",
              header: "Signed",
              cell: (row) => (row.signedOn ? formatLongDate(row.signedOn) : "Not signed"),
            },
            { key: "member", header: "LOTI member", cell: (row) => (row.lotiMember ? "Yes" : "No") },
            { key: "commitments", header: "Commitments", cell: (row) => row.commitmentCount, numeric: true },
            { key: "done", header: "Done", cell: (row) => row.commitmentsByStatus.done ?? 0, numeric: true },
            {
              key: "progress",
              header: "In progress",
              cell: (row) => row.commitmentsByStatus.in_progress ?? 0,
              numeric: true,
            },
            { key: "overdue", header: "Overdue", cell: (row) => row.overdueCommitments, numeric: true },
            {
              key: "partnerships",
              header: "Active partnerships",
              cell: (row) => row.activePartnershipCount,
              numeric: true,
            },
          ]}
        />
      )}
    </QueryBoundary>
  );
}
