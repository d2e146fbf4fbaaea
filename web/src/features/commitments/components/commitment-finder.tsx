import type { Commitment } from "@ldd/shared/commitments";
import { formatLongDate } from "@ldd/shared/dates";
import { AUTHORITIES, PRINCIPLES } from "@ldd/shared/reference-data";
import { COMMITMENT_STATUS_LABELS, COMMITMENT_STATUSES } from "@ldd/shared/vocabulary";
import type { FormEvent } from "react";
import { Link, useSearchParams } from "wouter";
import { DataTable, type DataTableColumn } from "@/components/data-table.tsx";
import { QueryBoundary } from "@/components/query-boundary.tsx";
import { OverdueTag, StatusTag } from "@/components/status-tag.tsx";
import { type PageView, useView, withView } from "@/lib/view.ts";
import { getCommitmentsCsvHref, useCommitments } from "../api/get-commitments.ts";
import { describeCommitmentFilters, readCommitmentFilters } from "../utils/commitment-filters.ts";

const sortedAuthorities = [...AUTHORITIES].sort((a, b) => a.name.localeCompare(b.name, "en-GB"));

/** The table's columns; links to authorities keep the page's view, so a past view stays past. */
const commitmentColumns = (view: PageView): DataTableColumn<Commitment>[] => [
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
  {
    key: "authority",
    header: "Authority",
    cell: (commitment) => (
      <Link className="govuk-link" href={withView(`/authorities/${commitment.authorityGss}`, view)}>
        {commitment.authorityName}
      </Link>
    ),
  },
  { key: "principles", header: "Principles", cell: (commitment) => commitment.principles.join(", ") || "–" },
  {
    key: "status",
    header: "Status",
    cell: (commitment) => <StatusTag status={commitment.status} phase={commitment.phase} />,
  },
  {
    key: "target-date",
    header: "Target date",
    cellClassName: "app-nowrap",
    cell: (commitment) => (
      <>
        {commitment.targetDate ? formatLongDate(commitment.targetDate) : "Not set"}
        {commitment.overdue ? (
          <>
            {" "}
            <OverdueTag />
          </>
        ) : null}
      </>
    ),
  },
];

/** One filter of the form: uncontrolled, so the form reads it when applied; empty means all. */
function FilterSelect({
  name,
  label,
  allLabel,
  defaultValue,
  options,
}: {
  name: string;
  label: string;
  allLabel: string;
  defaultValue: string;
  options: readonly { value: string; label: string }[];
}) {
  const id = `filter-${name}`;
  return (
    <div className="govuk-form-group app-filters__group">
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      <select className="govuk-select" id={id} name={name} defaultValue={defaultValue}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Commitments filtered by authority, principle and status; the filters live in the URL. */
export function CommitmentFinder() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readCommitmentFilters(searchParams);
  const commitments = useCommitments(filters);
  const view = useView();
  const csvHref = getCommitmentsCsvHref(filters, view);
  const hasFilters = Object.keys(filters).length > 0;

  const applyFilters = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The view (asOf) stays: filters narrow the page, they do not change its date.
    const next = new URLSearchParams(withView("/", view).split("?")[1] ?? "");
    for (const [name, value] of new FormData(event.currentTarget)) {
      if (typeof value === "string" && value !== "") next.set(name, value);
    }
    setSearchParams(next);
  };

  return (
    <>
      <form
        className="app-filters"
        aria-label="Filter commitments"
        onSubmit={applyFilters}
        // Re-mount the uncontrolled fields when the URL changes (back button, "clear").
        key={searchParams.toString()}
      >
        <FilterSelect
          name="authority"
          label="Authority"
          allLabel="All authorities"
          defaultValue={filters.authority ?? ""}
          options={sortedAuthorities.map((authority) => ({ value: authority.gss, label: authority.name }))}
        />
        <FilterSelect
          name="principle"
          label="Principle"
          allLabel="All principles"
          defaultValue={filters.principle ? String(filters.principle) : ""}
          options={PRINCIPLES.map((principle) => ({
            value: String(principle.number),
            label: `${principle.number}. ${principle.title}`,
          }))}
        />
        <FilterSelect
          name="status"
          label="Status"
          allLabel="All statuses"
          defaultValue={filters.status ?? ""}
          options={COMMITMENT_STATUSES.map((status) => ({
            value: status,
            label: COMMITMENT_STATUS_LABELS[status],
          }))}
        />
        <div className="govuk-button-group app-filters__actions">
          <button type="submit" className="govuk-button">
            Apply filters
          </button>
          {hasFilters ? (
            <Link className="govuk-link" href={withView("/commitments", view)}>
              Clear filters
            </Link>
          ) : null}
        </div>
      </form>

      <QueryBoundary query={commitments} loadingLabel="Loading commitments…">
        {(data) => (
          <>
            <p className="govuk-body" role="status">
              {describeCommitmentFilters(data.commitments.length, filters)}.
            </p>
            <DataTable
              caption="Commitments matching the filters"
              hideCaption
              columns={commitmentColumns(view)}
              rows={data.commitments}
              rowKey={(commitment) => commitment.id}
              emptyMessage="No commitments match these filters."
              scroll="wide"
            />
          </>
        )}
      </QueryBoundary>
      <p className="govuk-body">
        <a className="govuk-link" href={csvHref} download>
          Download {hasFilters ? "these commitments" : "all commitments"} (CSV)
        </a>
      </p>
    </>
  );
}
