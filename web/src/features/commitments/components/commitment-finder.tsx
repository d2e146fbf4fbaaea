import { formatLongDate } from "@ldd/shared/dates";
import { AUTHORITIES, PRINCIPLES } from "@ldd/shared/reference-data";
import { COMMITMENT_STATUS_LABELS, COMMITMENT_STATUSES } from "@ldd/shared/vocabulary";
import type { FormEvent } from "react";
import { Link, useSearchParams } from "wouter";
import { ErrorMessage } from "@/components/error-message.tsx";
import { Loading } from "@/components/loading.tsx";
import { ScrollRegion } from "@/components/scroll-region.tsx";
import { OverdueTag, StatusTag } from "@/components/status-tag.tsx";
import { getCommitmentsCsvHref, useCommitments } from "../api/get-commitments.ts";
import { describeCommitmentFilters, readCommitmentFilters } from "../utils/commitment-filters.ts";

const sortedAuthorities = [...AUTHORITIES].sort((a, b) => a.name.localeCompare(b.name, "en-GB"));

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

      {commitments.isPending ? <Loading label="Loading commitments…" /> : null}
      {commitments.isError ? (
        <ErrorMessage error={commitments.error} onRetry={() => void commitments.refetch()} />
      ) : null}
      {commitments.data ? (
        <>
          <p className="govuk-body" role="status">
            {describeCommitmentFilters(commitments.data.commitments.length, filters)}.
          </p>
          {commitments.data.commitments.length > 0 ? (
            <ScrollRegion label="Commitments table">
              <table className="govuk-table">
                <caption className="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">
                  Commitments matching the filters
                </caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header">
                      Commitment
                    </th>
                    <th scope="col" className="govuk-table__header">
                      Authority
                    </th>
                    <th scope="col" className="govuk-table__header">
                      Principles
                    </th>
                    <th scope="col" className="govuk-table__header">
                      Status
                    </th>
                    <th scope="col" className="govuk-table__header">
                      Target date
                    </th>
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {commitments.data.commitments.map((commitment) => (
                    <tr key={commitment.id} className="govuk-table__row">
                      <th scope="row" className="govuk-table__header">
                        <Link
                          className="govuk-link"
                          href={`/authorities/${commitment.authorityGss}#commitment-${commitment.id}`}
                        >
                          {commitment.title}
                        </Link>
                      </th>
                      <td className="govuk-table__cell">
                        <Link className="govuk-link" href={`/authorities/${commitment.authorityGss}`}>
                          {commitment.authorityName}
                        </Link>
                      </td>
                      <td className="govuk-table__cell">{commitment.principles.join(", ") || "–"}</td>
                      <td className="govuk-table__cell">
                        <StatusTag status={commitment.status} phase={commitment.phase} />
                      </td>
                      <td className="govuk-table__cell app-nowrap">
                        {commitment.targetDate ? formatLongDate(commitment.targetDate) : "Not set"}
                        {commitment.overdue ? (
                          <>
                            {" "}
                            <OverdueTag />
                          </>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          ) : (
            <p className="govuk-body">No commitments match these filters.</p>
          )}
        </>
      ) : null}
      <p className="govuk-body">
        <a className="govuk-link" href={csvHref} download>
          Download {hasFilters ? "these commitments" : "all commitments"} (CSV)
        </a>
      </p>
    </>
  );
}
