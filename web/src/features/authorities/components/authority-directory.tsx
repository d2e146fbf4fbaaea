import type { AuthoritySummary } from "@ldd/shared/authorities";
import type { FormEvent } from "react";
import { Link, useSearchParams } from "wouter";
import { DataTable, type DataTableColumn } from "@/components/data-table.tsx";
import { QueryBoundary } from "@/components/query-boundary.tsx";
import { useView, useViewHref } from "@/lib/view.ts";
import { getAuthoritiesCsvHref, useAuthorities } from "../api/get-authorities.ts";
import {
  DEFINITION_NAMES,
  describeAuthorityFilters,
  filterAuthorities,
  hasAuthorityFilters,
  readAuthorityFilters,
} from "../utils/filter-authorities.ts";
import { getFreshness } from "../utils/freshness.ts";
import {
  AUTHORITY_SORTS,
  type AuthoritySort,
  type AuthoritySortKey,
  describeAuthoritySort,
  nextAuthoritySort,
  readAuthoritySort,
  sortAuthorities,
  writeAuthoritySort,
} from "../utils/sort-authorities.ts";
import { DEFAULT_TILE_MEASURE, readTileMeasure, TILE_MEASURE_DEFINITIONS } from "../utils/tile-measures.ts";
import { FilterForm, filterFields, MeasureForm, paramsOf, viewFields } from "./authority-filter-form.tsx";
import { AuthorityTileMap } from "./authority-tile-grid.tsx";

/** "31 Oct 2018": long dates make the wide table wider still. */
function formatShortDate(isoDate: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${isoDate}T00:00:00Z`));
}

function partOfLondon(authority: AuthoritySummary): string {
  const capital = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);
  if (authority.innerOuter1963 === authority.innerOuterOns) return capital(authority.innerOuterOns);
  return `${capital(authority.innerOuterOns)} (ONS), ${authority.innerOuter1963} (1963)`;
}

function SortButton({
  sortKey,
  sort,
  onSort,
}: {
  sortKey: AuthoritySortKey;
  sort: AuthoritySort;
  onSort: (key: AuthoritySortKey) => void;
}) {
  const active = sort.key === sortKey;
  return (
    <button type="button" className="app-sort-button" onClick={() => onSort(sortKey)}>
      {AUTHORITY_SORTS[sortKey].label}
      <span className="app-sort-button__icon" aria-hidden="true">
        {active ? (sort.direction === "ascending" ? "▲" : "▼") : "▲▼"}
      </span>
    </button>
  );
}

function authorityColumns({
  viewHref,
  freshAt,
  sort,
  onSort,
}: {
  viewHref: (href: string) => string;
  freshAt: Date;
  sort: AuthoritySort;
  onSort: (key: AuthoritySortKey) => void;
}): DataTableColumn<AuthoritySummary>[] {
  const sortable = (key: AuthoritySortKey) => ({
    header: <SortButton sortKey={key} sort={sort} onSort={onSort} />,
    sort: sort.key === key ? sort.direction : ("none" as const),
  });
  const count = (key: AuthoritySortKey, cell: (authority: AuthoritySummary) => number) => ({
    key,
    ...sortable(key),
    cell,
    numeric: true,
  });
  return [
    {
      key: "name",
      ...sortable("name"),
      rowHeader: true,
      cell: (authority) => (
        <>
          <Link className="govuk-link" href={viewHref(`/authorities/${authority.gss}`)}>
            {authority.name}
          </Link>
          <span className="app-table-secondary">{authority.gss}</span>
        </>
      ),
    },
    { key: "part", header: "Inner or outer", cell: partOfLondon },
    {
      key: "signed",
      ...sortable("signed"),
      cell: (authority) => (authority.signedOn ? formatShortDate(authority.signedOn) : "Not signed"),
      cellClassName: "app-nowrap",
    },
    {
      key: "loti",
      header: "LOTI member",
      cell: (authority) =>
        authority.lotiMember ? (authority.foundingMember ? "Yes, founding" : "Yes") : "No",
    },
    count("commitments", (authority) => authority.commitmentCount),
    count("done", (authority) => authority.commitmentsByStatus.done ?? 0),
    count("in_progress", (authority) => authority.commitmentsByStatus.in_progress ?? 0),
    count("overdue", (authority) => authority.overdueCommitments),
    count("not_yet_reported", (authority) => authority.commitmentsByStatus.not_yet_reported ?? 0),
    {
      key: "updated",
      ...sortable("updated"),
      cellClassName: "app-nowrap",
      cell: (authority) => {
        const freshness = getFreshness(authority.lastUpdatedAt, freshAt);
        return (
          <>
            {freshness.lastUpdatedOn ? formatShortDate(freshness.lastUpdatedOn) : "Never"}
            {freshness.isStale ? (
              <>
                {" "}
                <strong className="govuk-tag govuk-tag--yellow app-tag--small">Stale</strong>
              </>
            ) : null}
          </>
        );
      },
    },
    count("partnerships", (authority) => authority.activePartnershipCount),
  ];
}

/**
 * The 33 authorities: filters (a GET form), a sentence saying what is shown, a tile map by a
 * measure the reader picks, and a sortable table. Filters, measure and sort live in the address.
 */
export function AuthorityDirectory({ now = new Date() }: { now?: Date }) {
  const authorities = useAuthorities();
  const view = useView();
  const viewHref = useViewHref();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readAuthorityFilters(searchParams);
  const sort = readAuthoritySort(searchParams.get("sort"));
  const measure = readTileMeasure(searchParams.get("measure"));
  const sortParam = writeAuthoritySort(sort);
  const measureParam = measure === DEFAULT_TILE_MEASURE ? null : measure;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSearchParams(paramsOf(event.currentTarget));
  };

  const onSort = (key: AuthoritySortKey) => {
    setSearchParams((previous) => {
      const next = new URLSearchParams(previous);
      const written = writeAuthoritySort(nextAuthoritySort(sort, key));
      if (written) next.set("sort", written);
      else next.delete("sort");
      return next;
    });
  };

  const clearParams = new URLSearchParams(
    Object.entries({ sort: sortParam, measure: measureParam }).filter(
      (entry): entry is [string, string] => entry[1] !== null,
    ),
  ).toString();

  return (
    <>
      <FilterForm
        // Re-mount the uncontrolled fields when the address changes (back button, "clear").
        key={`filters:${searchParams.toString()}`}
        filters={filters}
        keep={{ ...viewFields(view), sort: sortParam, measure: measureParam }}
        onSubmit={submit}
        clearHref={
          hasAuthorityFilters(filters)
            ? viewHref(`/authorities${clearParams ? `?${clearParams}` : ""}`)
            : null
        }
      />

      <QueryBoundary query={authorities} loadingLabel="Loading authorities…">
        {(data) => {
          const shown = filterAuthorities(data.authorities, filters);
          const described = describeAuthorityFilters(filters);
          const freshAt = view.asOf === null ? now : new Date(`${data.view.asOf}T23:59:59Z`);
          const definition = TILE_MEASURE_DEFINITIONS[measure];
          const compareHref =
            shown.length >= 2 && shown.length <= 4
              ? viewHref(`/compare?authorities=${shown.map((authority) => authority.gss).join(",")}`)
              : null;
          return (
            <>
              <p className="govuk-body app-result-summary" role="status">
                Showing {shown.length} of {data.authorities.length} authorities
                {described.length > 0 ? `: ${described.join(", ")}` : ""}. {describeAuthoritySort(sort)}.
              </p>

              <section className="app-chart-panel" aria-labelledby="map-heading" id="map">
                <h2 className="govuk-heading-m" id="map-heading">
                  Map: {definition.label.toLowerCase()}
                </h2>
                <p className="govuk-body">
                  {definition.description} Tiles are placed roughly where each authority is in London; choose
                  one to see its profile. The table below has the same figures.
                </p>
                <MeasureForm
                  key={`measure:${searchParams.toString()}`}
                  measure={measure}
                  keep={{ ...viewFields(view), ...filterFields(filters), sort: sortParam }}
                  onSubmit={submit}
                />
                {shown.length === 0 ? (
                  <p className="govuk-body">No authority matches the filters.</p>
                ) : (
                  <AuthorityTileMap
                    authorities={shown}
                    measure={measure}
                    viewDate={data.view.asOf}
                    label={`Map of London authorities: ${definition.label.toLowerCase()}`}
                  />
                )}
              </section>

              <section aria-labelledby="table-heading">
                <h2 className="govuk-heading-m" id="table-heading">
                  Table of authorities
                </h2>
                <p className="govuk-body">
                  Choose a column heading to sort the table by it; choose it again to reverse the order.
                  {filters.innerOuter
                    ? ` Inner or outer London is shown by both definitions; the filter uses the ${DEFINITION_NAMES[filters.definition ?? "ons"]}.`
                    : ""}
                </p>
                <div className="app-compact-table">
                  <DataTable
                    caption="London authorities and the Local Digital Declaration"
                    hideCaption
                    columns={authorityColumns({ viewHref, freshAt, sort, onSort })}
                    rows={sortAuthorities(shown, sort)}
                    rowKey={(authority) => authority.gss}
                    emptyMessage="No authority matches your search. Try part of a name, or clear the filters."
                    scroll="wide"
                  />
                </div>
                <ul className="govuk-list">
                  <li>
                    <a className="govuk-link" href={getAuthoritiesCsvHref(view)} download>
                      Download all {data.authorities.length} authorities (CSV)
                    </a>
                  </li>
                  <li>
                    {compareHref ? (
                      <Link className="govuk-link" href={compareHref}>
                        Compare these {shown.length} authorities side by side
                      </Link>
                    ) : (
                      <Link className="govuk-link" href={viewHref("/compare")}>
                        Compare 2 to 4 authorities side by side
                      </Link>
                    )}
                  </li>
                </ul>
              </section>
            </>
          );
        }}
      </QueryBoundary>
    </>
  );
}
