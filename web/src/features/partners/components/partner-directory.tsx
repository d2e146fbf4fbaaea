import type { PartnerSummary } from "@ldd/shared/partnerships";
import { PARTNER_TYPE_LABELS, PARTNER_TYPES } from "@ldd/shared/vocabulary";
import { type FormEvent, Fragment } from "react";
import { Link, useSearchParams } from "wouter";
import { DataTable, type DataTableColumn } from "@/components/data-table.tsx";
import { ErrorSummary } from "@/components/forms/error-summary.tsx";
import { QueryBoundary } from "@/components/query-boundary.tsx";
import { useView, useViewHref } from "@/lib/view.ts";
import { getPartnersCsvHref, usePartners } from "../api/get-partners.ts";
import { describePartners, readPartnerFilters } from "../utils/partner-filters.ts";

function partnerColumns(viewHref: (href: string) => string): DataTableColumn<PartnerSummary>[] {
  return [
    { key: "partner", header: "Partner", rowHeader: true, cell: (partner) => partner.name },
    { key: "type", header: "Type", cell: (partner) => PARTNER_TYPE_LABELS[partner.type] },
    {
      key: "authorities",
      header: "Authorities with an active partnership",
      cell: (partner) =>
        partner.activeAuthorities.length === 0
          ? "None on the date shown"
          : [...partner.activeAuthorities]
              .sort((a, b) => a.name.localeCompare(b.name, "en-GB"))
              .map((authority, index) => (
                <Fragment key={authority.gss}>
                  {index > 0 ? ", " : null}
                  <Link className="govuk-link" href={viewHref(`/authorities/${authority.gss}`)}>
                    {authority.name}
                  </Link>
                </Fragment>
              )),
    },
    {
      key: "count",
      header: "Number of authorities",
      numeric: true,
      cell: (partner) => partner.activeAuthorities.length,
    },
    {
      key: "all-time",
      header: "Authorities, all time",
      numeric: true,
      cell: (partner) => partner.allAuthorities.length,
    },
  ];
}

/** The partnership ecosystem: who works with how many authorities, filtered by type and reach. */
export function PartnerDirectory() {
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useView();
  const viewHref = useViewHref();
  const { filters, minAuthoritiesText, minAuthoritiesError } = readPartnerFilters(searchParams);
  const partners = usePartners(filters);
  const hasFilters = searchParams.has("partnerType") || searchParams.has("minAuthorities");

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) {
      if (typeof value === "string" && value.trim() !== "") next.set(name, value.trim());
    }
    setSearchParams(next);
  };

  return (
    <>
      <ErrorSummary
        errors={
          minAuthoritiesError ? [{ fieldId: "partner-min-authorities", message: minAuthoritiesError }] : []
        }
        focusKey={minAuthoritiesError ? 1 : 0}
      />
      <form
        className="app-filters"
        method="get"
        action="/partners"
        aria-label="Filter partner organisations"
        onSubmit={submit}
        key={searchParams.toString()}
      >
        {view.asOf ? <input type="hidden" name="asOf" value={view.asOf} /> : null}
        {view.asPublished ? <input type="hidden" name="asPublished" value="true" /> : null}
        <div className="govuk-form-group app-filters__group">
          <label className="govuk-label govuk-label--s" htmlFor="partner-type">
            Type of partner
          </label>
          <select
            className="govuk-select"
            id="partner-type"
            name="partnerType"
            defaultValue={filters.partnerType ?? ""}
          >
            <option value="">All types</option>
            {PARTNER_TYPES.map((type) => (
              <option key={type} value={type}>
                {PARTNER_TYPE_LABELS[type]}
              </option>
            ))}
          </select>
        </div>
        <div
          className={`govuk-form-group app-filters__group${minAuthoritiesError ? " govuk-form-group--error" : ""}`}
        >
          <label className="govuk-label govuk-label--s" htmlFor="partner-min-authorities">
            Shared by at least
          </label>
          <div className="govuk-hint" id="partner-min-authorities-hint">
            A number of authorities, for example 2
          </div>
          {minAuthoritiesError ? (
            <p className="govuk-error-message" id="partner-min-authorities-error">
              <span className="govuk-visually-hidden">Error:</span> {minAuthoritiesError}
            </p>
          ) : null}
          <input
            className={`govuk-input govuk-input--width-3${minAuthoritiesError ? " govuk-input--error" : ""}`}
            id="partner-min-authorities"
            name="minAuthorities"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            defaultValue={minAuthoritiesText}
            aria-describedby={`partner-min-authorities-hint${minAuthoritiesError ? " partner-min-authorities-error" : ""}`}
          />
        </div>
        <div className="govuk-button-group app-filters__actions">
          <button type="submit" className="govuk-button">
            Apply filters
          </button>
          {hasFilters ? (
            <Link className="govuk-link" href={viewHref("/partners")}>
              Clear filters
            </Link>
          ) : null}
        </div>
      </form>

      <QueryBoundary query={partners} loadingLabel="Loading partner organisations…">
        {(data) => (
          <>
            <p className="govuk-body app-result-summary" role="status">
              {describePartners(data.partners, filters)}
            </p>
            <p className="govuk-body">
              Authorities are counted when their partnership with the organisation was active on the date
              shown; “all time” counts every authority that has had one up to then.
            </p>
            <DataTable
              caption="Partner organisations and the authorities they work with"
              hideCaption
              columns={partnerColumns(viewHref)}
              rows={data.partners}
              rowKey={(partner) => partner.id}
              emptyMessage="No partner organisation matches these filters. Try another type, or a smaller number."
              scroll="wide"
            />
          </>
        )}
      </QueryBoundary>
      <p className="govuk-body">
        <a className="govuk-link" href={getPartnersCsvHref(filters, view)} download>
          Download {hasFilters ? "these partner organisations" : "all partner organisations"} (CSV)
        </a>
      </p>
    </>
  );
}
