import type { Commitment } from "@ldd/shared/commitments";
import { formatLongDate } from "@ldd/shared/dates";
import type { ReactNode } from "react";
import { Link, useLocation, useSearch } from "wouter";
import { DataTable, type DataTableColumn } from "@/components/data-table.tsx";
import { QueryBoundary } from "@/components/query-boundary.tsx";
import { StatusTag } from "@/components/status-tag.tsx";
import { useSearchForm } from "@/lib/search-form.ts";
import { type PageView, withView } from "@/lib/view.ts";
import { getCommitmentsCsvHref, useCommitments } from "../api/get-commitments.ts";
import { type AttentionKind, attentionFilters } from "../utils/attention.ts";

const days = (count: number) => `${count.toLocaleString("en-GB")} ${count === 1 ? "day" : "days"}`;

const TITLES: Record<AttentionKind, (staleDays: number) => string> = {
  stale: (staleDays) => `No update for ${days(staleDays)} or more`,
  overdue: () => "Overdue",
  slipped: () => "Target date moved later",
};

const KEY_COLUMN: Record<AttentionKind, DataTableColumn<Commitment>> = {
  stale: {
    key: "last-update",
    header: "Last update",
    cellClassName: "app-nowrap",
    cell: (commitment) => (
      <>
        {formatLongDate(commitment.lastUpdateDate)}
        <span className="app-block app-secondary-text">{days(commitment.daysSinceUpdate)} ago</span>
      </>
    ),
  },
  overdue: {
    key: "target",
    header: "Target date",
    cellClassName: "app-nowrap",
    cell: (commitment) => (commitment.targetDate ? formatLongDate(commitment.targetDate) : "Not set"),
  },
  slipped: {
    key: "slipped",
    header: "Slipped",
    cell: (commitment) => (
      <>
        {days(commitment.daysSlipped)} later
        <span className="app-block app-secondary-text">
          {commitment.rebaselines === 1 ? "1 re-baseline" : `${commitment.rebaselines} re-baselines`}
          {commitment.originalTargetDate && commitment.targetDate
            ? `: ${formatLongDate(commitment.originalTargetDate)} → ${formatLongDate(commitment.targetDate)}`
            : ""}
        </span>
      </>
    ),
  },
};

function columns(kind: AttentionKind, view: PageView): DataTableColumn<Commitment>[] {
  return [
    {
      key: "title",
      header: "Commitment",
      rowHeader: true,
      cell: (commitment) => (
        <Link
          className="govuk-link"
          href={withView(`/authorities/${commitment.authorityGss}#commitment-${commitment.id}`, view)}
        >
          {commitment.title}
        </Link>
      ),
    },
    { key: "authority", header: "Authority", cell: (commitment) => commitment.authorityName },
    {
      key: "status",
      header: "Status",
      cell: (commitment) => <StatusTag status={commitment.status} phase={commitment.phase} />,
    },
    KEY_COLUMN[kind],
  ];
}

/**
 * One list of commitments that need attention, with its count, each linking to the commitment
 * on its authority's page, and the same list as CSV.
 */
export function CommitmentAttentionList({
  kind,
  staleDays,
  view,
  children,
}: {
  kind: AttentionKind;
  staleDays: number;
  view: PageView;
  /** Under the heading, e.g. the form that changes the number of days. */
  children?: ReactNode;
}) {
  const filters = attentionFilters(kind, staleDays);
  const commitments = useCommitments(filters, view);
  const title = TITLES[kind](staleDays);
  const headingId = `attention-${kind}`;
  return (
    <section className="app-attention" aria-labelledby={headingId}>
      <h3 className="govuk-heading-s" id={headingId}>
        {title}{" "}
        {commitments.data ? <span className="app-count">{commitments.data.commitments.length}</span> : null}
      </h3>
      {children}
      <QueryBoundary query={commitments} loadingLabel="Loading commitments…">
        {(data) => (
          <DataTable
            caption={`Commitments: ${title.toLowerCase()}`}
            hideCaption
            columns={columns(kind, view)}
            rows={data.commitments}
            rowKey={(commitment) => commitment.id}
            emptyMessage="None."
            scroll="tall"
          />
        )}
      </QueryBoundary>
      <p className="govuk-body app-no-print">
        <a className="govuk-link" href={getCommitmentsCsvHref(filters, view)} download>
          Download these commitments (CSV)
          <span className="govuk-visually-hidden">: {title.toLowerCase()}</span>
        </a>
      </p>
    </section>
  );
}

/** A small GET form that sets how many days without an update make a commitment stale. */
export function StaleDaysForm({ staleDays, error }: { staleDays: number; error: string | null }) {
  const [location] = useLocation();
  const search = useSearch();
  const onSubmit = useSearchForm();
  return (
    <form
      method="get"
      action={location}
      className="app-inline-form app-no-print"
      onSubmit={onSubmit}
      noValidate
      key={search}
    >
      <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
        <label className="govuk-label" htmlFor="stale-days">
          Days without an update
        </label>
        {error ? (
          <p className="govuk-error-message" id="stale-days-error">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        ) : null}
        <div className="app-inline-form__row">
          <input
            className={`govuk-input govuk-input--width-4${error ? " govuk-input--error" : ""}`}
            id="stale-days"
            name="stale_days"
            type="text"
            inputMode="numeric"
            defaultValue={String(staleDays)}
            aria-describedby={error ? "stale-days-error" : undefined}
          />
          <button type="submit" className="govuk-button govuk-button--secondary">
            Show
          </button>
        </div>
      </div>
    </form>
  );
}

/**
 * How many commitments needed attention in a view (a board report's month end): counts only,
 * each linking to the list.
 */
export function AttentionCounts({ view, staleDays }: { view: PageView; staleDays: number }) {
  const stale = useCommitments(attentionFilters("stale", staleDays), view);
  const overdue = useCommitments(attentionFilters("overdue", staleDays), view);
  const slipped = useCommitments(attentionFilters("slipped", staleDays), view);
  const rows = [
    {
      kind: "overdue" as const,
      query: overdue,
      detail: "target date passed and not done, dropped or not applicable",
    },
    { kind: "slipped" as const, query: slipped, detail: "target date moved later than first planned" },
    { kind: "stale" as const, query: stale, detail: "open, with no update in that time" },
  ];
  return (
    <div className="app-narrow">
      <DataTable
        caption="Commitments that need attention"
        hideCaption
        columns={[
          {
            key: "kind",
            header: "Commitments",
            rowHeader: true,
            cell: (row) => (
              <>
                {TITLES[row.kind](staleDays)}
                <span className="app-block app-secondary-text">{row.detail}</span>
              </>
            ),
          },
          {
            key: "count",
            header: "Number",
            numeric: true,
            cell: (row) =>
              row.query.isError ? "Not available" : row.query.data ? row.query.data.commitments.length : "…",
          },
        ]}
        rows={rows}
        rowKey={(row) => row.kind}
      />
    </div>
  );
}
