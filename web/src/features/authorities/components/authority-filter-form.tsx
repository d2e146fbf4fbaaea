import { formatLongDate } from "@ldd/shared/dates";
import { LOTI_LAUNCH_DATE } from "@ldd/shared/reference-data";
import type { FormEvent } from "react";
import { Link } from "wouter";
import type { PageView } from "@/lib/view.ts";
import { type AuthorityFilters, describeDefinitionDifferences } from "../utils/filter-authorities.ts";
import { TILE_MEASURE_DEFINITIONS, TILE_MEASURES, type TileMeasureId } from "../utils/tile-measures.ts";

/* The authorities page's GET forms: filters and the tile map's measure, and what they keep. */

/** The address's parameters as a GET form would send them: empty values left out. */
export function paramsOf(form: HTMLFormElement): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === "string" && value.trim() !== "") params.append(name, value.trim());
  }
  // ONS is the default definition: say "1963" only when it matters.
  if (params.get("definition") === "ons" || !params.get("area")) params.delete("definition");
  return params;
}

/** Hidden fields that carry what a form does not change, so a GET submission keeps it. */
export function KeepFields({ values }: { values: Record<string, string | null | undefined> }) {
  return (
    <>
      {Object.entries(values).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
    </>
  );
}

export function viewFields(view: PageView) {
  return { asOf: view.asOf, asPublished: view.asPublished ? "true" : null };
}

export function filterFields(filters: AuthorityFilters) {
  return {
    q: filters.query.trim() || null,
    area: filters.innerOuter,
    definition: filters.innerOuter && filters.definition === "1963" ? "1963" : null,
    member: filters.member === true ? "yes" : filters.member === false ? "no" : null,
    founding: filters.founding ? "yes" : null,
  };
}

export function FilterForm({
  filters,
  keep,
  onSubmit,
  clearHref,
}: {
  filters: AuthorityFilters;
  keep: Record<string, string | null | undefined>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  clearHref: string | null;
}) {
  const definition = filters.definition ?? "ons";
  return (
    <form
      className="app-filters"
      method="get"
      action="/authorities"
      aria-label="Filter authorities"
      onSubmit={onSubmit}
    >
      <KeepFields values={keep} />
      <div className="app-filters__row">
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
            defaultValue={filters.query}
          />
        </div>
        <div className="govuk-form-group app-filters__group">
          <label className="govuk-label govuk-label--s" htmlFor="authority-area">
            Part of London
          </label>
          <div className="govuk-hint" id="authority-area-hint">
            By the definition chosen below
          </div>
          <select
            className="govuk-select"
            id="authority-area"
            name="area"
            aria-describedby="authority-area-hint"
            defaultValue={filters.innerOuter ?? ""}
          >
            <option value="">All of London</option>
            <option value="inner">Inner London</option>
            <option value="outer">Outer London</option>
          </select>
        </div>
        <div className="govuk-form-group app-filters__group">
          <label className="govuk-label govuk-label--s" htmlFor="authority-member">
            LOTI membership
          </label>
          <div className="govuk-hint" id="authority-member-hint">
            Members on the date shown
          </div>
          <select
            className="govuk-select"
            id="authority-member"
            name="member"
            aria-describedby="authority-member-hint"
            defaultValue={filters.member === true ? "yes" : filters.member === false ? "no" : ""}
          >
            <option value="">All authorities</option>
            <option value="yes">LOTI members</option>
            <option value="no">Not LOTI members</option>
          </select>
        </div>
      </div>
      <div className="app-filters__row app-filters__row--top">
        <div className="govuk-form-group app-filters__wide">
          <fieldset className="govuk-fieldset" aria-describedby="authority-definition-hint">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
              Definition of inner and outer London
            </legend>
            <div className="govuk-hint" id="authority-definition-hint">
              The two definitions differ on three boroughs
            </div>
            <div className="govuk-radios govuk-radios--small">
              {(["ons", "1963"] as const).map((option) => (
                <div className="govuk-radios__item" key={option}>
                  <input
                    className="govuk-radios__input"
                    id={`authority-definition-${option}`}
                    name="definition"
                    type="radio"
                    value={option}
                    defaultChecked={definition === option}
                    aria-describedby={`authority-definition-${option}-hint`}
                  />
                  <label
                    className="govuk-label govuk-radios__label"
                    htmlFor={`authority-definition-${option}`}
                  >
                    {option === "ons"
                      ? "ONS statistical definition (used by official statistics)"
                      : "London Government Act 1963"}
                  </label>
                  <div className="govuk-hint govuk-radios__hint" id={`authority-definition-${option}-hint`}>
                    {describeDefinitionDifferences(option)}.
                  </div>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <div className="govuk-form-group app-filters__wide">
          <div className="govuk-checkboxes govuk-checkboxes--small">
            <div className="govuk-checkboxes__item">
              <input
                className="govuk-checkboxes__input"
                id="authority-founding"
                name="founding"
                type="checkbox"
                value="yes"
                defaultChecked={filters.founding}
                aria-describedby="authority-founding-hint"
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor="authority-founding">
                Founding members only
              </label>
              <div className="govuk-hint govuk-checkboxes__hint" id="authority-founding-hint">
                Joined LOTI at its launch on {formatLongDate(LOTI_LAUNCH_DATE)}
              </div>
            </div>
          </div>
        </div>
      </div>
      <div className="govuk-button-group app-filters__actions">
        <button type="submit" className="govuk-button">
          Apply filters
        </button>
        {clearHref ? (
          <Link className="govuk-link" href={clearHref}>
            Clear filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}

export function MeasureForm({
  measure,
  keep,
  onSubmit,
}: {
  measure: TileMeasureId;
  keep: Record<string, string | null | undefined>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}) {
  return (
    <form method="get" action="/authorities#map" className="app-inline-form" onSubmit={onSubmit}>
      <KeepFields values={keep} />
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor="map-measure">
          Show on the map
        </label>
        <select className="govuk-select" id="map-measure" name="measure" defaultValue={measure}>
          {TILE_MEASURES.map((id) => (
            <option key={id} value={id}>
              {TILE_MEASURE_DEFINITIONS[id].label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary">
        Update the map
      </button>
    </form>
  );
}
