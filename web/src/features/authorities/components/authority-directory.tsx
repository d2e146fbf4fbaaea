import { formatLongDate } from "@ldd/shared/dates";
import { InnerOuterSchema } from "@ldd/shared/vocabulary";
import { useMemo } from "react";
import { Link, useSearchParams } from "wouter";
import { ErrorMessage } from "@/components/error-message.tsx";
import { Loading } from "@/components/loading.tsx";
import { ScrollRegion } from "@/components/scroll-region.tsx";
import { AUTHORITIES_CSV_HREF, useAuthorities } from "../api/get-authorities.ts";
import { filterAuthorities } from "../utils/filter-authorities.ts";
import { getFreshness } from "../utils/freshness.ts";

/** The 33 authorities as a searchable table; the search and filter live in the URL (?q=, ?area=). */
export function AuthorityDirectory({ now = new Date() }: { now?: Date }) {
  const authorities = useAuthorities();
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

  const shown = useMemo(
    () => (authorities.data ? filterAuthorities(authorities.data.authorities, { query, innerOuter }) : []),
    [authorities.data, query, innerOuter],
  );

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

      {authorities.isPending ? <Loading label="Loading authorities…" /> : null}
      {authorities.isError ? (
        <ErrorMessage error={authorities.error} onRetry={() => void authorities.refetch()} />
      ) : null}
      {authorities.data ? (
        <>
          <p className="govuk-body" role="status">
            Showing {shown.length} of {authorities.data.authorities.length} authorities
          </p>
          {shown.length > 0 ? (
            <ScrollRegion label="Authorities table">
              <table className="govuk-table">
                <caption className="govuk-table__caption govuk-table__caption--m govuk-visually-hidden">
                  London authorities and the Local Digital Declaration
                </caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header">
                      Authority
                    </th>
                    <th scope="col" className="govuk-table__header">
                      GSS code
                    </th>
                    <th scope="col" className="govuk-table__header">
                      Inner or outer (ONS)
                    </th>
                    <th scope="col" className="govuk-table__header">
                      Signed
                    </th>
                    <th scope="col" className="govuk-table__header">
                      LOTI member
                    </th>
                    <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                      Commitments
                    </th>
                    <th scope="col" className="govuk-table__header">
                      Last updated
                    </th>
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {shown.map((authority) => {
                    const freshness = getFreshness(authority.lastUpdatedAt, now);
                    return (
                      <tr key={authority.gss} className="govuk-table__row">
                        <th scope="row" className="govuk-table__header">
                          <Link className="govuk-link" href={`/authorities/${authority.gss}`}>
                            {authority.name}
                          </Link>
                        </th>
                        <td className="govuk-table__cell app-nowrap">{authority.gss}</td>
                        <td className="govuk-table__cell">
                          {authority.innerOuterOns === "inner" ? "Inner" : "Outer"}
                        </td>
                        <td className="govuk-table__cell app-nowrap">
                          {authority.signedOn ? formatLongDate(authority.signedOn) : "Not signed"}
                        </td>
                        <td className="govuk-table__cell">{authority.lotiMember ? "Yes" : "No"}</td>
                        <td className="govuk-table__cell govuk-table__cell--numeric">
                          {authority.commitmentCount}
                        </td>
                        <td className="govuk-table__cell">
                          {freshness.lastUpdatedOn ? formatLongDate(freshness.lastUpdatedOn) : "Never"}
                          {freshness.isStale ? (
                            <>
                              {" "}
                              <strong className="govuk-tag govuk-tag--yellow app-tag--small">Stale</strong>
                            </>
                          ) : null}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </ScrollRegion>
          ) : (
            <p className="govuk-body">
              No authority matches your search. Try part of a name, or clear the search.
            </p>
          )}
          <p className="govuk-body">
            <a className="govuk-link" href={AUTHORITIES_CSV_HREF} download>
              Download all 33 authorities (CSV)
            </a>
          </p>
        </>
      ) : null}
    </>
  );
}
