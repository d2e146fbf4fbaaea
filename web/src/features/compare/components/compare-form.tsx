import { AUTHORITIES } from "@ldd/shared/reference-data";
import type { FormEvent } from "react";
import { useLocation } from "wouter";
import { type PageView, withView } from "@/lib/view.ts";
import {
  AUTHORITIES_FIELD_ID,
  type CompareSelection,
  compareHref,
  MAX_COMPARED,
  MIN_COMPARED,
} from "../utils/compare-selection.ts";

const sortedAuthorities = [...AUTHORITIES].sort((a, b) => a.name.localeCompare(b.name, "en-GB"));

/**
 * Choosing 2 to 4 authorities: checkboxes in a GET form (`?authorities=A&authorities=B` without
 * JavaScript; `?authorities=A,B` with it, the first choice kept first).
 */
export function CompareForm({ selection, view }: { selection: CompareSelection; view: PageView }) {
  const [, navigate] = useLocation();
  const checked = new Set(
    selection.gss.length > 0 ? selection.gss : selection.start ? [selection.start] : [],
  );
  const first = selection.gss[0] ?? selection.start;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = new FormData(event.currentTarget)
      .getAll("authorities")
      .filter((value): value is string => typeof value === "string");
    // The first authority chosen before stays first: peer groups are built around it.
    const ordered =
      first && chosen.includes(first) ? [first, ...chosen.filter((gss) => gss !== first)] : chosen;
    navigate(withView(compareHref(ordered), view));
  };

  const error = selection.error;
  return (
    <form method="get" action="/compare" onSubmit={submit} noValidate>
      {view.asOf ? <input type="hidden" name="asOf" value={view.asOf} /> : null}
      {view.asPublished ? <input type="hidden" name="asPublished" value="true" /> : null}
      <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
        <fieldset
          className="govuk-fieldset"
          aria-describedby={`${AUTHORITIES_FIELD_ID}-hint${error ? ` ${AUTHORITIES_FIELD_ID}-error` : ""}`}
        >
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
            <h2 className="govuk-fieldset__heading">Authorities to compare</h2>
          </legend>
          <div className="govuk-hint" id={`${AUTHORITIES_FIELD_ID}-hint`}>
            Select {MIN_COMPARED} to {MAX_COMPARED} authorities.
          </div>
          {error ? (
            <p className="govuk-error-message" id={`${AUTHORITIES_FIELD_ID}-error`}>
              <span className="govuk-visually-hidden">Error:</span> {error}
            </p>
          ) : null}
          <div className="govuk-checkboxes govuk-checkboxes--small app-checkbox-columns">
            {sortedAuthorities.map((authority, index) => {
              const id = index === 0 ? AUTHORITIES_FIELD_ID : `${AUTHORITIES_FIELD_ID}-${authority.gss}`;
              return (
                <div className="govuk-checkboxes__item" key={authority.gss}>
                  <input
                    className="govuk-checkboxes__input"
                    id={id}
                    name="authorities"
                    type="checkbox"
                    value={authority.gss}
                    defaultChecked={checked.has(authority.gss)}
                  />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                    {authority.name}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
      <button type="submit" className="govuk-button">
        Compare
      </button>
    </form>
  );
}
