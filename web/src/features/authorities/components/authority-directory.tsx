import type { AuthoritySummary } from "@ldd/shared/authorities";
import { formatLongDate } from "@ldd/shared/dates";
import { InnerOuterSchema } from "@ldd/shared/vocabulary";
import { Link, useSearchParams } from "wouter";
import { DataTable, type DataTableColumn } from "@/components/data-table.tsx";
import { QueryBoundary } from "@/components/query-boundary.tsx";
import { type PageView, useView, withView } from "@/lib/view.ts";
import { getAuthoritiesCsvHref, useAuthorities } from "../api/get-authorities.ts";
import { filterAuthorities } from "../utils/filter-authorities.ts";
import { getFreshness } from "../utils/freshness.ts";

function authorityColumns(now: Date, view: PageView): DataTableColumn<AuthoritySummary>[] {
  return [
    {
      key: "name",
      header: "Authority",
      rowHeader: true,
      cell: (authority) => (
        <Link className="govuk-link" href={withView(`/authorities/${authority.gss}`, view)}>
          {authority.name}
        </Link>
      ),
    },
    { key: "gss", header: "GSS code", cell: (authority) => authority.gss, cellClassName: "app-nowrap" },
    {
      key: "inner-outer",
      header: "Inner or outer (ONS)",
      cell: (authority) => (authority.innerOuterOns === "inner" ? "Inner" : "Outer"),
    },
    {
      key: "signed",
      header: "Signed",
      cell: (authority) => (authority.signedOn ? formatLongDate(authority.signedOn) : "Not signed"),
      cellClassName: "app-nowrap",
    },
    { key: "loti", header: "LOTI member", cell: (authority) => (authority.lotiMember ? "Yes" : "No") },
    {
      key: "commitments",
      header: "Commitments",
      cell: (authority) => authority.commitmentCount,
      numeric: true,
    },
    {
      key: "last-updated",
      header: "Last updated",
      cell: (authority) => {
        const freshness = getFreshness(authority.lastUpdatedAt, now);
        return (
          <>
            {freshness.lastUpdatedOn ? formatLongDate(freshness.lastUpdatedOn) : "Never"}
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
  ];
}

/** The 33 authorities as a searchable table; the search and filter live in the URL (?q=, ?area=). */
export function AuthorityDirectory({ now = new Date() }: { now?: Date }) {
  const authorities = useAuthorities();
  const view = useView();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.get("q") ?? "";
  const areaParam = InnerOuterSchema.safeParse(searchParams.get("area"));
  const innerOuter = areaParam.success ? areaParam.data : null;

  const updateParam = (name: string, value: string) => {
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  };

  return (
    <>
      <form className="app-filters" aria-label="Authorities" onSubmit={(event) => event.preventDefault()}>
        <div className="govuk-form-group app-filters__group">
          <label className="govuk-label govuk-label--s" htmlFor="authority-search">
            Search by name or GSS code
          </label>
          <div className="govuk-hint" id="authority-search-hint">
            For example, Hackney or E09000012
          </div>
          <input
            className="govuk-input govuk-!-width-full"
            id="authority-search"
            name="q"
            type="search"
            autoComplete="off"
            spellCheck={false}
            aria-describedby="authority-search-hint"
            value={query}
            onChange={(event) => updateParam("q", event.target.value)}
          />
        </div>
        <div className="govuk-form-group app-filters__group">
          <label className="govuk-label govuk-label--s" htmlFor="authority-area">
            Part of London
          </label>
          <div className="govuk-hint" id="authority-area-hint">
            Inner and outer London as the ONS defines them
          </div>
          <select
            className="govuk-select"
            id="authority-area"
            name="area"
            aria-describedby="authority-area-hint"
            value={innerOuter ?? ""}
            onChange={(event) => updateParam("area", event.target.value)}
          >
            <option value="">All of London</option>
            <option value="inner">Inner London</option>
            <option value="outer">Outer London</option>
          </select>
        </div>
      </form>

      <QueryBoundary query={authorities} loadingLabel="Loading authorities…">
        {(data) => {
          const shown = filterAuthorities(data.authorities, { query, innerOuter });
          return (
            <>
              <p className="govuk-body" role="status">
                Showing {shown.length} of {data.authorities.length} authorities
              </p>
              <DataTable
                caption="London authorities and the Local Digital Declaration"
                captionSize="m"
                hideCaption
                columns={authorityColumns(now, view)}
                rows={shown}
                rowKey={(authority) => authority.gss}
                emptyMessage="No authority matches your search. Try part of a name, or clear the search."
                scroll="wide"
              />
              <p className="govuk-body">
                <a className="govuk-link" href={getAuthoritiesCsvHref(view)} download>
                  Download all 33 authorities (CSV)
                </a>
              </p>
            </>
          );
        }}
      </QueryBoundary>
    </>
  );
}
