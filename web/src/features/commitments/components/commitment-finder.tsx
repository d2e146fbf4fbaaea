import type { Commitment } from "@ldd/shared/commitments";
import { formatLongDate } from "@ldd/shared/dates";
import { AUTHORITIES, PRINCIPLES } from "@ldd/shared/reference-data";
import { COMMITMENT_STATUS_LABELS, COMMITMENT_STATUSES } from "@ldd/shared/vocabulary";
import type { FormEvent } from "react";
import { Link, useSearchParams } from "wouter";
import { DataTable, type DataTableColumn } from "@/components/data-table.tsx";
import { QueryBoundary } from "@/components/query-boundary.tsx";
import { OverdueTag, StatusTag } from "@/components/status-tag.tsx";
import { getCommitmentsCsvHref, useCommitments } from "../api/get-commitments.ts";
import { describeCommitmentFilters, readCommitmentFilters } from "../utils/commitment-filters.ts";

const sortedAuthorities = [...AUTHORITIES].sort((a, b) => a.name.localeCompare(b.name, "en-GB"));

const COMMITMENT_COLUMNS: DataTableColumn<Commitment>[] = [
  {
    key: "title",
    header: "Commitment",
    rowHeader: true,
    cell: (commitment) => (
      <Link
        className="govuk-link"
        href={`/authorities/${commitment.authorityGss}#commitment-${commitment.id}`}
      >
        {commitment.title}
      </Link>
    ),
  },
  {
    key: "authority",
    header: "Authority",
    cell: (commitment) => (
      <Link className="govuk-link" href={`/authorities/${commitment.authorityGss}`}>
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

/** Commitments filtered by authority, principle and status; the filters live in the URL. */
export function CommitmentFinder() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readCommitmentFilters(searchParams);
  const commitments = useCommitments(filters);
  const csvHref = getCommitmentsCsvHref(filters);
  const hasFilters = Object.keys(filters).length > 0;

  const applyFilters = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = new URLSearchParams();
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
        <div className="govuk-form-group app-filters__group">
          <label className="govuk-label govuk-label--s" htmlFor="filter-authority">
            Authority
          </label>
          <select
            className="govuk-select"
            id="filter-authority"
            name="authority"
            defaultValue={filters.authority ?? ""}
          >
            <option value="">All authorities</option>
            {sortedAuthorities.map((authority) => (
              <option key={authority.gss} value={authority.gss}>
                {authority.name}
              </option>
            ))}
          </select>
        </div>
        <div className="govuk-form-group app-filters__group">
          <label className="govuk-label govuk-label--s" htmlFor="filter-principle">
            Principle
          </label>
          <select
            className="govuk-select"
            id="filter-principle"
            name="principle"
            defaultValue={filters.principle ? String(filters.principle) : ""}
          >
            <option value="">All principles</option>
            {PRINCIPLES.map((principle) => (
              <option key={principle.number} value={principle.number}>
                {principle.number}. {principle.title}
              </option>
            ))}
          </select>
        </div>
        <div className="govuk-form-group app-filters__group">
          <label className="govuk-label govuk-label--s" htmlFor="filter-status">
            Status
          </label>
          <select
            className="govuk-select"
            id="filter-status"
            name="status"
            defaultValue={filters.status ?? ""}
          >
            <option value="">All statuses</option>
            {COMMITMENT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {COMMITMENT_STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </div>
        <div className="govuk-button-group app-filters__actions">
          <button type="submit" className="govuk-button">
            Apply filters
          </button>
          {hasFilters ? (
            <Link className="govuk-link" href="/commitments">
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
              columns={COMMITMENT_COLUMNS}
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
